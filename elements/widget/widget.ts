import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { directionOf } from '../../src/i18n/direction.js';
import type { TimelineItem } from '../../src/logic/timeline.js';
import type { ErrorCode } from '../../src/protocol/errors.js';
import '../composer/composer.js';
import { ConversationController } from '../controllers/conversation-controller.js';
import {
  CsWidgetEvent,
  type CsLeaveContactEvent,
  type CsRetryEvent,
  type CsSendEvent,
  type CsSuggestEvent,
  type CsTypingEvent,
  type CsWidgetEventDetails,
  type CsWidgetEventName,
} from '../events/index.js';
import { errorText } from '../i18n/error-text.js';
import { getLocale, requestLocale } from '../i18n/localization.js';
import { availabilityText } from '../i18n/wait-text.js';
import { defineElement } from '../internal/define.js';
import '../message-list/message-list.js';
import '../typing-indicator/typing-indicator.js';
import '../wait-banner/wait-banner.js';
import base from '../styles/base.styles.js';
import styles from './widget.styles.js';

/** A message from the team or the bot: not the shopper's own, not a notice. */
const fromTeam = (item: TimelineItem): item is Extract<TimelineItem, { kind: 'bot' | 'text' }> =>
  item.kind === 'bot' || (item.kind === 'text' && item.role === 'agent');

const chatIcon = svg`<path d="M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.6A8 8 0 1 1 21 12Z" />`;
const closeIcon = svg`<path d="M6 6l12 12M18 6 6 18" />`;

/**
 * @summary Customer-service chat for any page: a launcher button and a conversation panel.
 * @tag cs-widget
 * @since 0.1
 *
 * @dependency cs-message-list
 * @dependency cs-typing-indicator
 * @dependency cs-composer
 * @dependency cs-wait-banner
 *
 * @event {CsReadyEvent} cs-ready - The widget rendered for the first time in its language (or in English, when that language failed to load). Fires once.
 * @event {CsOpenEvent} cs-open - The panel opened (by the visitor or by `open()`). Fires on every change after the first render.
 * @event {CsCloseEvent} cs-close - The panel closed (by the visitor or by `close()`). Fires on every change after the first render.
 * @event {CsMessageEvent} cs-message - A new message from the team or the bot arrived; `detail`: `{ id, author: { kind: 'agent' | 'bot', name }, body, time }`. Not for the shopper's own messages, nor for the history shown when the conversation loads.
 * @event {CsUnreadChangeEvent} cs-unread-change - The number of team and bot messages the shopper has not seen changed; `detail`: `{ count }`. Nothing is unread while the panel is open and the page in view.
 * @event {CsErrorEvent} cs-error - The widget shows an error (a message refused, an e-mail address refused, an identity token refused) or the server refused the connection; `detail`: `{ code }`, one of the codes in `src/protocol/errors.ts`.
 *
 * @csspart launcher - The floating button that toggles the panel.
 * @csspart panel - The conversation panel.
 * @csspart header - The panel's title bar.
 * @csspart status - The connection state line in the header.
 * @csspart close-button - The header's close button.
 * @csspart messages - The message list.
 * @csspart message - Each message (and `message__bubble`, `message__body`, `message__meta`).
 * @csspart bot-message - Each message from the bot (and `bot-message__bubble`).
 * @csspart notice - Each notice from the support room (and `notice__box`).
 * @csspart typing - "Alice is typing…" under the messages (and `typing__dots`).
 * @csspart person-button - "Talk to a person", shown once the bot has answered.
 * @csspart error - A refusal not tied to a message, such as an identity token the server would not accept.
 * @csspart wait - The live wait banner (and `wait__email-input`, `wait__email-button`).
 * @csspart composer__input - The message input.
 * @csspart composer__send-button - The send button.
 *
 * @cssproperty [--cs-accent=#2f5bea] - Brand colour: launcher, header, own bubbles, focus rings.
 * @cssproperty [--cs-on-accent=#fff] - Text on the brand colour.
 * @cssproperty [--cs-surface=#fff] - Panel background.
 * @cssproperty [--cs-text=#1b1b1f] - Text colour.
 * @cssproperty [--cs-font-family=system-ui] - Font.
 * @cssproperty [--cs-font-size=16px] - Base size. Everything inside is sized in `em`, never `rem`.
 * @cssproperty [--cs-radius=12px] - Corner radius of the panel.
 * @cssproperty [--cs-offset-block=20px] - Gap between the launcher and the viewport's block-end edge.
 * @cssproperty [--cs-offset-inline=20px] - Gap between the launcher and the viewport's inline edge.
 * @cssproperty [--cs-z-index=2147483000] - Stacking level; lower it if it covers your own dialogs.
 * @cssproperty [--cs-muted=#5b5b66] - Secondary text: times, delivery states.
 * @cssproperty [--cs-border=#d9d9e0] - Lines between the panel's sections.
 * @cssproperty [--cs-border-strong=#8a8a99] - Borders of the inputs.
 * @cssproperty [--cs-focus=#1b1b1f] - Focus rings.
 * @cssproperty [--cs-accent-text=#2449c7] - Text in the brand colour on the panel's background.
 * @cssproperty [--cs-danger=#b3261e] - Refused messages and invalid input.
 * @cssproperty [--cs-bubble-other=#f0f0f4] - The team's message bubbles.
 * @cssproperty [--cs-bubble-bot=#f4f1fb] - The bot's message bubbles.
 * @cssproperty [--cs-bot=#5a4a9c] - The bot's mark and suggestion buttons.
 * @cssproperty [--cs-bot-border=#8a7cc2] - Borders of the bot's bubbles.
 * @cssproperty [--cs-on-bot=#fff] - Text on the bot's colour.
 * @cssproperty [--cs-notice-bg=#eef2fd] - Notices from the support room.
 * @cssproperty [--cs-composer-min-block-size=2.5em] - Minimum height of the message input.
 *
 * @cssstate open - The panel is open.
 * @cssstate reconnecting - The connection was lost; messages wait in the outbox.
 * @cssstate unread - At least one message from the team or the bot is unread.
 * @cssstate queued - The shopper asked for a person and waits in the queue.
 */
