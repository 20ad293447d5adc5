import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import { shouldOfferEmail } from '../../src/logic/email-offer.js';
import { MAX_EMAIL_LENGTH } from '../../src/protocol/limits.js';
import type { WaitEstimate } from '../../src/protocol/wait.js';
import type { ContactState } from '../../src/stores/conversation.js';
import { CsLeaveContactEvent } from '../events/cs-leave-contact.js';
import { getLocale } from '../i18n/localization.js';
import { aheadText, waitText } from '../i18n/wait-text.js';
import { defineElement } from '../internal/define.js';
import base from '../styles/base.styles.js';
import styles from './wait-banner.styles.js';

/**
 * @summary The wait as it stands, updated live while the shopper waits; after hours or when the wait is
 * long, an offer to leave an e-mail address and go.
 * @tag cs-wait-banner
 * @since 0.1
 *
 * @event cs-leave-contact - Internal: the shopper submitted an e-mail address.
 *
 * @csspart banner - The banner.
 * @csspart email-input - The e-mail address input.
 * @csspart email-button - Its submit button.
 */
export class CsWaitBanner extends LitElement {
  static override styles = [base, styles];

  /** The current estimate; null hides the banner (not waiting). */
  @property({ attribute: false }) estimate: WaitEstimate | null = null;
  /** The address the shopper left, and whether the room has it. */
  @property({ attribute: false }) contact: ContactState | null = null;

  @query('input') private readonly input?: HTMLInputElement;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render() {
    const estimate = this.estimate;
    if (!estimate) return nothing;
    const locale = getLocale();
    // Closed: the header and the notice already say when the team opens; only the offer is new here.
    return html`
      <div part="banner" class="banner">
        <p role="status" ?hidden=${estimate.kind === 'closed'}>
          ${estimate.kind === 'open' ? `${waitText(estimate, locale, Date.now())} ${aheadText(estimate.ahead, locale)}` : ''}
        </p>
        ${shouldOfferEmail(estimate) ? this.renderContact() : nothing}
      </div>
    `;
  }

  private renderContact() {
    const contact = this.contact;
    if (contact?.state === 'saved') {
      const email = html`<bdi>${contact.email}</bdi>`;
      return html`<p>${msg(html`We will also answer at ${email}.`, { desc: 'After the shopper left an e-mail address; ${0} is the address' })}</p>`;
    }
    return html`
      <form @submit=${this.handleSubmit}>
        <label for="email">${msg("Don't want to wait? Leave your e-mail address and we will answer there too.", { desc: 'Offer to leave an e-mail address instead of waiting' })}</label>
        <input
          part="email-input"
          id="email"
          type="email"
          dir="ltr"
          required
          autocomplete="email"
          maxlength=${MAX_EMAIL_LENGTH}
          .value=${contact?.email ?? ''}
          aria-invalid=${contact?.state === 'invalid' ? 'true' : 'false'}
          aria-describedby=${contact?.state === 'invalid' ? 'email-error' : nothing}
        />
        <button part="email-button" type="submit" ?disabled=${contact?.state === 'sending'}>
          ${msg('Send', { id: 'send-email', desc: 'Button that sends the e-mail address the shopper typed' })}
        </button>
        ${contact?.state === 'invalid'
          ? html`<p id="email-error" class="error" role="alert">${msg(html`${html`<bdi>${contact.email}</bdi>`} does not look like an e-mail address.`, { desc: 'The room refused the e-mail address; ${0} is what the shopper typed' })}</p>`
          : nothing}
      </form>
    `;
  }

  private handleSubmit(event: SubmitEvent) {
    event.preventDefault();
    const input = this.input;
    if (!input || !input.reportValidity()) return;
    this.dispatchEvent(new CsLeaveContactEvent(input.value.trim()));
  }
}

defineElement('cs-wait-banner', CsWaitBanner);

declare global {
  interface HTMLElementTagNameMap {
    'cs-wait-banner': CsWaitBanner;
  }
}
