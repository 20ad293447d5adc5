import type * as Party from 'partykit/server';
import { acceptMessage } from '../src/logic/accept-message.js';
import { assertNever } from '../src/logic/assert-never.js';
import { HISTORY_PAGE_SIZE } from '../src/protocol/limits.js';
import {
  encode,
  parseClientMessage,
  type ChatMessage,
  type ClientMessage,
  type ServerMessage,
} from '../src/protocol/messages.js';
import { readIdentity, verifyConnectRequest, type Identity } from './auth.js';
import { handleStartConversation } from './start-conversation.js';
import { MESSAGE_PREFIX, SEQ_KEY, SITE_KEY, dedupeKey, messageKey } from './storage-keys.js';

type Connection = Party.Connection<Identity>;
type SendCommand = Extract<ClientMessage, { type: 'message/send' }>;

/**
 * One room per conversation. Storage is the source of truth and the room may hibernate between any two
 * frames, so nothing lives in fields. Every storage call is awaited in turn: Durable Object input
 * gates keep another frame from interleaving between reading the sequence and writing the message.
 */
export default class ConversationParty implements Party.Server {
  readonly options: Party.ServerOptions = { hibernate: true };

  constructor(readonly room: Party.Room) {}

  /** Mints conversations (`POST /api/conversations`); everything else is PartyKit's routing. */
  static async onFetch(request: Party.Request, lobby: Party.FetchLobby) {
    return (await handleStartConversation(request, lobby)) ?? new Response('Not found', { status: 404 });
  }

  /** Rooms have no HTTP API (yet): answer at the edge without waking one. */
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
    const after = Number(new URL(context.request.url).searchParams.get('after'));
    await this.sendHistory(connection, Number.isSafeInteger(after) && after > 0 ? after : 0);
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
      default:
        return assertNever(message);
    }
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
      const original = await this.room.storage.get<ChatMessage>(messageKey(originalSeq));
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
}

ConversationParty satisfies Party.Worker;