export class CsWidget extends LitElement {
  static override styles = [base, styles];

  /** PartyKit host, e.g. `chat.example.com` or `localhost:1999`. Without it the widget never connects. */
  @property() server = '';
  /** The merchant's site key. */
  @property() site = '';
  /** Inline edge for the launcher, following the page's direction: `end` is the right on LTR pages. */
  @property({ reflect: true }) placement: 'start' | 'end' = 'end';
  /**
   * The language to speak (BCP 47). Without it, or when we have no translation for it: the page's `lang`,
   * then the browser's languages, then the site's default, then English. Changing it keeps the conversation.
   */
  @property() locale = '';
  /** Whether the panel is open. Reflects, so `cs-widget[open]` works in page CSS. */
  @property({ type: Boolean, reflect: true, attribute: 'open' }) isOpen = false;
  /** `light` or `dark` forces that colour scheme; without it the widget follows the shopper's `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';
  /**
   * A short-lived token, signed by the merchant's backend, that says who the signed-in shopper is: the
   * conversation is then theirs on any device. Set it with `identify()` or the `identity-token` attribute.
   */
  @property({ attribute: 'identity-token' }) identityToken = '';

  @query('.launcher') private readonly launcher!: HTMLButtonElement;
  @query('cs-composer') private readonly composer!: HTMLElement;

  private readonly internals = this.attachInternals();
  private readonly conversation = new ConversationController(this, () => ({
    server: this.server,
    siteKey: this.site,
    language: getLocale(),
    open: this.isOpen,
    identityToken: this.identityToken,
  }));

  /** Team and bot messages the shopper has not seen, as last told. */
  private unread = 0;
  /** The newest message the shopper had on screen (the room's read mark follows a round trip later). */
  private seenUpTo = 0;
  /** Messages up to this sequence number are known (the history, or announced); all of them until the history is in. */
  private knownUpTo = Infinity;
  /** The errors on screen at the last update, as `key code`, so each is announced once. */
  private shownErrors: string[] = [];
  /** Fires `cs-ready` once the first language asked for has loaded (or failed to: then English) and rendered. */
  private ready?: Promise<void>;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** The preferences last negotiated, so each change (not each render) asks for a locale. */
  private requestedLocales = '';

