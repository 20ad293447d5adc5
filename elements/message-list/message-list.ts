import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, html, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { TimelineItem } from '../../src/logic/timeline.js';
import type { Role } from '../../src/protocol/messages.js';
import { CsRetryEvent } from '../events/cs-retry.js';
import { CsSuggestEvent } from '../events/cs-suggest.js';
import { defineElement } from '../internal/define.js';
import '../bot-message/bot-message.js';
import '../message/message.js';
import '../notice/notice.js';
import base from '../styles/base.styles.js';
import styles from './message-list.styles.js';

/**
 * @summary The conversation as a live log: screen readers announce new messages politely.
 * @tag cs-message-list
 * @since 0.1
 *
 * @dependency cs-message
 * @dependency cs-bot-message
 * @dependency cs-notice
 *
 * @event cs-retry - Internal: passed on from a failed message's "Try again".
 * @event cs-suggest - Internal: passed on from a question the bot suggested.
 *
 * @csspart log - The list of messages.
 * @csspart message - Each message (its parts are exported as `message__bubble`, `message__body`, `message__meta`).
 * @csspart bot-message - Each message from the bot (its bubble as `bot-message__bubble`).
 * @csspart notice - Each notice from the support room (its box as `notice__box`).
 */
export class CsMessageList extends LitElement {
  static override styles = [base, styles];

  /** The messages to show, in order. */
  @property({ attribute: false }) items: readonly TimelineItem[] = [];
  /** Whose messages are "own" (shown at the inline end, with their delivery state). */
  @property() self: Role = 'visitor';
  /** How far the other side has read (a `seq`): own messages up to it show "Read". */
  @property({ type: Number, attribute: 'read-up-to' }) readUpTo = 0;

  @query('.scroller') private readonly log!: HTMLElement;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected override updated(changed: PropertyValues<this>) {
    // Follow the conversation: a new message scrolls into view.
    if (changed.has('items') && this.items.length > (changed.get('items')?.length ?? 0)) {
      this.log.scrollTop = this.log.scrollHeight;
    }
  }

  override render() {
    return html`
      <div role="log" class="scroller" tabindex="0" aria-label=${msg('Messages', { desc: 'Accessible name of the list of chat messages' })} @cs-retry=${this.handleRetry} @cs-suggest=${this.handleSuggest}>
        <ol part="log" class="log">
          ${repeat(this.items, (item) => item.id, (item) => html`<li>${this.renderItem(item)}</li>`)}
        </ol>
      </div>
      ${this.items.length === 0
        ? html`<p class="empty">${msg('Ask us anything. We read every message.', { desc: 'Shown in an empty conversation' })}</p>`
        : ''}
    `;
  }

  private renderItem(item: TimelineItem) {
    if (item.kind === 'notice') {
      return html`<cs-notice part="notice" exportparts="notice:notice__box" .notice=${item.notice} at=${item.at}></cs-notice>`;
    }
    if (item.kind === 'bot') {
      return html`<cs-bot-message part="bot-message" exportparts="bubble:bot-message__bubble" .reply=${item.reply} at=${item.at}></cs-bot-message>`;
    }
    return html`
      <cs-message
        part="message"
        exportparts="bubble:message__bubble, body:message__body, meta:message__meta"
        message-id=${item.id}
        author=${item.role}
        author-name=${item.name ?? ''}
        ?self=${item.role === this.self}
        .body=${item.body}
        .at=${item.at}
        state=${item.state}
        .failure=${item.failure}
        .read=${item.role === this.self && (item.seq ?? Infinity) <= this.readUpTo}
      ></cs-message>
    `;
  }

  // cs-retry does not cross shadow roots by itself: pass it on to whoever holds this list.
  private handleRetry(event: CsRetryEvent) {
    event.stopPropagation();
    this.dispatchEvent(new CsRetryEvent(event.messageId));
  }

  private handleSuggest(event: CsSuggestEvent) {
    event.stopPropagation();
    this.dispatchEvent(new CsSuggestEvent(event.text));
  }
}

defineElement('cs-message-list', CsMessageList);

declare global {
  interface HTMLElementTagNameMap {
    'cs-message-list': CsMessageList;
  }
}
