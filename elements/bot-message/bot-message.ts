import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { isolate } from '../../src/i18n/direction.js';
import { formatCalendarDate, formatTime } from '../../src/i18n/format.js';
import type { BotReply, HandoffReason, OrderCard, OrderStatus } from '../../src/protocol/handoff.js';
import { CsSuggestEvent } from '../events/cs-suggest.js';
import { getLocale } from '../i18n/localization.js';
import { defineElement } from '../internal/define.js';
import base from '../styles/base.styles.js';
import bubble from '../styles/bubble.styles.js';
import styles from './bot-message.styles.js';

/**
 * @summary What the bot said: an answer from the merchant's knowledge base, a question back, an order
 * card, or the handoff to a person. Always marked as the bot's, visibly and for screen readers.
 * @tag cs-bot-message
 * @since 0.1
 *
 * @event cs-suggest - Internal: the shopper picked a suggested question (sent as their message).
 *
 * @csspart bubble - The message bubble.
 * @csspart badge - The visible "Bot" label.
 * @csspart order - The order card.
 */
export class CsBotMessage extends LitElement {
  static override styles = [base, bubble, styles];

  /** What the bot said (facts, worded here; an answer's text is the merchant's, shown as written). */
  @property({ attribute: false }) reply?: BotReply;
  /** Epoch ms when the room wrote it. */
  @property({ type: Number }) at = 0;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render() {
    if (!this.reply) return nothing;
    return html`
      <div part="bubble" class="bubble">
        <p class="author">
          <span part="badge" class="badge" aria-hidden="true">${msg('Bot', { desc: 'Visible badge on messages written by the automatic assistant' })}</span>
          <span class="visually-hidden">${msg('Automatic assistant (bot):', { desc: 'Screen-reader prefix of a message from the bot' })}</span>
        </p>
        ${this.renderReply(this.reply)}
      </div>
      <p class="meta"><time datetime=${new Date(this.at).toISOString()}>${formatTime(this.at, getLocale())}</time></p>
    `;
  }

  private renderReply(reply: BotReply) {
    switch (reply.kind) {
      case 'answer':
        return html`<p class="body" lang=${reply.language} dir="auto">${reply.text}</p>`;
      case 'clarify':
        return reply.suggestions.length === 0
          ? html`<p class="body">${msg('I am not sure I understood. Could you tell me a bit more? You can also talk to a person.', { desc: 'The bot did not understand the message and asks for more detail' })}</p>`
          : html`
              <p class="body">${msg('I am not sure I understood. Did you mean one of these?', { desc: 'The bot offers questions it can answer' })}</p>
              <ul class="suggestions">
                ${reply.suggestions.map((s) => html`<li><button type="button" dir="auto" @click=${() => this.dispatchEvent(new CsSuggestEvent(s))}>${s}</button></li>`)}
              </ul>
            `;
      case 'ask-order':
        return html`<p class="body">${askOrderText(reply.missing)}</p>`;
      case 'order':
        return renderOrder(reply.order);
      case 'order-not-found':
        return html`<p class="body">
          ${msg(str`I could not find order ${isolate(reply.orderNumber)} with that e-mail address. Please check both and send them again.`, {
            desc: 'The order lookup found no order; the placeholder is the order number',
          })}
        </p>`;
      case 'handoff':
        return html`<p class="body">${handoffText(reply.reason)}</p>`;
    }
  }
}

function askOrderText(missing: 'both' | 'order-number' | 'email') {
  switch (missing) {
    case 'both':
      return msg('I can look that up. What is your order number, and the e-mail address you ordered with?', { desc: 'The bot asks for the order number and the e-mail address to look up an order' });
    case 'order-number':
      return msg('Thank you. What is the order number?', { desc: 'The bot has the e-mail address and asks for the order number' });
    case 'email':
      return msg('Thank you. Which e-mail address did you order with?', { desc: 'The bot has the order number and asks for the e-mail address' });
  }
}

function handoffText(reason: HandoffReason) {
  switch (reason) {
    case 'order-lookup-failed':
      return msg('I cannot reach the order system right now. I have passed your question to a person, who can see everything you wrote here.', {
        desc: 'The merchant order system did not answer; a person takes over',
      });
    case 'bot-failed':
      return msg('I could not answer that. I have passed your question to a person, who can see everything you wrote here.', {
        desc: 'The bot could not answer twice; a person takes over',
      });
    default:
      return msg('I have passed your conversation to a person, who can see everything you wrote here. You do not need to repeat anything.', {
        desc: 'The bot hands the conversation to a person (asked for, urgent or upset)',
      });
  }
}

function statusText(status: OrderStatus) {
  switch (status) {
    case 'processing':
      return msg('Being prepared', { desc: 'Order status: not shipped yet' });
    case 'shipped':
      return msg('On its way', { desc: 'Order status: shipped' });
    case 'delivered':
      return msg('Delivered', { id: 'order-status-delivered', desc: 'Order status: delivered' });
    case 'returned':
      return msg('Returned', { desc: 'Order status: sent back to the shop' });
    case 'cancelled':
      return msg('Cancelled', { desc: 'Order status: cancelled' });
  }
}

function renderOrder(order: OrderCard) {
  const locale = getLocale();
  const tracking = order.trackingNumber ?? (order.trackingUrl ? msg('Track parcel', { desc: 'Link text to the carrier tracking page when there is no tracking number' }) : undefined);
  return html`
    <section part="order" class="order" aria-label=${msg(str`Order ${isolate(order.orderNumber)}`, { desc: 'Accessible name of the order card; the placeholder is the order number' })}>
      <h3 class="order-title"><bdi>${order.orderNumber}</bdi>: ${statusText(order.status)}</h3>
      <dl>
        ${order.carrier ? html`<dt>${msg('Carrier', { desc: 'Order card: shipping company' })}</dt><dd><bdi>${order.carrier}</bdi></dd>` : nothing}
        ${tracking
          ? html`<dt>${msg('Tracking', { desc: 'Order card: tracking number or link' })}</dt>
              <dd>${order.trackingUrl ? html`<a href=${order.trackingUrl} target="_blank" rel="noopener noreferrer"><bdi>${tracking}</bdi></a>` : html`<bdi>${tracking}</bdi>`}</dd>`
          : nothing}
        ${order.estimatedDelivery
          ? html`<dt>${msg('Expected', { desc: 'Order card: expected delivery date' })}</dt><dd>${formatCalendarDate(order.estimatedDelivery, locale)}</dd>`
          : nothing}
      </dl>
      ${order.items
        ? html`<ul class="items">
            ${order.items.map((item) => html`<li><bdi>${item.name}</bdi> × ${new Intl.NumberFormat(locale).format(item.quantity)}</li>`)}
          </ul>`
        : nothing}
    </section>
  `;
}

defineElement('cs-bot-message', CsBotMessage);

declare global {
  interface HTMLElementTagNameMap {
    'cs-bot-message': CsBotMessage;
  }
}