  protected override willUpdate(changed: PropertyValues<this>) {
    // The visual viewport read before this update changes the DOM, while the layout is still clean: read
    // in updated(), it would lay the new panel out once for the reading and again once sized by it.
    if (changed.has('isOpen') && this.isOpen) this.viewportAtOpen = [visualViewport!.height, visualViewport!.offsetTop];
    const requested = [this.locale, document.documentElement.lang, ...navigator.languages, this.conversation.wait?.availability.language];
    if (requested.join() === this.requestedLocales) return;
    this.requestedLocales = requested.join();
    const loading = requestLocale(requested);
    this.ready ??= loading.catch(() => {}).then(() => this.updateComplete).then(() => this.emit('cs-ready', {}));
  }

  protected override updated(changed: PropertyValues<this>) {
    const { status, phase } = this.conversation;
    this.setState('reconnecting', status === 'reconnecting');
    this.setState('queued', phase?.phase === 'queued');
    if (changed.has('isOpen')) {
      this.setState('open', this.isOpen);
      this.followVisualViewport(this.isOpen);
      // Lifecycle notifications fire on every transition after the first render, whatever caused it.
      if (changed.get('isOpen') !== undefined) {
        this.emit(this.isOpen ? 'cs-open' : 'cs-close', {});
        if (this.isOpen) this.composer.focus();
        else if (this.shadowRoot?.activeElement) this.launcher.focus(); // focus was in the panel: give it back
      }
    }
    const unread = this.countUnread();
    if (unread !== this.unread) {
      this.unread = unread;
      this.setState('unread', unread > 0);
      this.emit('cs-unread-change', { count: unread });
    }
    this.announceMessages();
    this.announceErrors();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.followVisualViewport(false);
  }

  /**
   * While open, sizes the panel to the visual viewport (widget.styles.ts), which shrinks when an on-screen
   * keyboard opens while the layout viewport does not: the composer stays above the keyboard.
   */
  private followVisualViewport(on: boolean) {
    for (const type of ['resize', 'scroll']) {
      if (on) visualViewport?.addEventListener(type, this.followViewport);
      else visualViewport?.removeEventListener(type, this.followViewport);
    }
    if (on) this.fitToViewport(...this.viewportAtOpen);
  }

  /** The visual viewport's height and top when the panel last opened. */
  private viewportAtOpen: [number, number] = [0, 0];

  private readonly followViewport = () => this.fitToViewport(visualViewport!.height, visualViewport!.offsetTop);

  private fitToViewport(height: number, top: number) {
    const panel = this.renderRoot.querySelector<HTMLElement>('.panel');
    // Set through the CSSOM, which a strict Content-Security-Policy allows (a style attribute it does not).
    panel?.style.setProperty('--cs-viewport-block-size', `${height}px`);
    panel?.style.setProperty('--cs-viewport-top', `${top}px`);
  }

  /** Opens the panel. */
  open() {
    this.isOpen = true;
  }

  /** Closes the panel. */
  close() {
    this.isOpen = false;
  }

  /**
   * Says who the signed-in shopper is, with a short-lived token from the merchant's backend (the same as
   * setting `identityToken`). A refused token fires `cs-error`; the chat goes on without the account.
   */
  identify(token: string) {
    this.identityToken = token;
  }

