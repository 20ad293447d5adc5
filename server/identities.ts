import type * as Party from 'partykit/server';
import { isRecord, isText } from '../src/protocol/guards.js';
import { MAX_SHOPPER_ID_LENGTH } from '../src/protocol/identity.js';
import { isMessageId } from '../src/protocol/messages.js';
import { ownerKey, shopperKey } from './storage-keys.js';

/** What the server asks: the conversation of verified shopper `shopperId`, offering the one the widget has. */
export interface ClaimRequest {
  readonly shopperId: string;
  /** The conversation the widget holds (verified by its secret) or one just started; null: none. */
  readonly conversationId: string | null;
}

/** The shopper's conversation, or null: they have none, and the one offered (if any) is someone else's. */
export interface ClaimAnswer {
  readonly conversationId: string | null;
}

function parseClaim(data: unknown): ClaimRequest | null {
  if (!isRecord(data) || !isText(data.shopperId, MAX_SHOPPER_ID_LENGTH) || data.shopperId === '') return null;
  const { conversationId } = data;
  return conversationId === null || isMessageId(conversationId) ? { shopperId: data.shopperId, conversationId } : null;
}

/**
 * One room per site (room id = site key): which conversation is each verified shopper's, and whose each
 * claimed conversation is. One conversation per shopper per site, resolved or not (a new message reopens
 * it). Each claim is read and written with no `fetch` between, so Durable Object input gates make it
 * atomic: two devices claiming at once get the same conversation.
 */
export default class IdentitiesParty implements Party.Server {
  constructor(readonly room: Party.Room) {}

  /** The server's HTTP handlers call `onRequest` through `lobby.parties`, which skips this. */
  static onBeforeRequest() {
    return Response.json({ code: 'not-found' }, { status: 404 });
  }

  static onBeforeConnect() {
    return Response.json({ code: 'not-found' }, { status: 404 });
  }

  async onRequest(request: Party.Request) {
    const claim = parseClaim(await request.json().catch(() => null));
    if (!claim) return Response.json({ code: 'invalid-message' }, { status: 400 });
    const answer: ClaimAnswer = { conversationId: await this.claim(claim) };
    return Response.json(answer);
  }

  /**
   * The shopper's conversation if they have one (another device's: the widget switches to it). Otherwise the
   * offered one becomes theirs, unless another shopper's it is already (a shared computer: the next
   * shopper must not read it).
   */
  private async claim({ shopperId, conversationId }: ClaimRequest): Promise<string | null> {
    const storage = this.room.storage;
    const existing = await storage.get<string>(shopperKey(shopperId));
    if (existing !== undefined || conversationId === null) return existing ?? null;
    const owner = await storage.get<string>(ownerKey(conversationId));
    if (owner !== undefined && owner !== shopperId) return null;
    await storage.put({ [shopperKey(shopperId)]: conversationId, [ownerKey(conversationId)]: shopperId });
    return conversationId;
  }
}

IdentitiesParty satisfies Party.Worker;
