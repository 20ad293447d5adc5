import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { VIEWS, viewItems, type View } from '../../src/logic/agent-console.js';
import { directionOf, isolate } from '../../src/i18n/direction.js';
import { formatCount, formatDuration } from '../../src/i18n/format.js';
import { CATEGORIES } from '../../src/protocol/handoff.js';
import type { AgentSession, AgentStatus, QueueItem, ResolvedItem } from '../../src/protocol/inbox.js';
import { createAgentConversation, type AgentConversation } from '../../src/stores/agent-conversation.js';
import { createInbox, type InboxSnapshot } from '../../src/stores/inbox.js';
import {
  checkAgentToken,
  connectAgentConversation,
  connectInbox,
  type AgentConversationConnection,
} from '../../src/transport/connect-agent.js';
import '../agent-conversation/agent-conversation.js';
import type { CsAgentConversation } from '../agent-conversation/agent-conversation.js';
import '../conversation-list/conversation-list.js';
import { StoresController } from '../controllers/stores-controller.js';
import type { CsSelectEvent } from '../events/cs-select.js';
import { getLocale, requestLocale } from '../i18n/localization.js';
import { defineElement } from '../internal/define.js';
import base from '../styles/base.styles.js';
import controls from '../styles/controls.styles.js';
import { categoryText } from './labels.js';
import styles from './agent-console.styles.js';

/** Why the console is asking for a token again. */
type SignInProblem = 'unauthorized' | 'unreachable' | 'expired';

/** How often the queue's timers move. */
const TICK_MS = 1000;
// setTimeout cannot wait longer than ~24.8 days; tokens live at most 7.
const MAX_TIMER_MS = 2 ** 31 - 1;

const tokenKey = (siteKey: string) => `cs-agent-console:v1:${siteKey}`;

interface OpenConversation {
  readonly store: AgentConversation;
  readonly connection: AgentConversationConnection;
}

/**
 * @summary The agent dashboard: sign in with a signed token, the site's queue ordered by urgency with live
 * timers, views (unassigned, mine, all open, resolved), several conversations open at once, presence and
 * today's metrics. Keyboard first: Alt+J next conversation, Alt+C claim, Enter send, Alt+R resolve, Alt+N
 * note or reply.
 * @tag cs-agent-console
 * @since 0.1
 *
 * @dependency cs-conversation-list
 * @dependency cs-agent-conversation
 *
 * @csspart header - The top bar: site, agent, presence, sign out.
 * @csspart metrics - Today's numbers.
 * @csspart views - The view switcher.
 * @csspart list - The conversation list.
 * @csspart tabs - The open conversations.
 *
 * @cssproperty [--cs-accent=#2f5bea] - Brand colour: selected items, primary buttons.
 * @cssproperty [--cs-on-accent=#fff] - Text on the brand colour.
 * @cssproperty [--cs-background=#f4f4f7] - Page background behind the panels.
 * @cssproperty [--cs-surface=#fff] - Panel background.
 * @cssproperty [--cs-text=#1b1b1f] - Text colour.
 * @cssproperty [--cs-muted=#5b5b66] - Secondary text: times, counts, hints.
 * @cssproperty [--cs-border=#c9c9d1] - Borders between panels and items.
 * @cssproperty [--cs-danger=#b3261e] - Urgent conversations and refusals.
 * @cssproperty [--cs-warn=#8a5a00] - Warnings (a long wait).
 * @cssproperty [--cs-note=#8a5a00] - Internal notes: their accent.
 * @cssproperty [--cs-note-surface=#fff6e0] - Internal notes: their background.
 * @cssproperty [--cs-font-family=system-ui] - Font.
 * @cssproperty [--cs-font-size=16px] - Base size.
 */
export class CsAgentConsole extends LitElement {
  static override styles = [base, controls, styles];

  /** PartyKit host, e.g. `chat.example.com` or `localhost:1999`. */
  @property() server = '';
  /** The merchant's site key. */
  @property() site = '';
  /**
   * The agent's signed token (`npm run agent-token`). A property, never an attribute: it is a secret.
   * Without one the console asks for it, and keeps it for the browser tab's session.
   */
  @property({ attribute: false }) token = '';
  /** The language to work in (BCP 47); without it, or without a translation for it, the browser's languages, then English. */
  @property() locale = '';

  @state() private session: AgentSession | null = null;
  @state() private problem: SignInProblem | null = null;
  @state() private checking = false;
  @state() private view: View = 'unassigned';
  @state() private openIds: readonly string[] = [];
  @state() private activeId = '';
  @state() private now = Date.now();