  override render() {
    const locale = getLocale();
    return html`
      <div class="base" lang=${locale} dir=${directionOf(locale)} @keydown=${this.handleKeyDown}>
        <section part="panel" class="panel" id="panel" ?hidden=${!this.isOpen} aria-labelledby="title">
          <span class="focus-wrap" tabindex="0" @focus=${this.focusLast}></span>
          <header part="header" class="header">
            <div class="heading">
              <h2 class="title" id="title">${msg('Chat with us', { id: 'panel-title', desc: 'Title of the chat panel' })}</h2>
              <p part="status" class="status" role="status" data-tone=${this.statusTone()}>${this.statusText()}</p>
            </div>
            <button
              part="close-button"
              class="close"
              type="button"
              aria-label=${msg('Close chat', { desc: 'Button that closes the chat panel' })}
              @click=${this.close}
            >
              <svg viewBox="0 0 24 24" aria-hidden="true">${closeIcon}</svg>
            </button>
          </header>
          <cs-message-list
            part="messages"
            exportparts="message, message__bubble, message__body, message__meta, bot-message, bot-message__bubble, notice, notice__box"
            .items=${this.conversation.items}
            .readUpTo=${this.conversation.read.agent}
            @cs-retry=${this.handleRetry}
            @cs-suggest=${this.handleSuggest}
          ></cs-message-list>
          <cs-typing-indicator
            part="typing"
            exportparts="dots:typing__dots"
            ?active=${!!this.conversation.typing}
            .name=${this.conversation.typing?.name ?? null}
          ></cs-typing-indicator>
          ${this.renderPersonButton()}
          <cs-wait-banner
            part="wait"
            exportparts="email-input:wait__email-input, email-button:wait__email-button"
            .estimate=${this.conversation.wait?.estimate ?? null}
            .contact=${this.conversation.contact}
            @cs-leave-contact=${this.handleLeaveContact}
          ></cs-wait-banner>
          ${this.conversation.error
            ? html`<p part="error" class="error" role="alert">${errorText(this.conversation.error)}</p>`
            : nothing}
          <cs-composer
            part="composer"
            exportparts="input:composer__input, send-button:composer__send-button"
            @cs-send=${this.handleComposerSend}
            @cs-typing=${this.handleComposerTyping}
          ></cs-composer>
          <span class="focus-wrap" tabindex="0" @focus=${this.focusFirst}></span>
        </section>
        <button
          part="launcher"
          class="launcher"
          type="button"
          aria-expanded=${String(this.isOpen)}
          aria-controls="panel"
          @click=${this.handleLauncherClick}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true">${this.isOpen ? closeIcon : chatIcon}</svg>
          ${this.isOpen
            ? msg('Close chat', { desc: 'Button that closes the chat panel' })
            : msg('Chat with us', { desc: 'Launcher button that opens the chat panel' })}
        </button>
      </div>
    `;
  }

  /** "Talk to a person", always there once the bot has spoken, until a person has the conversation. */
  private renderPersonButton() {
    const { phase, items, personRequested } = this.conversation;
    if (phase?.phase !== 'bot' || !items.some((item) => item.kind === 'bot')) return nothing;
    return html`
      <div class="handoff">
        <button part="person-button" class="person" type="button" ?disabled=${personRequested} @click=${this.handlePersonClick}>
          ${personRequested
            ? msg('Connecting you to a person…', { desc: 'The shopper asked for a person; the request is on its way' })
            : msg('Talk to a person', { desc: 'Button that hands the conversation from the bot to the support team' })}
        </button>
      </div>
    `;
  }

  /** The connection when it is not fine; otherwise the team's availability. */
  private statusText() {
    const { status, wait } = this.conversation;
    switch (status) {
      case 'idle':
        // Before the first message: the team's availability, fetched when the panel opened.
        return wait ? availabilityText(wait.availability, getLocale(), Date.now()) : '';
      case 'connecting':
        return msg('Connecting…', { desc: 'Connection state: first contact with the chat server' });
      case 'online':
        return wait
          ? availabilityText(wait.availability, getLocale(), Date.now())
          : msg('Connected', { desc: 'Connection state: messages go through now' });
      case 'reconnecting':
        return msg('Reconnecting… Your messages will be sent as soon as we are back.', {
          desc: 'Connection state: the connection was lost; unsent messages are kept and sent later',
        });
    }
  }

  /** Green when messages go through and someone is there to read them; amber otherwise. */
  private statusTone() {
    const { status, wait } = this.conversation;
    if (status !== 'online' && !(status === 'idle' && wait)) return 'warn';
    return !wait || (wait.availability.open && wait.availability.agentsOnline > 0) ? 'good' : 'warn';
  }

