import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { formatTime } from '../../src/i18n/format.js';
import type { DeliveryState } from '../../src/logic/timeline.js';
import type { ErrorCode } from '../../src/protocol/errors.js';
import type { Role } from '../../src/protocol/messages.js';
import { CsRetryEvent } from '../events/cs-retry.js';
import { errorText } from '../i18n/error-text.js';
import { getLocale } from '../i18n/localization.js';
import { defineElement } from '../internal/define.js';
import base from '../styles/base.styles.js';
import bubble from '../styles/bubble.styles.js';
import styles from './message.styles.js';

/**
 * @summary One chat message: who wrote it, the text, its time and, for own messages, whether it is
 * sending, delivered, read or failed (as visible text, so assistive technology reads it too).
 * @tag cs-message
 * @since 0.1
 *
 * @event cs-retry - Internal: the visitor asked to send a failed message again.
 *
 * @csspart name - The agent's name above their message.
 * @csspart bubble - The message bubble.
 * @csspart body - The message text.
 * @csspart meta - The line with the time and the delivery state.
 */
export class CsMessage extends LitElement {
  static override styles = [base, bubble, styles];

  /** The message id (used by `cs-retry`). */
  @property({ attribute: 'message-id' }) messageId = '';
  /** Who wrote it. (Not `role`: that attribute is ARIA's.) */
  @property({ reflect: true }) author: Role = 'visitor';
  /** The agent's display name, on agents' messages. */
  @property({ attribute: 'author-name' }) authorName = '';
  /** Whether the reader wrote it (the visitor in the widget). */
  @property({ type: Boolean, reflect: true }) self = false;
  /** The text, shown exactly as written; never parsed as markup. */
  @property() body = '';
  /** Epoch ms: stored at, or written at while still pending. */
  @property({ type: Number }) at = 0;
  /** Delivery state of an own message. */
  @property({ reflect: true }) state: DeliveryState = 'delivered';
  /** Why the room refused it, when `state` is `failed`. */
  @property() failure?: ErrorCode;
  /** The other side has read this own, delivered message: "Read" replaces "Delivered". */
  @property({ type: Boolean }) read = false;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render() {
    const time = formatTime(this.at, getLocale());
    return html`
      ${this.author === 'agent' && this.authorName && !this.self ? html`<p part="name" class="name" aria-hidden="true"><bdi>${this.authorName}</bdi></p>` : nothing}
      <div part="bubble" class="bubble">
        <span class="visually-hidden">${this.authorLabel()}</span>
        <p part="body" class="body" dir="auto">${this.body}</p>
      </div>
      <p part="meta" class="meta">
        <time datetime=${new Date(this.at).toISOString()}>${time}</time>
        ${this.self ? this.renderState() : nothing}
      </p>
    `;
  }

  private authorLabel() {
    if (this.self) return msg('You:', { desc: 'Screen-reader prefix of a message the reader wrote' });
    if (this.author === 'agent' && this.authorName) {
      return msg(str`${this.authorName} (support):`, { desc: 'Screen-reader prefix of a message from a named support agent' });
    }
    return this.author === 'agent'
      ? msg('Support:', { desc: 'Screen-reader prefix of a message from a support agent' })
      : msg('Customer:', { desc: 'Screen-reader prefix of a message from the customer' });
  }

  private renderState() {
    switch (this.state) {
      case 'sending':
        return html`<span class="state">${msg('Sending…', { desc: 'Delivery state: the message is on its way' })}</span>`;
      case 'delivered':
        return html`<span class="state">${this.read
          ? msg('Read', { desc: 'Delivery state: the other side has seen the message' })
          : msg('Delivered', { desc: 'Delivery state: the server stored the message' })}</span>`;
      case 'failed': {
        const reason = this.failure ? errorText(this.failure) : '';
        return html`
          <span class="state failure">${msg(str`Not sent. ${reason}`, { desc: 'Delivery state: the server refused the message; followed by the reason' })}</span>
          <button type="button" @click=${this.handleRetryClick}>${msg('Try again', { desc: 'Button that sends a refused message again' })}</button>
        `;
      }
    }
  }

  private handleRetryClick() {
    this.dispatchEvent(new CsRetryEvent(this.messageId));
  }
}

defineElement('cs-message', CsMessage);

declare global {
  interface HTMLElementTagNameMap {
    'cs-message': CsMessage;
  }
}
