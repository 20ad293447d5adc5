import type * as Party from 'partykit/server';
import { availabilityOf, joinContext, recordFirstResponse, waitOf, type InboxState, type WaitingEntry } from '../src/logic/current-wait.js';
import { assertNever } from '../src/logic/assert-never.js';
import { EMPTY_DAY, addFirstResponse, addHandled, calendarDay, inboxMetrics, type DayRecord } from '../src/logic/inbox-metrics.js';
import { agentPresence, listResolved, type AgentSocket } from '../src/logic/inbox-view.js';
import { orderQueue, type ResponseSample } from '../src/logic/wait-estimate.js';
import type { HandoffSummary } from '../src/protocol/handoff.js';
import {
  parseAgentCommand,
  parseInboxRequest,
  type AgentEvent,
  type AgentPresence,
  type AgentStatus,
  type InboxRequest,
  type QueueItem,
  type ResolvedItem,
  type WaitSnapshot,
} from '../src/protocol/inbox.js';
import type { Availability } from '../src/protocol/wait.js';
import { readIdentity, verifyInboxConnectRequest, type AgentIdentity } from './auth.js';
import { siteConfig } from './sites.js';
import { QUEUE_PREFIX, RESOLVED_PREFIX, SAMPLES_KEY, metricsKey, queueKey, resolvedKey } from './storage-keys.js';

/** An agent's socket: who, and whether they take conversations now. */
type AgentConnection = Party.Connection<{ readonly identity: AgentIdentity; readonly status: AgentStatus }>;

/** What the inbox stores per open conversation (queued, or held by a person). */
interface QueueRecord extends WaitingEntry {
  readonly language: string;
  readonly hasEmail: boolean;
  readonly summary: HandoffSummary | null;
  /** The agent holding it; null while it waits in the queue. */
  readonly assignee: { readonly id: string; readonly name: string } | null;
  /** Its first response since it was queued is recorded (a sample is taken once). */
  readonly answered: boolean;
  /** What was last pushed to the conversation's room, to push only changes. */
  readonly lastPushed: WaitSnapshot | null;
}

/** The inbox's state: `queue` holds the waiting records only, `held` the ones a person has. */
type InboxSnapshot = Omit<InboxState, 'queue' | 'agents'> & {
  readonly queue: readonly QueueRecord[];
  readonly held: readonly QueueRecord[];
  readonly agents: readonly AgentPresence[];
};

/** What conversation rooms ask that concerns one conversation. */
type ConversationRequest = Exclude<InboxRequest, { type: 'availability/fetch' | 'agents/fetch' }>;

/** A record stored before assignees had names held the agent id alone: the id stands in for the name. */
const withNamedAssignee = (record: QueueRecord): QueueRecord =>
  typeof record.assignee === 'string' ? { ...record, assignee: { id: record.assignee, name: record.assignee } } : record;

const toItem = ({ conversationId, priority, waitingSince, language, hasEmail, summary, assignee }: QueueRecord): QueueItem => ({
  conversationId,
  priority,
  waitingSince,
  language,
  hasEmail,
  summary,
  assignee,
});

