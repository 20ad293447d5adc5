import type * as Party from 'partykit/server';
import { availabilityOf, joinContext, recordFirstResponse, waitOf, type InboxState, type WaitingEntry } from '../src/logic/current-wait.js';
import { assertNever } from '../src/logic/assert-never.js';
import { orderQueue, type AgentLoad, type ResponseSample } from '../src/logic/wait-estimate.js';
import type { HandoffSummary } from '../src/protocol/handoff.js';
import {
  parseAgentCommand,
  parseInboxRequest,
  type AgentEvent,
  type AgentStatus,
  type InboxRequest,
  type QueueItem,
  type WaitSnapshot,
} from '../src/protocol/inbox.js';
import type { Availability } from '../src/protocol/wait.js';
import { readIdentity, verifyInboxConnectRequest, type Identity } from './auth.js';
import { siteConfig } from './sites.js';
import { QUEUE_PREFIX, SAMPLES_KEY, queueKey } from './storage-keys.js';

/** An agent's socket: who, and whether they take conversations now. */
type AgentConnection = Party.Connection<{ readonly identity: Identity; readonly status: AgentStatus }>;

/** What the inbox stores per open conversation (queued, or held by a person). */
interface QueueRecord extends WaitingEntry {
  readonly language: string;
  readonly hasEmail: boolean;
  readonly summary: HandoffSummary | null;
  /** The agent holding it; null while it waits in the queue. */
  readonly assignee: string | null;
  /** Its first response since it was queued is recorded (a sample is taken once). */
  readonly answered: boolean;
  /** What was last pushed to the conversation's room, to push only changes. */
  readonly lastPushed: WaitSnapshot | null;
}

/** The inbox's state: `queue` holds the waiting records only, `held` the ones a person has. */
type InboxSnapshot = Omit<InboxState, 'queue'> & { readonly queue: readonly QueueRecord[]; readonly held: readonly QueueRecord[] };

/**
 * One room per site (room id = site key). Holds the open conversations (waiting for a person, or held by
 * one: small entries, never messages), agent presence (live from agents' sockets) with each agent's load,
 * and recent first-response times.
 * Conversation rooms tell it what changes; it tells every waiting room when its wait changes.
 */
export default class InboxParty implements Party.Server {
  readonly options: Party.ServerOptions = { hibernate: true };

  constructor(readonly room: Party.Room) {}

  /** No HTTP from outside; conversation rooms call `onRequest` through `context.parties`, which skips this. */
  static onBeforeRequest() {
    return Response.json({ code: 'not-found' }, { status: 404 });
  }

  /** Only agents of this site, with a valid, unexpired token. */
  static async onBeforeConnect(request: Party.Request, lobby: Party.Lobby) {
    return verifyInboxConnectRequest(request, lobby);
  }

  getConnectionTags(connection: AgentConnection, context: Party.ConnectionContext) {
    connection.setState({ identity: readIdentity(context.request), status: 'online' });
    return ['agent'];
  }

  async onConnect() {
    await this.afterChange();
  }

  async onMessage(raw: string | ArrayBuffer | ArrayBufferView, sender: AgentConnection) {
    const command = parseAgentCommand(raw);
    if (!command || !sender.state) return sender.send(JSON.stringify({ type: 'error', code: 'unknown-type' }));
    sender.setState({ ...sender.state, status: command.status });
    await this.afterChange();
  }

  async onClose(connection: AgentConnection) {
    connection.close();
    await this.afterChange();
  }

  /**
   * Conversation rooms: queue, answer, refresh, contact, answered with the conversation's wait. The public
   * availability endpoint (`server/site-availability.ts`): answered with the team's availability.
   */
  async onRequest(request: Party.Request) {
    const message = parseInboxRequest(await request.json().catch(() => null));
    if (!message) return Response.json({ code: 'invalid-message' }, { status: 400 });
    if (message.type === 'availability/fetch') {
      const availability: Availability = availabilityOf(await this.state());
      return Response.json(availability);
    }
    const snapshot = await this.handle(message);
    return Response.json(snapshot);
  }

