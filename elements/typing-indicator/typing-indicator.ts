import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { isolate } from '../../src/i18n/direction.js';
import type { Role } from '../../src/protocol/messages.js';
import { defineElement } from '../internal/define.js';
import base from '../styles/base.styles.js';
import styles from './typing-indicator.styles.js';

/**
 * @summary "Alice is typing…" with animated dots. A polite live region that is always there and empty while
 * nobody types, so screen readers hear it once when typing starts, not on every refresh. Place it outside
 * the message log (`role="log"`), or it would be read as a message.
 * @tag cs-typing-indicator
 * @since 0.2
 *
 * @csspart base - The status line (empty while inactive).
 * @csspart dots - The three dots; they stop under `prefers-reduced-motion` and use the text colour in forced colours.
 */
export class CsTypingIndicator extends LitElement {
  static override styles = [base, styles];

  /** Whether someone is typing; while false nothing is shown or announced. */
  @property({ type: Boolean, reflect: true }) active = false;
  /** The typist's display name (an agent's); without it the wording is generic. */
  @property() name: string | null = null;
  /** Who is typing: `agent` (in the widget) or `visitor` (in the agent console). (Not `role`: that attribute is ARIA's.) */
  @property() author: Role = 'agent';

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render() {
    return html`<p part="base" role="status">${this.active
      ? html`<span part="dots" aria-hidden="true"><span></span><span></span><span></span></span>${this.text()}`
      : nothing}</p>`;
  }

  private text() {
    if (this.author === 'visitor') return msg('The customer is typing…', { desc: 'Agent console: the customer is writing' });
    return this.name
      ? msg(str`${isolate(this.name)} is typing…`, { desc: '${0} is the name of the support agent writing' })
      : msg('Someone from the team is typing…', { desc: 'A support agent (name unknown) is writing' });
  }
}

defineElement('cs-typing-indicator', CsTypingIndicator);

declare global {
  interface HTMLElementTagNameMap {
    'cs-typing-indicator': CsTypingIndicator;
  }
}
