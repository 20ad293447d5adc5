import type * as Party from 'partykit/server';
import type { SiteConfig } from '../src/config/site-config.js';
import { acceptMessage, acceptNote } from '../src/logic/accept-message.js';
import { assertNever } from '../src/logic/assert-never.js';
import { transferRefusal } from '../src/logic/assignment.js';
import {
  NEW_BOT_MEMORY,
  afterOrderNotFound,
  decideBotTurn,
  mergeTriage,
  summarize,
  type BotMemory,
} from '../src/logic/bot.js';
import { normalizeEmail } from '../src/logic/contact.js';
import { isMaterialChange } from '../src/logic/current-wait.js';
import { buildKnowledgeIndex, matchKnowledge, type KnowledgeIndex } from '../src/logic/knowledge-base.js';
import { NOTHING_READ, markRead, type ReadMarks } from '../src/logic/read-receipts.js';
import { triage, type Triage } from '../src/logic/triage.js';
import type { ErrorCode } from '../src/protocol/errors.js';
import { isLanguageTag } from '../src/protocol/guards.js';
import type { BotReply, HandoffReason, HandoffSummary, Phase } from '../src/protocol/handoff.js';
import { parseAgentPresenceList, parseWaitSnapshot, type InboxRequest, type WaitSnapshot } from '../src/protocol/inbox.js';
import { HISTORY_PAGE_SIZE, MAX_BOT_FAILURES, MAX_NOTES_PER_CONVERSATION } from '../src/protocol/limits.js';
import {
  encode,
  parseClientMessage,
  type BotMessage,
  type ChatMessage,
  type ClientMessage,
  type Notice,
  type NoticeMessage,
  type ServerMessage,
  type TextMessage,
} from '../src/protocol/messages.js';
import type { AgentServerMessage, Note } from '../src/protocol/notes.js';
import { parseVerifiedShopper, type VerifiedShopper } from '../src/protocol/identity.js';
import type { WaitEstimate } from '../src/protocol/wait.js';
import { handleAgentSession } from './agent-session.js';
import { handleIdentify } from './identify.js';
import { readIdentity, verifyConnectRequest, type AgentIdentity, type Identity } from './auth.js';
import { lookUpOrder } from './order-lookup.js';
import { loadSites, siteConfig } from './sites.js';
import { handleSiteAvailability } from './site-availability.js';
import { handleStartConversation } from './start-conversation.js';
import {
  CONTACT_KEY,
  CONVERSATION_KEY,
  MESSAGE_PREFIX,
  NOTE_COUNT_KEY,
  NOTE_PREFIX,
  READ_KEY,
  SEQ_KEY,
  SHOPPER_KEY,
  SITE_KEY,
  dedupeKey,
  messageKey,
  noteDedupeKey,
  noteKey,
} from './storage-keys.js';
import { WEBHOOK_SECRET_VAR, callWebhook } from './webhook.js';

type Connection = Party.Connection<Identity>;
type SendCommand = Extract<ClientMessage, { type: 'message/send' }>;
type NoteCommand = Extract<ClientMessage, { type: 'note/add' }>;
/** A person the conversation can be assigned to. */
type Assignee = { readonly id: string; readonly name: string };

/** Where the conversation stands (stored under `CONVERSATION_KEY`, written with the first message). */
interface ConversationRecord {
  readonly phase: Phase;
  /** The person holding it, while `assigned`. */
  readonly agent: Assignee | null;
  /** The estimate the shopper was last told about while queued, to notice material changes. */
  readonly lastEstimate: WaitEstimate | null;
  /** The person's first answer since it was queued has been reported to the inbox. */
  readonly answered: boolean;
  readonly bot: BotMemory;
  /** The shopper's messages so far, labelled (`mergeTriage`). */
  readonly triage: Triage;
  readonly summary: HandoffSummary | null;
  readonly firstMessage: string;
  /** The last order the bot looked up. */
  readonly orderNumber: string | null;
  /** From the shopper's connection: their language (BCP 47) and IANA time zone. */
  readonly language: string;
  readonly timeZone: string | null;
}

