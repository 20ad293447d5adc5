import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { fillCannedReply, transferTargets } from '../../src/logic/agent-console.js';
import { isolate } from '../../src/i18n/direction.js';
import { formatClock, formatTime } from '../../src/i18n/format.js';
import type { AgentPresence, ConsoleSetup, QueueItem, ResolvedItem } from '../../src/protocol/inbox.js';
import type { AgentConversation } from '../../src/stores/agent-conversation.js';
import type { AgentConversationConnection } from '../../src/transport/connect-agent.js';
import { categoryText, languageText, priorityText, reasonText, refusalText, sentimentText } from '../agent-console/labels.js';
import '../composer/composer.js';
import type { CsComposer } from '../composer/composer.js';
import { StoresController } from '../controllers/stores-controller.js';
import type { CsSendEvent } from '../events/cs-send.js';
import type { CsTypingEvent } from '../events/cs-typing.js';
import { getLocale } from '../i18n/localization.js';
import { defineElement } from '../internal/define.js';
import '../message-list/message-list.js';
import '../typing-indicator/typing-indicator.js';
import base from '../styles/base.styles.js';
import controls from '../styles/controls.styles.js';
import styles from './agent-conversation.styles.js';

/** What the composer sends: a reply the customer reads, or a note only the team sees. */
type ComposeMode = 'reply' | 'note';

/**
 * @summary One conversation in the agent console: the handoff summary, the whole transcript (bot included),
 * internal notes, the actions (claim, transfer, hand back to the bot, resolve, reopen) and a composer for
 * replies or notes with canned replies inserted for editing.
 * @tag cs-agent-conversation
 * @since 0.1
 *
 * @dependency cs-message-list
 * @dependency cs-typing-indicator
 * @dependency cs-composer
 *
 * @csspart summary - The handoff summary.
 * @csspart actions - The row of action buttons.
 * @csspart notes - The internal notes.
 * @csspart composer - The composer.
 */
export class CsAgentConversation extends LitElement {
  static override styles = [base, controls, styles];

  @property({ attribute: false }) conversation: AgentConversation | null = null;
  @property({ attribute: false }) connection: AgentConversationConnection | null = null;
  @property({ attribute: false }) setup: ConsoleSetup | null = null;
  /** Who is signed in, to transfer to. */
  @property({ attribute: false }) agents: readonly AgentPresence[] = [];
  /** The conversation's line in the inbox, for what the room does not say (its language before a summary). */
  @property({ attribute: false }) listing: QueueItem | ResolvedItem | undefined;
  /** The conversation is on screen: what arrives is marked read for the customer to see. */
  @property({ type: Boolean }) active = false;
  @property({ type: Number }) now = Date.now();

  @state() private mode: ComposeMode = 'reply';
  @state() private cannedId = '';
  @state() private transferTo = '';

  @query('cs-composer') private readonly composer!: CsComposer;