/**
 * One room per site (room id = site key). Holds the open conversations (waiting for a person, or held by
 * one: small entries, never messages), the recently resolved ones, agent presence (live from agents'
 * sockets) with each agent's load, recent first-response times and each day's numbers.
 * Conversation rooms tell it what changes; it tells every waiting room when its wait changes, and every
 * agent the whole picture.
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
    const identity = readIdentity(context.request);
    if (identity.role !== 'agent') throw new Error('only agents reach the inbox'); // verifyInboxConnectRequest admits no one else
    connection.setState({ identity, status: 'online' });
    return ['agent'];
  }

  /** The console's setup to the agent alone, then the queue (with them in it) to every agent. */
  async onConnect(connection: AgentConnection) {
    const identity = connection.state?.identity;
    if (identity) {
      const site = this.site();
      this.send(connection, {
        type: 'inbox/welcome',
        agent: { id: identity.agentId, name: identity.name, expiresAt: identity.expiresAt },
        site: { name: site.name, timeZone: site.hours.timeZone, languages: site.languages, targetMinutes: site.targetMinutes },
        cannedReplies: site.cannedReplies,
      });
    }
    await this.afterChange();
  }

  async onMessage(raw: string | ArrayBuffer | ArrayBufferView, sender: AgentConnection) {
    const command = parseAgentCommand(raw);
    if (!command || !sender.state) return this.send(sender, { type: 'error', code: 'unknown-type' });
    sender.setState({ ...sender.state, status: command.status });
    await this.afterChange();
  }

  async onClose(connection: AgentConnection) {
    connection.close();
    await this.afterChange();
  }

  /**
   * Conversation rooms: queue, answer, refresh, contact, answered with the conversation's wait; who is
   * signed in (`agents/fetch`, for a transfer). The public availability endpoint
   * (`server/site-availability.ts`): answered with the team's availability.
   */
  async onRequest(request: Party.Request) {
    const message = parseInboxRequest(await request.json().catch(() => null));
    if (!message) return Response.json({ code: 'invalid-message' }, { status: 400 });
    if (message.type === 'availability/fetch') {
      const availability: Availability = availabilityOf(await this.state());
      return Response.json(availability);
    }
    if (message.type === 'agents/fetch') {
      const agents: readonly AgentPresence[] = (await this.state()).agents;
      return Response.json(agents);
    }
    const snapshot = await this.handle(message);
    return Response.json(snapshot);
  }

  private async handle(message: ConversationRequest): Promise<WaitSnapshot> {
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
        await this.room.storage.delete(resolvedKey(conversationId)); // open again: no longer listed as resolved
        return this.answerAndPush(conversationId);
      }
      case 'conversation/assigned': {
        const known = await this.room.storage.get<QueueRecord>(key);
        const { conversationId, priority, language, agentId, agentName, summary } = message;
        const assignee = { id: agentId, name: agentName };
        // Taken straight from the bot or reopened, it never queued: nothing to measure (`answered`).
        const record: QueueRecord = known
          ? { ...known, assignee, summary: summary ?? known.summary, lastPushed: null }
          : { conversationId, priority, waitingSince: Date.now(), context: { ahead: 0, slots: 0, freeSlots: 0 }, language, hasEmail: false, summary, assignee, answered: true, lastPushed: null };
        await this.room.storage.put(key, record);
        await this.room.storage.delete(resolvedKey(conversationId));
        return this.answerAndPush(conversationId);
      }
      case 'conversation/answered': {
        const [record, samples] = await Promise.all([
          this.room.storage.get<QueueRecord>(key),
          this.room.storage.get<ResponseSample[]>(SAMPLES_KEY),
        ]);
        if (record && !record.answered) {
          // The estimate counts business minutes; today's numbers, the wall-clock time the shopper waited.
          await this.room.storage.put({
            [SAMPLES_KEY]: recordFirstResponse(samples ?? [], record, message.at, this.site()),
            [key]: { ...record, answered: true },
          });
          await this.updateDay(message.at, (day) => addFirstResponse(day, message.at - record.waitingSince, Math.random()));
        }
        return this.answerAndPush(message.conversationId);
      }
      case 'conversation/released':
        await this.room.storage.delete(key);
        return this.answerAndPush(message.conversationId);
      case 'conversation/resolved': {
        const { conversationId, priority, language, summary, resolvedBy, category } = message;
        const resolvedAt = Date.now();
        const item: ResolvedItem = { conversationId, priority, language, summary, resolvedAt, resolvedBy };
        await this.room.storage.delete(key);
        await this.room.storage.put(resolvedKey(conversationId), item);
        await this.updateDay(resolvedAt, (day) => addHandled(day, category));
        await this.pruneResolved();
        return this.answerAndPush(conversationId);
      }
      case 'conversation/refresh':
        return this.snapshotFor(message.conversationId, await this.state());
      case 'conversation/contact-left': {
        const record = await this.room.storage.get<QueueRecord>(key);
        if (record) await this.room.storage.put(key, { ...record, hasEmail: true });
        const state = await this.state();
        await this.broadcastQueue(state);
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
    await this.broadcastQueue(state);
    return snapshot;
  }

  private async afterChange() {
    const state = await this.state();
    await this.broadcastQueue(state);
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

  /** The whole picture, to every agent (read only when someone is connected to see it). */
  private async broadcastQueue(state: InboxSnapshot) {
    if (state.agents.length === 0) return;
    const today = calendarDay(state.site.hours.timeZone, state.now);
    const [resolved, day] = await Promise.all([
      this.room.storage.list<ResolvedItem>({ prefix: RESOLVED_PREFIX }),
      this.room.storage.get<DayRecord>(metricsKey(today)),
    ]);
    this.broadcast({
      type: 'queue/updated',
      queue: orderQueue(state.queue).map(toItem),
      held: orderQueue(state.held).map(toItem),
      resolved: listResolved([...resolved.values()]).listed,
      agents: state.agents,
      metrics: inboxMetrics(today, day ?? EMPTY_DAY, state.queue.length),
      availability: availabilityOf(state),
    });
  }

  /** Changes the numbers of the site's calendar day that instant `at` falls on. */
  private async updateDay(at: number, change: (day: DayRecord) => DayRecord) {
    const key = metricsKey(calendarDay(this.site().hours.timeZone, at));
    await this.room.storage.put(key, change((await this.room.storage.get<DayRecord>(key)) ?? EMPTY_DAY));
  }

  /** Keeps the resolved list at `MAX_RESOLVED_LISTED`: the oldest entries go. */
  private async pruneResolved() {
    const resolved = await this.room.storage.list<ResolvedItem>({ prefix: RESOLVED_PREFIX });
    const { dropped } = listResolved([...resolved.values()]);
    if (dropped.length > 0) await this.room.storage.delete(dropped.map((item) => resolvedKey(item.conversationId)));
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
    const all = [...records.values()].map(withNamedAssignee);
    const held = all.filter((r) => r.assignee !== null);
    const queue = all.filter((r) => r.assignee === null);
    return { site: this.site(), queue, held, agents: this.agents(held), samples: samples ?? [], now: Date.now() };
  }

  /** Every signed-in agent, from the live sockets, with the conversations each holds. */
  private agents(held: readonly QueueRecord[]): AgentPresence[] {
    const sockets: AgentSocket[] = [];
    for (const connection of this.room.getConnections<AgentConnection['state']>('agent')) {
      const state = connection.state;
      // A closing socket is still listed while its onClose runs.
      if (!state || connection.readyState !== WebSocket.READY_STATE_OPEN) continue;
      sockets.push({ agentId: state.identity.agentId, name: state.identity.name, status: state.status });
    }
    return agentPresence(sockets, held.flatMap((r) => (r.assignee ? [r.assignee.id] : [])));
  }

  private send(connection: AgentConnection, event: AgentEvent) {
    connection.send(JSON.stringify(event));
  }

  private broadcast(event: AgentEvent) {
    this.room.broadcast(JSON.stringify(event));
  }
}

InboxParty satisfies Party.Worker;