/** The shopper's language and time zone, as the widget gave them when connecting (`?lang=&tz=`). */
function shopperContext(connection: Connection): { language: string; timeZone: string | null } {
  const params = new URL(connection.uri).searchParams;
  const language = params.get('lang') ?? '';
  let timeZone = params.get('tz');
  try {
    if (timeZone) timeZone = new Intl.DateTimeFormat('en', { timeZone }).resolvedOptions().timeZone;
  } catch {
    timeZone = null; // not a time zone this runtime knows
  }
  return { language: isLanguageTag(language) ? language : 'und', timeZone: timeZone || null };
}

// Built once per site configuration (the configuration object lives as long as the isolate).
const knowledgeIndexes = new WeakMap<SiteConfig, KnowledgeIndex>();
function knowledgeIndexOf(site: SiteConfig): KnowledgeIndex {
  let index = knowledgeIndexes.get(site);
  if (!index) knowledgeIndexes.set(site, (index = buildKnowledgeIndex(site.knowledgeBase)));
  return index;
}

/** A site with nothing for the bot to answer from hands every conversation straight to the team. */
const hasBot = (site: SiteConfig) => site.knowledgeBase.length > 0 || site.orderLookupUrl !== undefined;

/**
 * One room per conversation. Storage is the source of truth and the room may hibernate between any two
 * frames, so nothing lives in fields. Storage calls are awaited in turn: Durable Object input gates keep
 * another frame from interleaving between a read and the write that follows it (not across a `fetch`, so
 * the record is read again after each one).
 */
export default class ConversationParty implements Party.Server {
  readonly options: Party.ServerOptions = { hibernate: true };

  constructor(readonly room: Party.Room) {}

  /** The public HTTP API (conversations, availability, agent sessions); everything else is PartyKit's routing. */
  static async onFetch(request: Party.Request, lobby: Party.FetchLobby) {
    return (
      (await handleStartConversation(request, lobby)) ??
      (await handleIdentify(request, lobby)) ??
      (await handleSiteAvailability(request, lobby)) ??
      (await handleAgentSession(request, lobby)) ??
      new Response('Not found', { status: 404 })
    );
  }

  /** No HTTP from outside; the inbox calls `onRequest` through `context.parties`, which skips this. */
  static onBeforeRequest() {
    return Response.json({ code: 'not-found' }, { status: 404 });
  }

  /** Runs before the room wakes: 426 for another protocol version, 401 without the conversation's secret. */
  static async onBeforeConnect(request: Party.Request, lobby: Party.Lobby) {
    return verifyConnectRequest(request, lobby);
  }

  getConnectionTags(connection: Connection, context: Party.ConnectionContext) {
    const identity = readIdentity(context.request);
    connection.setState(identity);
    return [identity.role];
  }

  /**
   * A (re)connecting client says with `?after=` the last sequence number it has; it gets what follows, then
   * where the conversation stands and how far each side has read (once it has begun), an agent the notes,
   * and the wait.
   */
  async onConnect(connection: Connection, context: Party.ConnectionContext) {
    // An agent joins a conversation a shopper of the agent's own site has started; the site is stored with
    // the first message, so before it there is nothing for an agent to join.
    const site = await this.room.storage.get<string>(SITE_KEY);
    const allowed = site === undefined ? connection.state?.role === 'visitor' : site === connection.state?.siteKey;
    if (!allowed) return connection.close(4003, 'another site');
    const after = Number(new URL(context.request.url).searchParams.get('after'));
    await this.sendHistory(connection, Number.isSafeInteger(after) && after > 0 ? after : 0);
    const record = await this.record();
    if (record) {
      this.send(connection, this.stateFor(connection, record));
      this.send(connection, { type: 'read/updated', ...(await this.readMarks()) });
    }
    if (connection.state?.role === 'agent') {
      const notes = await this.room.storage.list<Note>({ prefix: NOTE_PREFIX });
      this.sendAgent(connection, { type: 'notes/synced', notes: [...notes.values()] });
    }
    if (connection.state) await this.sendWait(connection, connection.state.siteKey);
  }