  private readonly stores = new StoresController(this);

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (!changed.has('conversation')) return;
    const c = this.conversation;
    this.stores.watch(
      c
        ? [c.conversation.$items, c.conversation.$phase, c.conversation.$status, c.conversation.$typing, c.conversation.$read, c.$notes, c.$pendingNotes, c.$refusal]
        : [],
    );
  }

  protected override updated() {
    // On screen in a visible tab: the customer may see that their messages were read.
    if (this.active && this.conversation && document.visibilityState === 'visible') {
      this.conversation.conversation.markRead(this.conversation.conversation.$resumePoint.get());
    }
  }

  /** Takes the conversation (Alt+C). */
  claim() {
    this.connection?.command({ type: 'conversation/claim' });
  }

  /** Marks it resolved (Alt+R). */
  resolve() {
    this.connection?.command({ type: 'conversation/resolve' });
  }

  /** Switches the composer between a reply and an internal note (Alt+N). */
  toggleMode() {
    this.mode = this.mode === 'reply' ? 'note' : 'reply';
    this.composer?.focus();
  }

  /** The room's summary, else the inbox's (the room sends it once connected). */
  private get summary() {
    return this.conversation?.conversation.$phase.get()?.summary ?? this.listing?.summary ?? null;
  }

  override focus() {
    this.composer?.focus();
  }

  override render() {
    const c = this.conversation;
    if (!c || !this.setup) return nothing;
    const refusal = c.$refusal.get();
    return html`
      <section class="conversation" aria-labelledby="title">
        <header class="header">
          <h2 id="title" class="title">
            <bdi>${this.summary?.firstLine ?? msg('Conversation', { desc: 'Agent console: heading of a conversation without a summary' })}</bdi>
          </h2>
          <p class="phase" role="status">${this.phaseText()}</p>
          ${this.renderActions()}
          ${refusal ? html`<p class="refusal" role="alert">${refusalText(refusal)}</p>` : nothing}
        </header>
        ${this.renderSummary()}
        <cs-message-list
          class="transcript"
          self="agent"
          .items=${c.conversation.$items.get()}
          .readUpTo=${c.conversation.$read.get().visitor}
        ></cs-message-list>
        <cs-typing-indicator author="visitor" ?active=${c.conversation.$typing.get()?.role === 'visitor'}></cs-typing-indicator>
        ${this.renderNotes()}
        ${this.renderComposer()}
      </section>
    `;
  }

  private phaseText() {
    const phase = this.conversation?.conversation.$phase.get();
    const mine = phase?.phase === 'assigned' && phase.agentId === this.setup?.agent.id;
    switch (phase?.phase) {
      case undefined:
        return msg('Loading…', { desc: 'Agent console: the conversation is being loaded' });
      case 'bot':
        return msg('With the bot', { desc: 'Agent console: the bot is answering this conversation' });
      case 'queued':
        return msg('Waiting for a person', { desc: 'Agent console: the conversation is in the queue' });
      case 'assigned':
        return mine
          ? msg('You have this conversation', { desc: 'Agent console: the signed-in agent holds the conversation' })
          : msg(str`With ${isolate(phase.agentName ?? '')}`, { desc: 'Agent console: another agent holds the conversation; the placeholder is their name' });
      case 'resolved':
        return msg('Resolved. A new message from the customer reopens it.', { desc: 'Agent console: the conversation is resolved' });
    }
  }

  private renderActions() {
    const state = this.conversation?.conversation.$phase.get();
    const phase = state?.phase;
    const online = this.conversation?.conversation.$status.get() === 'online';
    const mine = phase === 'assigned' && state?.agentId === this.setup?.agent.id;
    const targets = transferTargets(this.agents, state?.agentId ?? null);
    const send = (command: Parameters<AgentConversationConnection['command']>[0]) => () => this.connection?.command(command);
    return html`
      <div part="actions" class="actions">
        ${phase === 'bot' || phase === 'queued'
          ? html`<button type="button" class="primary" ?disabled=${!online} aria-keyshortcuts="Alt+C" @click=${this.claim}>${msg('Claim', { desc: 'Agent console: take this conversation' })}</button>`
          : nothing}
        ${mine
          ? html`<button type="button" ?disabled=${!online} @click=${send({ type: 'conversation/release' })}>${msg('Hand back to the bot', { desc: 'Agent console: give the conversation back to the bot' })}</button>`
          : nothing}
        ${mine || phase === 'queued'
          ? html`
              <span class="transfer">
                <label>
                  ${msg('Transfer to', { desc: 'Agent console: label of the list of agents to hand the conversation to' })}
                  <select .value=${this.transferTo} @change=${(e: Event) => (this.transferTo = (e.target as HTMLSelectElement).value)}>
                    <option value="">${msg('Choose a person', { desc: 'Agent console: no agent chosen yet for a transfer' })}</option>
                    ${targets.map((agent) => html`<option value=${agent.agentId}>${agent.name}${agent.status === 'away' ? ` (${msg('away', { desc: 'Agent console: an agent marked away' })})` : ''}</option>`)}
                  </select>
                </label>
                <button type="button" ?disabled=${!online || !this.transferTo} @click=${this.transfer}>${msg('Transfer', { desc: 'Agent console: hand the conversation to the chosen agent' })}</button>
              </span>
            `
          : nothing}
        ${phase !== undefined && phase !== 'resolved'
          ? html`<button type="button" ?disabled=${!online} aria-keyshortcuts="Alt+R" @click=${this.resolve}>${msg('Resolve', { desc: 'Agent console: mark the conversation resolved' })}</button>`
          : nothing}
        ${phase === 'resolved'
          ? html`<button type="button" ?disabled=${!online} @click=${send({ type: 'conversation/reopen' })}>${msg('Reopen', { desc: 'Agent console: open a resolved conversation again' })}</button>`
          : nothing}
      </div>
    `;
  }

  private transfer() {
    if (!this.transferTo) return;
    this.connection?.command({ type: 'conversation/transfer', agentId: this.transferTo });
    this.transferTo = '';
  }

  private renderSummary() {
    const summary = this.summary;
    if (!summary) return nothing;
    const locale = getLocale();
    return html`
      <section part="summary" class="summary" aria-labelledby="summary-title">
        <h3 id="summary-title">${msg('Handoff summary', { desc: 'Agent console: heading of what the bot learned before handing over' })}</h3>
        <dl>
          <dt>${msg('Signed-in customer', { desc: 'Agent console summary: who the shop says the shopper is (verified with the shop’s identity token)' })}</dt>
          <dd>${summary.shopper
            ? [summary.shopper.name, summary.shopper.email, summary.shopper.id].filter(Boolean).map((fact, i) => html`${i > 0 ? ' · ' : ''}<bdi>${fact}</bdi>`)
            : msg('Not signed in', { desc: 'Agent console summary: the shopper did not sign in to the shop' })}</dd>
          <dt>${msg('Why', { desc: 'Agent console summary: why the conversation came to the team' })}</dt>
          <dd>${reasonText(summary.reason)}</dd>
          <dt>${msg('Category', { desc: 'Agent console summary: the conversation’s category' })}</dt>
          <dd>${categoryText(summary.category)}</dd>
          <dt>${msg('Priority', { desc: 'Agent console summary: the conversation’s priority' })}</dt>
          <dd>${priorityText(summary.priority)}</dd>
          <dt>${msg('Tone', { desc: 'Agent console summary: the sentiment of the shopper’s messages' })}</dt>
          <dd>${sentimentText(summary.sentiment)}</dd>
          <dt>${msg('Language', { desc: 'Agent console summary: the shopper’s language' })}</dt>
          <dd>${languageText(summary.language, locale)}</dd>
          <dt>${msg('Their local time', { desc: 'Agent console summary: the shopper’s clock time now' })}</dt>
          <dd>${summary.timeZone ? html`${formatClock(this.now, this.now, locale, summary.timeZone)} <bdi>(${summary.timeZone})</bdi>` : msg('Unknown', { desc: 'Agent console summary: a fact the widget did not tell' })}</dd>
          <dt>${msg('Order', { desc: 'Agent console summary: the order number' })}</dt>
          <dd>${summary.orderNumber ? html`<bdi>${summary.orderNumber}</bdi>` : msg('None given', { desc: 'Agent console summary: the shopper gave no order number' })}</dd>
          <dt>${msg('The bot tried', { desc: 'Agent console summary: the answers the bot already gave' })}</dt>
          <dd>${summary.botTried.length > 0 ? html`<bdi>${summary.botTried.join(', ')}</bdi>` : msg('Nothing', { desc: 'Agent console summary: the bot tried no answer' })}</dd>
        </dl>
      </section>
    `;
  }

  private renderNotes() {
    const c = this.conversation!;
    const notes = c.$notes.get();
    const pending = c.$pendingNotes.get();
    const locale = getLocale();
    return html`
      <section part="notes" class="notes" aria-labelledby="notes-title">
        <h3 id="notes-title">${msg('Internal notes', { desc: 'Agent console: heading of the notes only the team sees' })}</h3>
        ${notes.length + pending.length === 0
          ? html`<p class="muted">${msg('Only the team sees notes.', { desc: 'Agent console: shown when a conversation has no internal notes' })}</p>`
          : html`
              <ol>
                ${repeat(notes, (n) => n.id, (n) => html`<li class="note"><span class="note-meta"><bdi>${n.name}</bdi> · ${formatTime(n.sentAt, locale)}</span><span dir="auto">${n.body}</span></li>`)}
                ${repeat(pending, (n) => n.id, (n) => html`<li class="note pending"><span class="note-meta">${n.failure ? refusalText(n.failure) : msg('Saving…', { desc: 'Agent console: an internal note on its way to the server' })}</span><span dir="auto">${n.body}</span></li>`)}
              </ol>
            `}
      </section>
    `;
  }

  private renderComposer() {
    const replies = this.setup?.cannedReplies ?? [];
    return html`
      <div part="composer" class="compose" data-mode=${this.mode}>
        <div class="compose-tools">
          <fieldset class="mode">
            <legend class="visually-hidden">${msg('Write', { desc: 'Agent console: choose between a reply and an internal note' })}</legend>
            <label><input type="radio" name="mode" value="reply" .checked=${this.mode === 'reply'} @change=${() => (this.mode = 'reply')} />${msg('Reply to the customer', { desc: 'Agent console: the composer sends a message the customer reads' })}</label>
            <label><input type="radio" name="mode" value="note" aria-keyshortcuts="Alt+N" .checked=${this.mode === 'note'} @change=${() => (this.mode = 'note')} />${msg('Internal note', { desc: 'Agent console: the composer writes a note only the team sees' })}</label>
          </fieldset>
          ${replies.length > 0
            ? html`
                <span class="canned">
                  <label>
                    ${msg('Canned reply', { desc: 'Agent console: label of the list of prepared replies' })}
                    <select .value=${this.cannedId} @change=${(e: Event) => (this.cannedId = (e.target as HTMLSelectElement).value)}>
                      <option value="">${msg('Choose a reply', { desc: 'Agent console: no canned reply chosen yet' })}</option>
                      ${replies.map((reply) => html`<option value=${reply.id}>${reply.title}</option>`)}
                    </select>
                  </label>
                  <button type="button" ?disabled=${!this.cannedId} @click=${this.insertCanned}>${msg('Insert', { desc: 'Agent console: put the chosen canned reply into the composer to edit it' })}</button>
                </span>
              `
            : nothing}
        </div>
        <cs-composer @cs-send=${this.handleSend} @cs-typing=${this.handleTyping}></cs-composer>
      </div>
    `;
  }

  /** The chosen reply in the customer's language, with the agent's name and a concrete time, put in the composer to edit. */
  private insertCanned() {
    const reply = this.setup?.cannedReplies.find((r) => r.id === this.cannedId);
    if (!reply || !this.setup) return;
    const summary = this.summary;
    const priority = summary?.priority ?? this.listing?.priority ?? 'medium';
    const filled = fillCannedReply(reply, {
      language: summary?.language ?? this.listing?.language ?? '',
      siteLanguages: this.setup.site.languages,
      agentName: this.setup.agent.name,
      timeZone: summary?.timeZone ?? null,
      followUpMinutes: this.setup.site.targetMinutes[priority],
      now: Date.now(),
    });
    if (filled) this.composer.insert(filled.text);
  }

  private handleSend(event: CsSendEvent) {
    const c = this.conversation;
    if (!c) return event.preventDefault();
    if (this.mode === 'note') c.addNote(event.body);
    else c.conversation.sendMessage(event.body);
  }

  private handleTyping(event: CsTypingEvent) {
    // A note is for the team: the customer is not told someone is typing it.
    if (this.mode === 'reply' || !event.typing) this.conversation?.conversation.setTyping(event.typing);
  }
}

defineElement('cs-agent-conversation', CsAgentConversation);

declare global {
  interface HTMLElementTagNameMap {
    'cs-agent-conversation': CsAgentConversation;
  }
}
