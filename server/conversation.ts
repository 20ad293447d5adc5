import type * as Party from 'partykit/server';
import { acceptMessage } from '../src/logic/accept-message.js';
import { assertNever } from '../src/logic/assert-never.js';
import { normalizeEmail } from '../src/logic/contact.js';
import { isMaterialChange } from '../src/logic/current-wait.js';
import { parseWaitSnapshot, type InboxRequest, type WaitSnapshot } from '../src/protocol/inbox.js';
import { HISTORY_PAGE_SIZE } from '../src/protocol/limits.js';
import {
  encode,
  parseClientMessage,
  type ChatMessage,
  type ClientMessage,
  type Notice,
  type ServerMessage,
  type TextMessage,
} from '../src/protocol/messages.js';
import type { WaitEstimate } from '../src/protocol/wait.js';
import { readIdentity, verifyConnectRequest, type Identity } from './auth.js';
import { loadSites } from './sites.js';
import { handleStartConversation } from './start-conversation.js';
import {
  CONTACT_KEY,
  MESSAGE_PREFIX,
  SEQ_KEY,
  SITE_KEY,
  WAIT_KEY,
  dedupeKey,
  messageKey,
} from './storage-keys.js';
import { WEBHOOK_SECRET_VAR, callWebhook } from './webhook.js';

type Connection = Party.Connection<Identity>;
type SendCommand = Extract<ClientMessage, { type: 'message/send' }>;

/** Where the conversation stands with the team. */
interface WaitRecord {
  readonly status: 'waiting' | 'answered';
  /** The estimate the shopper was last told about, to notice material changes. */
  readonly lastEstimate: WaitEstimate | null;
}

/**
 * One room per conversation. Storage is the source of truth and the room may hibernate between any two
 * frames, so nothing lives in fields. Every storage call is awaited in turn: Durable Object input gates
 * keep another frame from interleaving between reading the sequence and writing the message.
 */
export default class ConversationParty implements Party.Server {
  readonly options: Party.ServerOptions = { hibernate: true };

  constructor(readonly room: Party.Room) {}