  async onMessage(raw: string | ArrayBuffer | ArrayBufferView, sender: Connection) {
    const parsed = parseClientMessage(raw);
    if (!parsed.ok) {
      const { code, ref } = parsed;
      return this.send(sender, ref === undefined ? { type: 'error', code } : { type: 'error', code, ref });
    }
    const message = parsed.value;
    const identity = sender.state;
    if (!identity) return; // cannot happen: getConnectionTags sets it before any frame arrives
    switch (message.type) {
      case 'message/send':
        return this.handleSend(message, sender, identity);
      case 'history/fetch':
        return this.sendHistory(sender, message.after);
      case 'wait/refresh':
        return this.refreshWait();
      case 'contact/leave':
        return this.handleContact(message.email, sender);
      case 'handoff/request':
        if (identity.role !== 'visitor') return this.send(sender, { type: 'error', code: 'forbidden' });
        return this.handleHandoffRequest(identity.siteKey);
      case 'conversation/claim':
      case 'conversation/release':
      case 'conversation/resolve':
      case 'conversation/reopen':
      case 'conversation/transfer': {
        if (identity.role !== 'agent') return this.send(sender, { type: 'error', code: 'forbidden' });
        const record = await this.record();
        if (!record) return this.send(sender, { type: 'error', code: 'wrong-phase' });
        if (message.type === 'conversation/claim') return void (await this.claim(record, identity, sender));
        if (message.type === 'conversation/release') return this.release(record, identity, sender);
        if (message.type === 'conversation/resolve') return this.resolve(record, identity, sender);
        if (message.type === 'conversation/reopen') return this.reopen(record, identity, sender);
        return this.transfer(record, identity, message.agentId, sender);
      }
      case 'typing/set': {
        const name = identity.role === 'agent' ? identity.name : null;
        return this.broadcast({ type: 'typing/updated', role: identity.role, name, typing: message.typing }, [sender.id]);
      }
      case 'read/mark':
        return this.handleRead(message.seq, identity.role);
      case 'note/add':
        if (identity.role !== 'agent') return this.send(sender, { type: 'error', code: 'forbidden', ref: message.id });
        return this.handleNote(message, sender, identity);
      default:
        return assertNever(message);
    }
  }

  /**
   * From our own server only: the inbox (the wait of this conversation changed), or the identify handler
   * (the verified shopper this conversation belongs to).
   */
  async onRequest(request: Party.Request) {
    const data: unknown = await request.json().catch(() => null);
    const shopper = (data as { type?: unknown } | null)?.type === 'shopper/identified' ? parseVerifiedShopper((data as { shopper?: unknown }).shopper) : null;
    if (shopper) {
      await this.setShopper(shopper);
      return Response.json({ ok: true });
    }
    const snapshot = parseWaitSnapshot(data);
    if (!snapshot) return Response.json({ code: 'invalid-message' }, { status: 400 });
    await this.applyWait(snapshot);
    return Response.json({ ok: true });
  }

  /** Kept with the conversation, and put in the handoff summary (now, if it has one), for agents only. */
  private async setShopper(shopper: VerifiedShopper) {
    await this.room.storage.put(SHOPPER_KEY, shopper);
    const record = await this.record();
    if (record?.summary) await this.setRecord(record, { ...record, summary: { ...record.summary, shopper } });
  }

  // workerd does not answer a client's close frame by itself; without this, clients wait ~20 s to close.
  onClose(connection: Connection) {
    connection.close();
  }

