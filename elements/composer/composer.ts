import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, html, svg } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { MAX_BODY_LENGTH } from '../../src/protocol/limits.js';
import { CsSendEvent } from '../events/cs-send.js';
import { CsTypingEvent } from '../events/cs-typing.js';
import { defineElement } from '../internal/define.js';
import base from '../styles/base.styles.js';
import styles from './composer.styles.js';

/** A paper plane pointing the way text runs: mirrored in right-to-left (composer.styles.ts). */
const sendIcon = svg`<path d="M4 12 20 4l-4 16-4-7-8-1Zm8 1 8-9" />`;

/** Without a keystroke for this long, the person no longer counts as typing. */
export const TYPING_IDLE_MS = 5000;

/**
 * @summary Message input with a send button. Enter sends; Shift+Enter adds a line; Enter that confirms
 * an IME composition (Chinese, Japanese…) does not send.
 * @tag cs-composer
 * @since 0.1
 *
 * @event cs-send - Internal: the visitor submitted a non-empty message. Cancelable: `preventDefault()` keeps the draft.
 * @event cs-typing - Internal: `typing` turned true (input made the draft non-blank) or false (the draft became
 * blank, it was sent, the input lost focus, or `TYPING_IDLE_MS` passed without input). Only on changes.
 *
 * @csspart base - The form wrapping the input and the button.
 * @csspart input - The `<textarea>`.
 * @csspart send-button - The submit `<button>`.
 *
 * @cssproperty [--cs-composer-min-block-size=2.5em] - Minimum height of the input.
 */
export class CsComposer extends LitElement {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [base, styles];

  /** Disables typing and sending. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  @state() private draft = '';

  @query('textarea') private readonly input!: HTMLTextAreaElement;

  private typing = false;
  private idleTimer?: ReturnType<typeof setTimeout>;
  private readonly stopTyping = () => this.setTyping(false);

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** Puts `text` into the draft at the cursor, replacing the selection, and focuses the input to edit it. */
  insert(text: string) {
    const input = this.input;
    input.focus();
    input.setRangeText(text, input.selectionStart, input.selectionEnd, 'end');
    this.handleInput();
  }

  override render() {
    return html`
      <form part="base" class="composer" @submit=${this.handleSubmit}>
        <textarea
          part="input"
          rows="1"
          dir="auto"
          maxlength=${MAX_BODY_LENGTH}
          .value=${this.draft}
          ?disabled=${this.disabled}
          aria-label=${msg('Message', { desc: 'Accessible name of the chat message input' })}
          placeholder=${msg('Write a message…', { desc: 'Placeholder of the chat message input' })}
          @input=${this.handleInput}
          @keydown=${this.handleKeyDown}
          @blur=${this.stopTyping}
        ></textarea>
        <button part="send-button" type="submit" ?disabled=${this.disabled || this.draft.trim() === ''}>
          <svg class="send-icon" viewBox="0 0 24 24" aria-hidden="true">${sendIcon}</svg>
          ${msg('Send', { desc: 'Button that sends the typed chat message' })}
        </button>
      </form>
    `;
  }

  private handleInput() {
    this.draft = this.input.value;
    this.setTyping(this.draft.trim() !== '');
  }

  /** Tells the container on changes only; while typing, the idle countdown restarts on every input. */
  private setTyping(typing: boolean) {
    clearTimeout(this.idleTimer);
    if (typing) this.idleTimer = setTimeout(this.stopTyping, TYPING_IDLE_MS);
    if (typing !== this.typing) this.dispatchEvent(new CsTypingEvent((this.typing = typing)));
  }

  private handleKeyDown(event: KeyboardEvent) {
    // `isComposing` (and Safari's keyCode 229): this Enter confirms an IME candidate, not the message.
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing || event.keyCode === 229) return;
    event.preventDefault();
    this.submit();
  }

  private handleSubmit(event: SubmitEvent) {
    event.preventDefault();
    this.submit();
  }

  private submit() {
    const body = this.draft.trim();
    if (body === '' || this.disabled) return;
    this.stopTyping();
    const sendEvent = new CsSendEvent(body);
    this.dispatchEvent(sendEvent);
    if (!sendEvent.defaultPrevented) this.draft = '';
  }
}

defineElement('cs-composer', CsComposer);

declare global {
  interface HTMLElementTagNameMap {
    'cs-composer': CsComposer;
  }
}
