import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { isolate } from '../../src/i18n/direction.js';
import type { Notice } from '../../src/protocol/messages.js';
import { getLocale } from '../i18n/localization.js';
import { aheadText, waitText } from '../i18n/wait-text.js';
import { defineElement } from '../internal/define.js';
import base from '../styles/base.styles.js';
import styles from './notice.styles.js';

/**
 * @summary An entry the support room wrote into the conversation: the acknowledgement with the expected
 * wait as it was then, the confirmation of a left e-mail address, a person joining, the bot coming back,
 * or the conversation being resolved.
 * @tag cs-notice
 * @since 0.1
 *
 * @csspart notice - The notice box.
 */
export class CsNotice extends LitElement {
  static override styles = [base, styles];

  /** What the room said (facts; worded here). */
  @property({ attribute: false }) notice?: Notice;
  /** Epoch ms when the room wrote it: relative times ("in 7 hours") count from here. */
  @property({ type: Number }) at = 0;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render() {
    const notice = this.notice;
    if (!notice) return html``;
    const locale = getLocale();
    switch (notice.kind) {
      case 'auto-ack':
        return html`
          <div part="notice" class="notice">
            <p>${msg('We got your message.', { desc: 'First line of the automatic acknowledgement after the first message' })}</p>
            <p>${waitText(notice.estimate, locale, this.at)}</p>
            ${notice.estimate.kind === 'open' ? html`<p>${aheadText(notice.estimate.ahead, locale)}</p>` : ''}
          </div>
        `;
      case 'contact-saved':
        return html`
          <div part="notice" class="notice">
            <p>${msg('Thank you. We will also answer by e-mail, so you can close this page.', { desc: 'Confirmation after the shopper left an e-mail address' })}</p>
          </div>
        `;
      case 'agent-joined':
        return html`<div part="notice" class="notice">
          <p>${msg(str`${isolate(notice.name)} from our team has joined the conversation.`, { desc: 'A support agent took the conversation over; the placeholder is their name' })}</p>
        </div>`;
      case 'back-to-bot':
        return html`<div part="notice" class="notice">
          <p>${msg('You are talking to the assistant again. Choose "Talk to a person" any time to reach our team.', { desc: 'The agent handed the conversation back to the bot' })}</p>
        </div>`;
      case 'resolved':
        return html`<div part="notice" class="notice">
          <p>${msg('This conversation was marked as solved. Write again any time and we will pick it up.', { desc: 'The team resolved the conversation' })}</p>
        </div>`;
    }
  }
}

defineElement('cs-notice', CsNotice);

declare global {
  interface HTMLElementTagNameMap {
    'cs-notice': CsNotice;
  }
}