  private async handleSend(command: SendCommand, sender: Connection, identity: Identity) {
    const write = await this.idempotentWrite<TextMessage>(dedupeKey(command.id), SEQ_KEY, messageKey);
    if (write.repeated) {
      // A resend after a reconnect: store nothing, answer with the original acknowledgement.
      if (write.original) this.send(sender, { type: 'message/acked', message: write.original });
      return;
    }
    // A person writes only into a conversation that is theirs or nobody's (the claim race, by message).
    const before = identity.role === 'agent' ? await this.record() : undefined;
    if (identity.role === 'agent' && before?.phase === 'assigned' && before.agent?.id !== identity.agentId) {
      return this.send(sender, { type: 'error', code: 'already-assigned', ref: command.id });
    }

    const seq = write.last + 1;
    const result = acceptMessage(command, identity.role, seq, Date.now());
    if (!result.ok) return this.send(sender, { type: 'error', code: result.code, ref: command.id });
    const message: TextMessage = identity.role === 'agent' ? { ...result.message, name: identity.name } : result.message;

    const entries: Record<string, unknown> = {
      [messageKey(seq)]: message,
      [dedupeKey(command.id)]: seq,
      [SEQ_KEY]: seq,
    };
    if (seq === 1) entries[SITE_KEY] = identity.siteKey;
    try {
      await this.room.storage.put(entries);
    } catch (error) {
      console.error('[conversation] storage write failed', error);
      return this.send(sender, { type: 'error', code: 'server-error', ref: command.id });
    }
    // Only now, with the write durable, is the message acknowledged.
    this.send(sender, { type: 'message/acked', message });
    this.room.broadcast(encode({ type: 'message/added', message }), [sender.id]);

    // What happens next, in the same turn: the bot or the queue for a shopper's message; for a person's,
    // the conversation becomes theirs and their first answer is measured.
    if (identity.role === 'visitor') return this.afterShopperMessage(message, sender, identity.siteKey);
    if (before && (await this.claim(before, identity, sender))) await this.markAnswered(message, identity.siteKey);
  }

  private async afterShopperMessage(message: TextMessage, sender: Connection, siteKey: string) {
    const site = siteConfig(this.room.env, siteKey);
    const { language, timeZone } = shopperContext(sender);
    const labels = triage(message.body, language);
    const stored = await this.record();
    let record: ConversationRecord = stored
      ? { ...stored, triage: mergeTriage(stored.triage, labels), language, timeZone }
      : {
          phase: 'bot',
          agent: null,
          lastEstimate: null,
          answered: false,
          bot: NEW_BOT_MEMORY,
          triage: labels,
          summary: null,
          firstMessage: message.body,
          orderNumber: null,
          language,
          timeZone,
        };
    // A new message reopens a resolved conversation, starting again with the bot.
    if (record.phase === 'resolved') record = { ...record, phase: 'bot', bot: NEW_BOT_MEMORY, summary: null, firstMessage: message.body };
    await this.setRecord(stored, record);

    if (record.phase === 'queued') {
      // Still waiting: a more urgent message moves it up the queue.
      if (stored && stored.triage.priority !== record.triage.priority) await this.queue(record, siteKey, message.sentAt);
      return;
    }
    if (record.phase === 'assigned') return; // a person has it: the bot is silent
    if (!hasBot(site)) return this.handOff('no-bot', siteKey, message.sentAt);

    const decision = decideBotTurn({
      text: message.body,
      triage: labels,
      match: matchKnowledge(knowledgeIndexOf(site), message.body, language),
      knowledgeBase: site.knowledgeBase,
      language,
      siteLanguages: site.languages,
      canLookUpOrders: site.orderLookupUrl !== undefined,
      memory: record.bot,
    });
    await this.setRecord(record, { ...record, bot: decision.memory });
    switch (decision.action) {
      case 'reply':
        return this.appendEntry({ role: 'bot', reply: decision.reply });
      case 'hand-off':
        return this.handOff(decision.reason, siteKey, message.sentAt);
      case 'look-up-order':
        return this.lookUpOrder(site, decision.orderNumber, decision.email, message.sentAt);
      default:
        return assertNever(decision);
    }
  }