  private async handle(message: Exclude<InboxRequest, { type: 'availability/fetch' }>): Promise<WaitSnapshot> {
    const key = queueKey(message.conversationId);
    switch (message.type) {
      case 'conversation/waiting': {
        const state = await this.state();
        const known = state.queue.find((e) => e.conversationId === message.conversationId);
        const { conversationId, priority, language, summary } = message;
        // A person claimed it while this call was on its way (the room's calls may cross): it stays theirs.
        if (state.held.some((e) => e.conversationId === conversationId)) return this.answerAndPush(conversationId);
        // Joining the queue takes a snapshot of it; a later update (a higher priority) keeps its place in time.
        const entry = { conversationId, priority, waitingSince: known?.waitingSince ?? message.waitingSince };
        const record: QueueRecord = known
          ? { ...known, priority, summary: summary ?? known.summary }
          : { ...entry, context: joinContext(entry, state), language, hasEmail: false, summary, assignee: null, answered: false, lastPushed: null };
        await this.room.storage.put(key, record);
        return this.answerAndPush(conversationId);
      }
      case 'conversation/assigned': {
        const known = await this.room.storage.get<QueueRecord>(key);
        const { conversationId, priority, language, agentId } = message;
        // Taken straight from the bot, it never queued: nothing to measure (`answered`).
        const record: QueueRecord = known
          ? { ...known, assignee: agentId, lastPushed: null }
          : { conversationId, priority, waitingSince: Date.now(), context: { ahead: 0, slots: 0, freeSlots: 0 }, language, hasEmail: false, summary: null, assignee: agentId, answered: true, lastPushed: null };
        await this.room.storage.put(key, record);
        return this.answerAndPush(conversationId);
      }
      case 'conversation/answered': {
        const [record, samples] = await Promise.all([
          this.room.storage.get<QueueRecord>(key),
          this.room.storage.get<ResponseSample[]>(SAMPLES_KEY),
        ]);
        if (record && !record.answered) {
          await this.room.storage.put(SAMPLES_KEY, recordFirstResponse(samples ?? [], record, message.at, this.site()));
          await this.room.storage.put(key, { ...record, answered: true });
        }
        return this.answerAndPush(message.conversationId);
      }
      case 'conversation/released':
      case 'conversation/resolved':
        await this.room.storage.delete(key);
        return this.answerAndPush(message.conversationId);
      case 'conversation/refresh':
        return this.snapshotFor(message.conversationId, await this.state());
      case 'conversation/contact-left': {
        const record = await this.room.storage.get<QueueRecord>(key);
        if (record) await this.room.storage.put(key, { ...record, hasEmail: true });
        const state = await this.state();
        this.broadcastQueue(state);
        return this.snapshotFor(message.conversationId, state);
      }
      default:
        return assertNever(message);
    }
  }

  /** The requester's snapshot now; every other waiting room and the agents are told in the background. */
  private async answerAndPush(conversationId: string): Promise<WaitSnapshot> {
    const state = await this.state();
    const snapshot = this.snapshotFor(conversationId, state);
    const record = state.queue.find((e) => e.conversationId === conversationId);
    if (record) await this.room.storage.put(queueKey(conversationId), { ...record, lastPushed: snapshot });
    void this.pushWaits(state, conversationId).catch((error) => console.error('[inbox] push failed', error));
    this.broadcastQueue(state);
    return snapshot;
  }

  private async afterChange() {
    const state = await this.state();
    this.broadcastQueue(state);
    await this.pushWaits(state);
  }

  /** Tells each waiting conversation room whose wait or the team's availability changed. */
  private async pushWaits(state: InboxSnapshot, except?: string) {
    const availability = availabilityOf(state);
    await Promise.all(
      state.queue.map(async (record) => {
        if (record.conversationId === except) return;
        const snapshot: WaitSnapshot = { estimate: waitOf(record.conversationId, state), availability };
        if (JSON.stringify(snapshot) === JSON.stringify(record.lastPushed)) return;
        await this.room.storage.put(queueKey(record.conversationId), { ...record, lastPushed: snapshot });
        await this.room.context.parties.main!.get(record.conversationId).fetch({
          method: 'POST',
          body: JSON.stringify({ type: 'wait/updated', ...snapshot }),
        });
      }),
    );
  }

  private broadcastQueue(state: InboxSnapshot) {
    const event: AgentEvent = {
      type: 'queue/updated',
      queue: orderQueue(state.queue).map(
        (r): QueueItem => ({
          conversationId: r.conversationId,
          priority: r.priority,
          waitingSince: r.waitingSince,
          language: r.language,
          hasEmail: r.hasEmail,
          summary: r.summary,
        }),
      ),
      availability: availabilityOf(state),
    };
    this.room.broadcast(JSON.stringify(event));
  }

  private snapshotFor(conversationId: string, state: InboxState): WaitSnapshot {
    return { estimate: waitOf(conversationId, state), availability: availabilityOf(state) };
  }

  private site() {
    return siteConfig(this.room.env, this.room.id);
  }

  /** The inbox as stored, plus presence from the agents' live sockets. */
  private async state(): Promise<InboxSnapshot> {
    const [records, samples] = await Promise.all([
      this.room.storage.list<QueueRecord>({ prefix: QUEUE_PREFIX }),
      this.room.storage.get<ResponseSample[]>(SAMPLES_KEY),
    ]);
    const all = [...records.values()];
    const held = all.filter((r) => r.assignee !== null);
    const queue = all.filter((r) => r.assignee === null);
    return { site: this.site(), queue, held, agents: this.agents(held), samples: samples ?? [], now: Date.now() };
  }

  /** One entry per agent (several tabs count once; online wins over away), with the conversations each holds. */
  private agents(held: readonly QueueRecord[]): AgentLoad[] {
    const byAgent = new Map<string, AgentStatus>();
    for (const connection of this.room.getConnections<AgentConnection['state']>('agent')) {
      const state = connection.state;
      // A closing socket is still listed while its onClose runs.
      if (!state || state.identity.role !== 'agent' || connection.readyState !== WebSocket.READY_STATE_OPEN) continue;
      if (byAgent.get(state.identity.agentId) !== 'online') byAgent.set(state.identity.agentId, state.status);
    }
    return [...byAgent].map(([agentId, status]) => ({ status, activeConversations: held.filter((r) => r.assignee === agentId).length }));
  }
}

InboxParty satisfies Party.Worker;
