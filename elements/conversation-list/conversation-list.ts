import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { targetProgress } from '../../src/logic/agent-console.js';
import { isolate } from '../../src/i18n/direction.js';
import { formatClock, formatDuration, formatStopwatch, formatTime } from '../../src/i18n/format.js';
import type { QueueItem, ResolvedItem } from '../../src/protocol/inbox.js';
import type { Priority } from '../../src/protocol/wait.js';
import { categoryText, languageText, priorityText } from '../agent-console/labels.js';
import { CsSelectEvent } from '../events/cs-select.js';
import { getLocale } from '../i18n/localization.js';
import { defineElement } from '../internal/define.js';
import base from '../styles/base.styles.js';
import styles from './conversation-list.styles.js';

/**
 * @summary The agent console's list of conversations: each with its priority, a live timer against the
 * site's target, category, language, the shopper's local time, order number and the summary's first line.
 * @tag cs-conversation-list
 * @since 0.1
 *
 * @event cs-select - Internal: the agent picked a conversation (`conversationId`).
 *
 * @csspart list - The `<ol>`.
 * @csspart item - Each conversation's button.
 */
export class CsConversationList extends LitElement {
  static override styles = [base, styles];

  /** Open conversations (waiting or held), or resolved ones, in the order to show them. */
  @property({ attribute: false }) items: readonly (QueueItem | ResolvedItem)[] = [];
  /** The site's first-response target per priority, in minutes. */
  @property({ attribute: false }) targets: Readonly<Record<Priority, number>> = { high: 60, medium: 240, low: 1440 };
  /** The conversation shown in the conversation view. */
  @property() selected = '';
  /** The time the timers count to (epoch ms); the console ticks it. */
  @property({ type: Number }) now = Date.now();
  /** Accessible name of the list. */
  @property() label = '';

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render() {
    if (this.items.length === 0) {
      return html`<p class="empty">${msg('Nothing here right now.', { desc: 'Agent console: an empty list of conversations' })}</p>`;
    }
    return html`
      <ol part="list" class="list" aria-label=${this.label}>
        ${repeat(this.items, (item) => item.conversationId, (item) => html`<li>${this.renderItem(item)}</li>`)}
      </ol>
    `;
  }

  private renderItem(item: QueueItem | ResolvedItem) {
    const locale = getLocale();
    const summary = item.summary;
    const timeZone = summary?.timeZone ?? null;
    return html`
      <button
        part="item"
        class="item"
        type="button"
        data-priority=${item.priority}
        aria-current=${this.selected === item.conversationId ? 'true' : 'false'}
        @click=${() => this.dispatchEvent(new CsSelectEvent(item.conversationId))}
      >
        <span class="top">
          <span class="priority">${priorityText(item.priority)}</span>
          ${'resolvedAt' in item ? this.renderResolved(item, locale) : this.renderTimer(item, locale)}
        </span>
        <span class="first-line" dir="auto">${summary?.firstLine ?? msg('(no summary)', { desc: 'Agent console: a conversation without a handoff summary' })}</span>
        <span class="facts">
          ${summary ? html`<span>${categoryText(summary.category)}</span>` : nothing}
          <span>${languageText(item.language, locale)}</span>
          ${timeZone
            ? html`<span>${msg(str`${formatClock(this.now, this.now, locale, timeZone)} for them`, { desc: 'Agent console: the shopper’s local time now; the placeholder is a clock time' })}</span>`
            : nothing}
          ${summary?.orderNumber ? html`<span>${msg(str`Order ${isolate(summary.orderNumber)}`, { id: 'console-order', desc: 'Agent console: the order a conversation is about' })}</span>` : nothing}
          ${'assignee' in item && item.assignee
            ? html`<span>${msg(str`Held by ${isolate(item.assignee.name)}`, { desc: 'Agent console: the agent holding a conversation' })}</span>`
            : nothing}
        </span>
      </button>
    `;
  }

  private renderTimer(item: QueueItem, locale: string) {
    const { elapsedMs, targetMs, overdue } = targetProgress(item.waitingSince, item.priority, this.targets, this.now);
    return html`
      <span class="timer" data-overdue=${overdue ? 'true' : 'false'}>
        <time datetime=${`PT${Math.floor(elapsedMs / 1000)}S`}>${formatStopwatch(elapsedMs, locale)}</time>
        ${overdue
          ? msg(str`over the ${formatDuration(targetMs, locale)} target`, { desc: 'Agent console: a waiting conversation has passed the site’s first-response target; the placeholder is the target, e.g. “60 minutes”' })
          : msg(str`of ${formatDuration(targetMs, locale)}`, { desc: 'Agent console: the site’s first-response target after the waiting time, e.g. “4:05 of 60 minutes”' })}
      </span>
    `;
  }

  private renderResolved(item: ResolvedItem, locale: string) {
    return html`<span class="timer">${msg(str`Resolved at ${formatTime(item.resolvedAt, locale)} by ${isolate(item.resolvedBy)}`, { desc: 'Agent console: when and by whom a conversation was resolved' })}</span>`;
  }
}

defineElement('cs-conversation-list', CsConversationList);

declare global {
  interface HTMLElementTagNameMap {
    'cs-conversation-list': CsConversationList;
  }
}