  private async lookUpOrder(site: SiteConfig, orderNumber: string, email: string, askedAt: number) {
    const result = await lookUpOrder(site.orderLookupUrl ?? '', orderNumber, email);
    // While the merchant's system answered, a person may have taken over: then the bot stays silent.
    const record = await this.record();
    if (record?.phase !== 'bot') return;
    const tried = { ...record.bot, tried: [...record.bot.tried, 'order-lookup'] };
    switch (result.kind) {
      case 'found':
        await this.setRecord(record, { ...record, orderNumber, bot: tried });
        return this.appendEntry({ role: 'bot', reply: { kind: 'order', order: result.order } });
      case 'not-found': {
        const bot = afterOrderNotFound(record.bot);
        await this.setRecord(record, { ...record, orderNumber, bot });
        await this.appendEntry({ role: 'bot', reply: { kind: 'order-not-found', orderNumber } });
        if (bot.failures >= MAX_BOT_FAILURES) await this.handOff('bot-failed', site.siteKey, askedAt);
        return;
      }
      case 'failed':
        await this.setRecord(record, { ...record, orderNumber, bot: tried });
        return this.handOff('order-lookup-failed', site.siteKey, askedAt);
      default:
        return assertNever(result);
    }
  }

  /** The shopper's "Talk to a person". */
  private async handleHandoffRequest(siteKey: string) {
    const record = await this.record();
    if (record && (record.phase === 'bot' || record.phase === 'resolved')) await this.handOff('asked', siteKey, Date.now());
  }

  /** Into the queue, with the summary for whoever picks it up; the shopper is told how long. */
  private async handOff(reason: HandoffReason, siteKey: string, at: number) {
    const record = await this.record();
    if (!record) return;
    const { triage: labels, bot: memory, language, timeZone, orderNumber, firstMessage } = record;
    const shopper = await this.room.storage.get<VerifiedShopper>(SHOPPER_KEY);
    const summarized = summarize({ reason, triage: labels, memory, language, timeZone, orderNumber, firstMessage, at });
    const summary = shopper ? { ...summarized, shopper } : summarized;
    const queued: ConversationRecord = { ...record, phase: 'queued', summary, lastEstimate: null, answered: false };
    await this.setRecord(record, queued);
    if (reason !== 'no-bot') await this.appendEntry({ role: 'bot', reply: { kind: 'handoff', reason } });
    await this.queue(queued, siteKey, at);
  }

  private async queue(record: ConversationRecord, siteKey: string, waitingSince: number) {
    const snapshot = await this.askInbox(siteKey, {
      type: 'conversation/waiting',
      conversationId: this.room.id,
      priority: this.priorityOf(record),
      waitingSince,
      language: record.language,
      summary: record.summary,
    });
    if (snapshot) await this.applyWait(snapshot);
  }

  /** Race-safe: the record is read and written with no `fetch` between, so one claim wins. */
  private async claim(record: ConversationRecord, agent: AgentIdentity, sender: Connection): Promise<boolean> {
    if (record.phase === 'assigned') {
      if (record.agent?.id === agent.agentId) return true;
      this.send(sender, { type: 'error', code: 'already-assigned' });
      return false;
    }
    await this.assign(record, { id: agent.agentId, name: agent.name }, agent.siteKey);
    return true;
  }

  /** A resolved conversation is open again, held by the agent who reopened it (off the inbox's resolved list). */
  private async reopen(record: ConversationRecord, agent: AgentIdentity, sender: Connection) {
    if (record.phase !== 'resolved') return this.send(sender, { type: 'error', code: 'wrong-phase' });
    await this.assign(record, { id: agent.agentId, name: agent.name }, agent.siteKey);
  }

  /** To another signed-in agent: by the person holding it, or by anyone while it waits in the queue. */
  private async transfer(record: ConversationRecord, agent: AgentIdentity, targetId: string, sender: Connection) {
    const refusal = transferRefusal({ phase: record.phase, holderId: record.agent?.id ?? null }, agent.agentId, targetId);
    if (refusal) return this.send(sender, { type: 'error', code: refusal });
    const signedIn = await this.askInbox(agent.siteKey, { type: 'agents/fetch' }, parseAgentPresenceList);
    if (!signedIn) return this.send(sender, { type: 'error', code: 'server-error' });
    const target = signedIn.find((presence) => presence.agentId === targetId);
    if (!target) return this.send(sender, { type: 'error', code: 'agent-unavailable' });
    // While the inbox answered, someone may have claimed, resolved or transferred it.
    const current = await this.record();
    if (!current || current.phase !== record.phase || current.agent?.id !== record.agent?.id) {
      return this.send(sender, { type: 'error', code: current?.phase === 'assigned' ? 'already-assigned' : 'wrong-phase' });
    }
    await this.assign(current, { id: target.agentId, name: target.name }, agent.siteKey);
  }