  /** Mints conversations (`POST /api/conversations`); everything else is PartyKit's routing. */
  static async onFetch(request: Party.Request, lobby: Party.FetchLobby) {
    return (await handleStartConversation(request, lobby)) ?? new Response('Not found', { status: 404 });
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

  /** A (re)connecting client says with `?after=` the last sequence number it has; it gets what follows. */
  async onConnect(connection: Connection, context: Party.ConnectionContext) {
    // An agent joins a conversation a shopper of the agent's own site has started; the site is stored with
    // the first message, so before it there is nothing for an agent to join.
    const site = await this.room.storage.get<string>(SITE_KEY);
    const allowed = site === undefined ? connection.state?.role === 'visitor' : site === connection.state?.siteKey;
    if (!allowed) return connection.close(4003, 'another site');
    const after = Number(new URL(context.request.url).searchParams.get('after'));
    await this.sendHistory(connection, Number.isSafeInteger(after) && after > 0 ? after : 0);
    if (connection.state) await this.sendWait(connection, connection.state.siteKey);
  }

  async onMessage(raw: string | ArrayBuffer | ArrayBufferView, sender: Connection) {
    const parsed = parseClientMessage(raw);
    if (!parsed.ok) {
      const { code, ref } = parsed;
      return this.send(sender, ref === undefined ? { type: 'error', code } : { type: 'error', code, ref });
    }
    const message = parsed.value;
    switch (message.type) {
      case 'message/send':
        return this.handleSend(message, sender);
      case 'history/fetch':
        return this.sendHistory(sender, message.after);
      case 'wait/refresh':
        return this.refreshWait();
      case 'contact/leave':
        return this.handleContact(message.email, sender);
      default:
        return assertNever(message);
    }
  }

  /** From the inbox only: the wait of this conversation changed. */
  async onRequest(request: Party.Request) {
    const snapshot = parseWaitSnapshot(await request.json().catch(() => null));
    if (!snapshot) return Response.json({ code: 'invalid-message' }, { status: 400 });
    await this.applyWait(snapshot);
    return Response.json({ ok: true });
  }

  // workerd does not answer a client's close frame by itself; without this, clients wait ~20 s to close.
  onClose(connection: Connection) {
    connection.close();
  }

  private async handleSend(command: SendCommand, sender: Connection) {
    const identity = sender.state;
    if (!identity) return; // cannot happen: getConnectionTags sets it before any frame arrives
    const known = await this.room.storage.get<number>([dedupeKey(command.id), SEQ_KEY]);
    const originalSeq = known.get(dedupeKey(command.id));
    if (originalSeq !== undefined) {
      // A resend after a reconnect: store nothing, answer with the original acknowledgement.
      const original = await this.room.storage.get<TextMessage>(messageKey(originalSeq));
      if (original) this.send(sender, { type: 'message/acked', message: original });
      return;
    }

    const seq = (known.get(SEQ_KEY) ?? 0) + 1;
    const result = acceptMessage(command, identity.role, seq, Date.now());
    if (!result.ok) return this.send(sender, { type: 'error', code: result.code, ref: command.id });

    const entries: Record<string, unknown> = {
      [messageKey(seq)]: result.message,
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
    this.send(sender, { type: 'message/acked', message: result.message });
    this.room.broadcast(encode({ type: 'message/added', message: result.message }), [sender.id]);

    // What happens next, in the same turn: the shopper is queued and told the wait; a person's first
    // answer takes the conversation out of the queue.
    const wait = await this.room.storage.get<WaitRecord>(WAIT_KEY);
    if (identity.role === 'visitor' && !wait) await this.startWaiting(result.message, sender, identity.siteKey);
    if (identity.role === 'agent' && wait?.status === 'waiting') await this.markAnswered(result.message, identity.siteKey);
  }

  private async startWaiting(first: TextMessage, sender: Connection, siteKey: string) {
    const language = new URL(sender.uri).searchParams.get('lang') ?? '';
    const snapshot = await this.askInbox(siteKey, {
      type: 'conversation/waiting',
      conversationId: this.room.id,
      priority: 'medium', // triage (the bot issue) will set this from the message
      waitingSince: first.sentAt,
      language: /^[A-Za-z0-9-]{1,35}$/.test(language) ? language : 'und',
    });
    // Messages sent while the inbox was asked also found no record and asked too: the first answer writes
    // it; later ones must not reset `lastEstimate` (that would append another auto-ack).
    if (!(await this.room.storage.get<WaitRecord>(WAIT_KEY))) {
      await this.room.storage.put(WAIT_KEY, { status: 'waiting', lastEstimate: null } satisfies WaitRecord);
    }
    if (snapshot) await this.applyWait(snapshot);
  }

  private async markAnswered(answer: TextMessage, siteKey: string) {
    await this.room.storage.put(WAIT_KEY, { status: 'answered', lastEstimate: null } satisfies WaitRecord);
    const snapshot = await this.askInbox(siteKey, { type: 'conversation/answered', conversationId: this.room.id, at: answer.sentAt });
    if (snapshot) this.broadcast({ type: 'wait/updated', estimate: null, availability: snapshot.availability });
  }

  private async refreshWait() {
    const site = await this.room.storage.get<string>(SITE_KEY);
    if (site === undefined) return;
    const snapshot = await this.askInbox(site, { type: 'conversation/refresh', conversationId: this.room.id });
    if (snapshot) await this.applyWait(snapshot);
  }

  /** Tells everyone the wait; writes a notice into the conversation when it changed materially. */
  private async applyWait(snapshot: WaitSnapshot) {
    const wait = await this.room.storage.get<WaitRecord>(WAIT_KEY);
    const estimate = wait?.status === 'waiting' ? snapshot.estimate : null;
    if (wait?.status === 'waiting' && estimate && isMaterialChange(wait.lastEstimate, estimate)) {
      await this.room.storage.put(WAIT_KEY, { ...wait, lastEstimate: estimate } satisfies WaitRecord);
      await this.appendNotice({ kind: 'auto-ack', estimate });
    }
    this.broadcast({ type: 'wait/updated', estimate, availability: snapshot.availability });
  }

  /** To one connection as it connects: the wait as it stands, and the team's availability. */
  private async sendWait(connection: Connection, siteKey: string) {
    const wait = await this.room.storage.get<WaitRecord>(WAIT_KEY);
    const snapshot = await this.askInbox(siteKey, { type: 'conversation/refresh', conversationId: this.room.id });
    if (!snapshot) return;
    this.send(connection, {
      type: 'wait/updated',
      estimate: wait?.status === 'waiting' ? snapshot.estimate : null,
      availability: snapshot.availability,
    });
  }

  private async handleContact(input: string, sender: Connection) {
    const identity = sender.state;
    const email = normalizeEmail(input);
    if (!email || identity?.role !== 'visitor') return this.send(sender, { type: 'error', code: 'invalid-email' });
    await this.room.storage.put(CONTACT_KEY, { email, at: Date.now() });
    await this.appendNotice({ kind: 'contact-saved' });
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

  /** Writes an entry of the room's own into the conversation, in sequence like any message. */
  private async appendNotice(notice: Notice) {
    const seq = ((await this.room.storage.get<number>(SEQ_KEY)) ?? 0) + 1;
    const message: ChatMessage = { id: `system-${String(seq).padStart(8, '0')}`, seq, role: 'system', notice, sentAt: Date.now() };
    await this.room.storage.put({ [messageKey(seq)]: message, [SEQ_KEY]: seq });
    this.broadcast({ type: 'message/added', message });
  }

  /** The site's inbox; null (logged) when it cannot answer: the conversation goes on without an estimate. */
  private async askInbox(siteKey: string, request: InboxRequest): Promise<WaitSnapshot | null> {
    try {
      const response = await this.room.context.parties.inbox!.get(siteKey).fetch({ method: 'POST', body: JSON.stringify(request) });
      const snapshot = parseWaitSnapshot(await response.json());
      if (!snapshot) console.error('[conversation] the inbox answered', response.status);
      return snapshot;
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

  private broadcast(message: ServerMessage) {
    this.room.broadcast(encode(message));
  }
}

ConversationParty satisfies Party.Worker;