  /**
   * Team and bot messages after the last thing the shopper saw: what the open panel showed in view, the
   * room's read mark for them (another visit, another device), or their own last message.
   */
  private countUnread() {
    const { items, read, status } = this.conversation;
    let count = 0;
    if (status === 'idle') this.seenUpTo = 0; // another conversation may come: its own numbers
    if (this.isOpen && document.visibilityState === 'visible') this.seenUpTo = items.findLast((item) => item.seq)?.seq ?? 0;
    for (let i = items.length; i--; ) {
      const item = items[i]!;
      if (item.seq! <= Math.max(read.visitor, this.seenUpTo) || (item.kind === 'text' && item.role === 'visitor')) break;
      if (fromTeam(item)) count++;
    }
    return count;
  }

  /**
   * `cs-message` for each team or bot message that arrives after the history has loaded (those missed while
   * reconnecting included), once. The history itself (after a reload, on another device) is not announced.
   */
  private announceMessages() {
    const { items, status } = this.conversation;
    const newest = items.findLast((item) => item.seq)?.seq;
    if (status === 'idle') this.knownUpTo = Infinity; // the next connection loads the history again
    if (status === 'idle' || !newest) return;
    for (const item of items) {
      if (item.seq! <= this.knownUpTo || !fromTeam(item)) continue;
      const bot = item.kind === 'bot';
      this.emit('cs-message', {
        id: item.id,
        author: { kind: bot ? 'bot' : 'agent', name: bot ? null : (item.name ?? null) },
        body: bot ? (item.reply.kind === 'answer' ? item.reply.text : '') : item.body,
        time: item.at,
      });
    }
    this.knownUpTo = newest;
  }

  /** `cs-error` for each error that came on screen since the last update. */
  private announceErrors() {
    const { items, contact, error } = this.conversation;
    const shown = items.flatMap((item) => (item.kind === 'text' && item.failure ? [`${item.id} ${item.failure}`] : []));
    if (contact?.state === 'invalid') shown.push(`${contact.email} invalid-email`);
    if (error) shown.push(`- ${error}`);
    // The code is the last word: an address the room refused may hold spaces.
    for (const key of shown) if (!this.shownErrors.includes(key)) this.emit('cs-error', { code: key.split(' ').pop() as ErrorCode });
    this.shownErrors = shown;
  }

  private emit<Name extends CsWidgetEventName>(type: Name, detail: CsWidgetEventDetails[Name]) {
    this.dispatchEvent(new CsWidgetEvent(type, detail));
  }

  private setState(state: string, on: boolean) {
    if (on) this.internals.states.add(state);
    else this.internals.states.delete(state);
  }

  // Where the panel covers the page (small screens), Tab wraps around inside it: focus reaching the
  // `.focus-wrap` sentinel at either end (displayed only there) moves to the other end. Escape still leaves.
  private focusFirst() {
    this.renderRoot.querySelector<HTMLElement>('.close')!.focus();
  }

  private focusLast() {
    this.composer.focus();
  }

  private handleLauncherClick() {
    this.isOpen = !this.isOpen;
  }

  private handleKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && this.isOpen) this.close();
  }

  private handleComposerSend(event: CsSendEvent) {
    this.conversation.send(event.body);
  }

  private handleComposerTyping(event: CsTypingEvent) {
    this.conversation.setTyping(event.typing);
  }

  private handleLeaveContact(event: CsLeaveContactEvent) {
    this.conversation.leaveContact(event.email);
  }

  private handleRetry(event: CsRetryEvent) {
    this.conversation.retry(event.messageId);
  }

  private handleSuggest(event: CsSuggestEvent) {
    this.conversation.send(event.text);
  }

  private handlePersonClick() {
    this.conversation.requestPerson();
  }
}

defineElement('cs-widget', CsWidget);

declare global {
  interface HTMLElementTagNameMap {
    'cs-widget': CsWidget;
  }
}