  /** `assignee` holds the conversation now: everyone is told, the shopper by a notice; the inbox counts it on their load. */
  private async assign(record: ConversationRecord, assignee: Assignee, siteKey: string) {
    await this.setRecord(record, { ...record, phase: 'assigned', agent: assignee, lastEstimate: null });
    await this.appendEntry({ role: 'system', notice: { kind: 'agent-joined', name: assignee.name } });
    const snapshot = await this.askInbox(siteKey, {
      type: 'conversation/assigned',
      conversationId: this.room.id,
      agentId: assignee.id,
      agentName: assignee.name,
      priority: this.priorityOf(record),
      language: record.language,
      summary: record.summary,
    });
    if (snapshot) this.broadcast({ type: 'wait/updated', estimate: null, availability: snapshot.availability });
  }

  private priorityOf(record: ConversationRecord) {
    return record.summary?.priority ?? record.triage.priority;
  }

  /** The person's first answer since the conversation was queued: a first-response time for the estimate. */
  private async markAnswered(answer: TextMessage, siteKey: string) {
    const record = await this.record();
    if (!record || record.answered) return;
    await this.setRecord(record, { ...record, answered: true });
    await this.askInbox(siteKey, { type: 'conversation/answered', conversationId: this.room.id, at: answer.sentAt });
  }

  /** Hand back to the bot: only by the person holding the conversation. */
  private async release(record: ConversationRecord, agent: AgentIdentity, sender: Connection) {
    if (record.phase !== 'assigned') return this.send(sender, { type: 'error', code: 'wrong-phase' });
    if (record.agent?.id !== agent.agentId) return this.send(sender, { type: 'error', code: 'forbidden' });
    await this.setRecord(record, { ...record, phase: 'bot', agent: null, bot: NEW_BOT_MEMORY, summary: null });
    await this.appendEntry({ role: 'system', notice: { kind: 'back-to-bot' } });
    await this.askInbox(agent.siteKey, { type: 'conversation/released', conversationId: this.room.id });
  }

  /** Any agent of the site may resolve (a lead closing a colleague's conversation); the shopper can reopen. */
  private async resolve(record: ConversationRecord, agent: AgentIdentity, sender: Connection) {
    if (record.phase === 'resolved') return this.send(sender, { type: 'error', code: 'wrong-phase' });
    await this.setRecord(record, { ...record, phase: 'resolved', agent: null, lastEstimate: null });
    await this.appendEntry({ role: 'system', notice: { kind: 'resolved' } });
    const snapshot = await this.askInbox(agent.siteKey, {
      type: 'conversation/resolved',
      conversationId: this.room.id,
      category: record.summary?.category ?? record.triage.category,
      resolvedBy: agent.name,
      priority: this.priorityOf(record),
      language: record.language,
      summary: record.summary,
    });
    if (snapshot) this.broadcast({ type: 'wait/updated', estimate: null, availability: snapshot.availability });
  }

  /** How far `role` has read: clamped to the conversation, only forward; everyone hears when it moved. */
  private async handleRead(seq: number, role: Identity['role']) {
    const [marks, lastSeq] = await Promise.all([this.readMarks(), this.room.storage.get<number>(SEQ_KEY)]);
    const next = markRead(marks, role, seq, lastSeq ?? 0);
    if (next === marks) return;
    await this.room.storage.put(READ_KEY, next);
    this.broadcast({ type: 'read/updated', ...next });
  }

  private async readMarks(): Promise<ReadMarks> {
    return (await this.room.storage.get<ReadMarks>(READ_KEY)) ?? NOTHING_READ;
  }