  private readonly inbox = createInbox();
  private readonly stores = new StoresController(this);
  private readonly conversations = new Map<string, OpenConversation>();
  private disconnectInbox: (() => void) | undefined;
  private ticker: ReturnType<typeof setInterval> | undefined;
  private expiry: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.stores.watch([this.inbox.$setup, this.inbox.$snapshot, this.inbox.$status, this.inbox.$presence]);
  }

  override connectedCallback() {
    super.connectedCallback();
    if (!this.token) this.token = sessionStorage.getItem(tokenKey(this.site)) ?? '';
    // The console is the agent's page: its shortcuts work wherever the focus is, even on the page's body.
    window.addEventListener('keydown', this.handleKeyDown);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.handleKeyDown);
    this.stop();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('locale')) void requestLocale([this.locale, ...navigator.languages]);
  }

  protected override updated(changed: PropertyValues<this>) {
    if ((changed.has('token') || changed.has('server') || changed.has('site')) && this.token && this.server && this.site) {
      void this.signIn(this.token);
    }
  }

  override render() {
    const locale = getLocale();
    return html`<div class="base" lang=${locale} dir=${directionOf(locale)}>${this.session ? this.renderConsole(this.session) : this.renderSignIn()}</div>`;
  }

  private renderSignIn() {
    return html`
      <main class="sign-in">
        <h1>${msg('Sign in to the support inbox', { desc: 'Agent console: heading of the sign-in screen' })}</h1>
        <form @submit=${this.handleSignIn}>
          <label for="token">${msg('Agent token', { desc: 'Agent console: label of the field for the signed agent token' })}</label>
          <p id="token-help" class="muted">
            ${msg('Your team lead makes one with “npm run agent-token”. It expires; ask for a new one when it does.', { desc: 'Agent console: where an agent token comes from' })}
          </p>
          <textarea id="token" name="token" rows="3" required autocomplete="off" spellcheck="false" aria-describedby="token-help ${this.problem ? 'problem' : ''}" aria-invalid=${this.problem === 'unauthorized' ? 'true' : 'false'}></textarea>
          ${this.problem ? html`<p id="problem" class="problem" role="alert">${this.problemText(this.problem)}</p>` : nothing}
          <button type="submit" class="primary" ?disabled=${this.checking}>${msg('Sign in', { desc: 'Agent console: button that signs in with the token' })}</button>
        </form>
      </main>
    `;
  }

  private problemText(problem: SignInProblem) {
    switch (problem) {
      case 'unauthorized':
        return msg('This token is not valid for this site, or it has expired.', { desc: 'Agent console: the server refused the agent token' });
      case 'unreachable':
        return msg('The support server cannot be reached. Check your connection and try again.', { desc: 'Agent console: the server did not answer the sign-in' });
      case 'expired':
        return msg('Your session has expired. Sign in with a new token.', { desc: 'Agent console: the agent token ran out while signed in' });
    }
  }

  private renderConsole(session: AgentSession) {
    const setup = this.inbox.$setup.get();
    const snapshot = this.inbox.$snapshot.get();
    const status = this.inbox.$status.get();
    return html`
      <header part="header" class="header">
        <h1>${setup ? msg(str`${isolate(setup.site.name)} support`, { desc: 'Agent console: heading; the placeholder is the shop’s name' }) : msg('Support inbox', { desc: 'Agent console: heading before the site is known' })}</h1>
        <p class="who">${msg(str`Signed in as ${isolate(session.name)}`, { desc: 'Agent console: who is signed in' })}</p>
        <label class="presence">
          ${msg('Status', { desc: 'Agent console: label of the online/away switch' })}
          <select .value=${this.inbox.$presence.get()} @change=${this.handlePresence}>
            <option value="online">${msg('Online: taking conversations', { desc: 'Agent console: presence, counted in the customers’ expected wait' })}</option>
            <option value="away">${msg('Away', { desc: 'Agent console: presence, not counted in the customers’ expected wait' })}</option>
          </select>
        </label>
        <button type="button" @click=${() => this.signOut(null)}>${msg('Sign out', { desc: 'Agent console: button that signs out' })}</button>
        <p class="connection" role="status">
          ${status === 'online' ? '' : msg('Connecting to the inbox…', { desc: 'Agent console: the inbox connection is being (re)established' })}
        </p>
      </header>
      <main class="layout">
        ${snapshot ? this.renderMetrics(snapshot) : nothing}
        <nav class="queue" aria-label=${msg('Conversations', { desc: 'Agent console: accessible name of the conversation lists' })}>
          ${snapshot ? this.renderViews(snapshot, session) : html`<p class="muted">${msg('Loading the queue…', { desc: 'Agent console: the queue has not arrived yet' })}</p>`}
        </nav>
        <section class="main" aria-label=${msg('Open conversations', { desc: 'Agent console: accessible name of the open conversation tabs' })}>${this.renderOpen(snapshot)}</section>
      </main>
      <footer class="shortcuts">
        ${msg('Keyboard: Alt+J next conversation · Alt+C claim · Enter send (Shift+Enter new line) · Alt+N reply or note · Alt+R resolve', { desc: 'Agent console: the keyboard shortcuts' })}
      </footer>
    `;
  }

  private renderMetrics(snapshot: InboxSnapshot) {
    const locale = getLocale();
    const { firstResponseMs: frt, waiting, handledByCategory, satisfaction } = snapshot.metrics;
    const handled = CATEGORIES.filter((c) => handledByCategory[c] > 0);
    return html`
      <section part="metrics" class="metrics" aria-label=${msg('Today', { desc: 'Agent console: accessible name of today’s numbers' })}>
        <dl>
          <div>
            <dt>${msg('First response today', { desc: 'Agent console metric: median and 90th percentile of first-response times today' })}</dt>
            <dd>${frt
              ? msg(str`median ${formatDuration(frt.p50, locale)}, 90% within ${formatDuration(frt.p90, locale)} (${formatCount(frt.count, locale)})`, { desc: 'Agent console metric: p50 and p90 first-response times; the last placeholder counts the answers' })
              : msg('No answers yet', { desc: 'Agent console metric: no first response today yet' })}</dd>
          </div>
          <div>
            <dt>${msg('Waiting now', { desc: 'Agent console metric: conversations in the queue' })}</dt>
            <dd>${formatCount(waiting, locale)}</dd>
          </div>
          <div>
            <dt>${msg('Handled today', { desc: 'Agent console metric: conversations resolved today, by category' })}</dt>
            <dd>${handled.length === 0
              ? msg('None yet', { desc: 'Agent console metric: nothing resolved today' })
              : handled.map((c) => `${categoryText(c)} ${formatCount(handledByCategory[c], locale)}`).join(' · ')}</dd>
          </div>
          <div>
            <dt>${msg('Satisfaction', { desc: 'Agent console metric: customers’ ratings today' })}</dt>
            <dd>${satisfaction && satisfaction.total > 0
              ? new Intl.NumberFormat(locale, { style: 'percent' }).format(satisfaction.positive / satisfaction.total)
              : msg('No ratings yet', { desc: 'Agent console metric: customers have not rated any conversation' })}</dd>
          </div>
        </dl>
      </section>
    `;
  }

  private renderViews(snapshot: InboxSnapshot, session: AgentSession) {
    const label = (view: View) => {
      switch (view) {
        case 'unassigned':
          return msg('Unassigned', { desc: 'Agent console view: conversations waiting for anyone' });
        case 'mine':
          return msg('Mine', { desc: 'Agent console view: conversations the signed-in agent holds' });
        case 'open':
          return msg('All open', { desc: 'Agent console view: every open conversation' });
        case 'resolved':
          return msg('Resolved', { desc: 'Agent console view: recently resolved conversations' });
      }
    };
    const setup = this.inbox.$setup.get();
    return html`
      <ul part="views" class="views">
        ${VIEWS.map(
          (view) => html`
            <li>
              <button type="button" aria-current=${this.view === view ? 'true' : 'false'} @click=${() => (this.view = view)}>
                ${label(view)} <span class="count">${formatCount(viewItems(view, snapshot, session.agentId).length, getLocale())}</span>
              </button>
            </li>
          `,
        )}
      </ul>
      <cs-conversation-list
        part="list"
        .label=${label(this.view)}
        .items=${viewItems(this.view, snapshot, session.agentId)}
        .targets=${setup?.site.targetMinutes ?? { high: 60, medium: 240, low: 1440 }}
        .now=${this.now}
        selected=${this.activeId}
        @cs-select=${(event: CsSelectEvent) => this.openConversation(event.conversationId)}
      ></cs-conversation-list>
    `;
  }

  private renderOpen(snapshot: InboxSnapshot | null) {
    if (this.openIds.length === 0) {
      return html`<p class="muted">${msg('Pick a conversation from the list, or press Alt+J for the next one.', { desc: 'Agent console: no conversation is open' })}</p>`;
    }
    const setup = this.inbox.$setup.get();
    return html`
      <ul part="tabs" class="tabs">
        ${this.openIds.map((id) => {
          const listing = this.listingOf(id, snapshot);
          const title = listing?.summary?.firstLine ?? id.slice(0, 8);
          return html`
            <li>
              <button type="button" class="tab" aria-current=${id === this.activeId ? 'true' : 'false'} @click=${() => (this.activeId = id)}><bdi>${title}</bdi></button>
              <button type="button" class="close" aria-label=${msg(str`Close ${isolate(title)}`, { desc: 'Agent console: closes an open conversation tab; the placeholder is its first line' })} @click=${() => this.closeConversation(id)}>×</button>
            </li>
          `;
        })}
      </ul>
      ${repeat(
        this.openIds,
        (id) => id,
        (id) => {
          const open = this.conversations.get(id)!;
          return html`
            <cs-agent-conversation
              data-id=${id}
              ?hidden=${id !== this.activeId}
              ?active=${id === this.activeId}
              .conversation=${open.store}
              .connection=${open.connection}
              .setup=${setup}
              .agents=${snapshot?.agents ?? []}
              .listing=${this.listingOf(id, snapshot)}
              .now=${this.now}
            ></cs-agent-conversation>
          `;
        },
      )}
    `;
  }

  private listingOf(id: string, snapshot: InboxSnapshot | null): QueueItem | ResolvedItem | undefined {
    if (!snapshot) return undefined;
    return [...snapshot.queue, ...snapshot.held, ...snapshot.resolved].find((item) => item.conversationId === id);
  }

  /** Opens (or shows, when already open) a conversation as a tab and makes it the active one. */
  openConversation(conversationId: string) {
    if (!this.conversations.has(conversationId)) {
      const store = createAgentConversation(conversationId);
      const connection = connectAgentConversation(store, { server: this.server, siteKey: this.site, token: this.token });
      this.conversations.set(conversationId, { store, connection });
      this.openIds = [...this.openIds, conversationId];
    }
    this.activeId = conversationId;
    void this.updateComplete.then(() => this.activeConversation()?.focus());
  }

  private closeConversation(conversationId: string) {
    this.conversations.get(conversationId)?.connection.close();
    this.conversations.delete(conversationId);
    const index = this.openIds.indexOf(conversationId);
    this.openIds = this.openIds.filter((id) => id !== conversationId);
    if (this.activeId === conversationId) this.activeId = this.openIds[Math.min(index, this.openIds.length - 1)] ?? '';
  }

  private activeConversation(): CsAgentConversation | null {
    return this.renderRoot.querySelector<CsAgentConversation>(`cs-agent-conversation[data-id="${this.activeId}"]`);
  }

  /** The next conversation of the current view after the one on screen (the first when none is). */
  private openNext() {
    const snapshot = this.inbox.$snapshot.get();
    if (!snapshot || !this.session) return;
    const items = viewItems(this.view, snapshot, this.session.agentId);
    const index = items.findIndex((item) => item.conversationId === this.activeId);
    const next = items[index + 1] ?? items[0];
    if (next) this.openConversation(next.conversationId);
  }

  private readonly handleKeyDown = (event: KeyboardEvent) => {
    // `code`, not `key`: Alt+letter types another character on some layouts (macOS, AltGr).
    if (!event.altKey || event.ctrlKey || event.metaKey || !this.session) return;
    const active = this.activeConversation();
    const actions: Record<string, (() => void) | undefined> = {
      KeyJ: () => this.openNext(),
      KeyC: active ? () => active.claim() : undefined,
      KeyR: active ? () => active.resolve() : undefined,
      KeyN: active ? () => active.toggleMode() : undefined,
    };
    const action = actions[event.code];
    if (!action) return;
    event.preventDefault();
    action();
  };

  private async handleSignIn(event: SubmitEvent) {
    event.preventDefault();
    const field = (event.target as HTMLFormElement).elements.namedItem('token') as HTMLTextAreaElement;
    this.token = field.value.trim();
  }

  private async signIn(token: string) {
    this.stop();
    this.checking = true;
    const result = await checkAgentToken({ server: this.server, siteKey: this.site, token });
    this.checking = false;
    if (token !== this.token) return; // another sign-in started meanwhile
    if (typeof result === 'string') return this.signOut(result);
    this.problem = null;
    this.session = result;
    sessionStorage.setItem(tokenKey(this.site), token);
    this.disconnectInbox = connectInbox(this.inbox, { server: this.server, siteKey: this.site, token });
    this.ticker = setInterval(() => (this.now = Date.now()), TICK_MS);
    this.expiry = setTimeout(() => this.signOut('expired'), Math.min(MAX_TIMER_MS, result.expiresAt - Date.now()));
  }

  private signOut(problem: SignInProblem | null) {
    this.stop();
    sessionStorage.removeItem(tokenKey(this.site));
    this.problem = problem;
    this.session = null;
    this.token = '';
  }

  /** Closes every socket and timer. */
  private stop() {
    this.disconnectInbox?.();
    this.disconnectInbox = undefined;
    clearInterval(this.ticker);
    clearTimeout(this.expiry);
    for (const id of this.openIds) this.conversations.get(id)?.connection.close();
    this.conversations.clear();
    this.openIds = [];
    this.activeId = '';
  }

  private handlePresence(event: Event) {
    this.inbox.setPresence((event.target as HTMLSelectElement).value as AgentStatus);
  }
}

defineElement('cs-agent-console', CsAgentConsole);

declare global {
  interface HTMLElementTagNameMap {
    'cs-agent-console': CsAgentConsole;
  }
}