  /** An internal note: stored apart from the messages, and sent to agents' connections only. */
  private async handleNote(command: NoteCommand, sender: Connection, agent: AgentIdentity) {
    const write = await this.idempotentWrite<Note>(noteDedupeKey(command.id), NOTE_COUNT_KEY, noteKey);
    if (write.repeated) {
      // A resend: store nothing, answer the writer with the original.
      if (write.original) this.sendAgent(sender, { type: 'note/added', note: write.original });
      return;
    }
    const refuse = (code: ErrorCode) => this.send(sender, { type: 'error', code, ref: command.id });
    const result = acceptNote(command, { id: agent.agentId, name: agent.name }, Date.now());
    if (!result.ok) return refuse(result.code);
    const index = write.last + 1;
    if (index > MAX_NOTES_PER_CONVERSATION) return refuse('too-many-notes');
    try {
      await this.room.storage.put({ [noteKey(index)]: result.note, [noteDedupeKey(command.id)]: index, [NOTE_COUNT_KEY]: index });
    } catch (error) {
      console.error('[conversation] storage write failed', error);
      return refuse('server-error');
    }
    for (const connection of this.room.getConnections<Identity>('agent')) this.sendAgent(connection, { type: 'note/added', note: result.note });
  }

  private async refreshWait() {
    const site = await this.room.storage.get<string>(SITE_KEY);
    if (site === undefined) return;
    const snapshot = await this.askInbox(site, { type: 'conversation/refresh', conversationId: this.room.id });
    if (snapshot) await this.applyWait(snapshot);
  }

  /** Tells everyone the wait; writes a notice into the conversation when it changed materially. */
  private async applyWait(snapshot: WaitSnapshot) {
    const record = await this.record();
    const estimate = record?.phase === 'queued' ? snapshot.estimate : null;
    if (record && estimate && isMaterialChange(record.lastEstimate, estimate)) {
      await this.setRecord(record, { ...record, lastEstimate: estimate });
      await this.appendEntry({ role: 'system', notice: { kind: 'auto-ack', estimate } });
    }
    this.broadcast({ type: 'wait/updated', estimate, availability: snapshot.availability });
  }

  /** To one connection as it connects: the wait as it stands, and the team's availability. */
  private async sendWait(connection: Connection, siteKey: string) {
    const record = await this.record();
    const snapshot = await this.askInbox(siteKey, { type: 'conversation/refresh', conversationId: this.room.id });
    if (!snapshot) return;
    this.send(connection, {
      type: 'wait/updated',
      estimate: record?.phase === 'queued' ? snapshot.estimate : null,
      availability: snapshot.availability,
    });
  }

  private async handleContact(input: string, sender: Connection) {
    const identity = sender.state;
    const email = normalizeEmail(input);
    if (!email || identity?.role !== 'visitor') return this.send(sender, { type: 'error', code: 'invalid-email' });
    await this.room.storage.put(CONTACT_KEY, { email, at: Date.now() });
    await this.appendEntry({ role: 'system', notice: { kind: 'contact-saved' } });
    await this.askInbox(identity.siteKey, { type: 'conversation/contact-left', conversationId: this.room.id });

    const site = loadSites(this.room.env).get(identity.siteKey);
    const secret = this.room.env[WEBHOOK_SECRET_VAR];
    if (!site?.webhookUrl) return;
    if (typeof secret !== 'string' || secret.length < 16) return console.error(`[conversation] ${WEBHOOK_SECRET_VAR} is not set`);
    await callWebhook(site.webhookUrl, secret, {
      type: 'conversation.contact_left',
      siteKey: identity.siteKey,
      conversationId: this.room.id,
      email,
      at: Date.now(),
    });
  }

  private record() {
    return this.room.storage.get<ConversationRecord>(CONVERSATION_KEY);
  }

  /**
   * Before writing an entry with a client-made id: the entry a repeated id stored (`repeated`), else the last
   * index handed out in its sequence (a message's `seq`, a note's index).
   */
  private async idempotentWrite<T>(
    dedupe: string,
    lastKey: string,
    keyOf: (index: number) => string,
  ): Promise<{ readonly repeated: true; readonly original: T | undefined } | { readonly repeated: false; readonly last: number }> {
    const known = await this.room.storage.get<number>([dedupe, lastKey]);
    const index = known.get(dedupe);
    if (index !== undefined) return { repeated: true, original: await this.room.storage.get<T>(keyOf(index)) };
    return { repeated: false, last: known.get(lastKey) ?? 0 };
  }

  /** Writes the record over `before` (as read); everyone connected is told when the phase or the person changed. */
  private async setRecord(before: ConversationRecord | undefined, next: ConversationRecord) {
    await this.room.storage.put(CONVERSATION_KEY, next);
    const changed = before?.phase !== next.phase || before.agent?.id !== next.agent?.id || before.summary !== next.summary;
    if (!changed) return;
    for (const connection of this.room.getConnections<Identity>()) this.send(connection, this.stateFor(connection, next));
  }

  /** The summary and the holder's id are for agents only: a shopper's connection never receives them. */
  private stateFor(connection: Connection, record: ConversationRecord): ServerMessage {
    const state = { type: 'conversation/updated', phase: record.phase, agentName: record.agent?.name ?? null } as const;
    return connection.state?.role === 'agent' ? { ...state, agentId: record.agent?.id ?? null, summary: record.summary } : state;
  }

  /** Writes an entry of the room's own (the bot's, or a notice) into the conversation, in sequence like any message. */
  private async appendEntry(entry: { role: 'bot'; reply: BotReply } | { role: 'system'; notice: Notice }) {
    const seq = ((await this.room.storage.get<number>(SEQ_KEY)) ?? 0) + 1;
    const fields = { id: `${entry.role}-${String(seq).padStart(8, '0')}`, seq, sentAt: Date.now() };
    const message: BotMessage | NoticeMessage = entry.role === 'bot' ? { ...fields, ...entry } : { ...fields, ...entry };
    await this.room.storage.put({ [messageKey(seq)]: message, [SEQ_KEY]: seq });
    this.broadcast({ type: 'message/added', message });
  }

  /**
   * Asks the site's inbox; its answer is a `WaitSnapshot` unless `parse` says otherwise. Null (logged) when
   * it cannot answer: the conversation goes on without an estimate.
   */
  private askInbox(siteKey: string, request: InboxRequest): Promise<WaitSnapshot | null>;
  private askInbox<T>(siteKey: string, request: InboxRequest, parse: (data: unknown) => T | null): Promise<T | null>;
  private async askInbox(siteKey: string, request: InboxRequest, parse: (data: unknown) => unknown = parseWaitSnapshot) {
    try {
      const response = await this.room.context.parties.inbox!.get(siteKey).fetch({ method: 'POST', body: JSON.stringify(request) });
      const answer = parse(await response.json());
      if (answer === null) console.error('[conversation] the inbox answered', response.status);
      return answer;
    } catch (error) {
      console.error('[conversation] the inbox could not be reached', error);
      return null;
    }
  }

  private async sendHistory(connection: Connection, after: number) {
    const page = await this.room.storage.list<ChatMessage>({
      prefix: MESSAGE_PREFIX,
      start: messageKey(after + 1),
      limit: HISTORY_PAGE_SIZE + 1,
    });
    const messages = [...page.values()];
    const hasMore = messages.length > HISTORY_PAGE_SIZE;
    this.send(connection, { type: 'history/synced', after, messages: messages.slice(0, HISTORY_PAGE_SIZE), hasMore });
  }

  private send(connection: Party.Connection, message: ServerMessage) {
    connection.send(encode(message));
  }

  /** Notes travel through this one only: it is called for agents' connections alone. */
  private sendAgent(connection: Connection, message: AgentServerMessage) {
    connection.send(JSON.stringify(message));
  }

  /** To everyone in the room but `except` (connection ids). */
  private broadcast(message: ServerMessage, except?: string[]) {
    this.room.broadcast(encode(message), except);
  }
}

ConversationParty satisfies Party.Worker;
