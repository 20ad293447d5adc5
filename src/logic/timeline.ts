import type { ErrorCode } from '../protocol/errors.js';
import type { BotReply } from '../protocol/handoff.js';
import type { ChatMessage, Notice, Role, ServerMessage } from '../protocol/messages.js';
import { assertNever } from './assert-never.js';

/** A message the customer wrote that the room has not acknowledged yet. */
export interface PendingMessage {
  readonly id: string;
  readonly body: string;
  /** Epoch ms on the customer's clock. */
  readonly createdAt: number;
  /** Set when the room refused it; it is then not sent again unless retried. */
  readonly failure?: ErrorCode;
}

export interface Timeline {
  /** Stored messages, ordered by `seq`, one per id. */
  readonly confirmed: readonly ChatMessage[];
  /** Own messages still on their way (or refused), in the order they were written. */
  readonly pending: readonly PendingMessage[];
}

export const EMPTY_TIMELINE: Timeline = { confirmed: [], pending: [] };

export function addPending(timeline: Timeline, pending: PendingMessage): Timeline {
  return { ...timeline, pending: [...timeline.pending, pending] };
}

/** Clears a refusal so the message is sent again, with the same id. */
export function retryPending(timeline: Timeline, id: string): Timeline {
  return {
    ...timeline,
    pending: timeline.pending.map((p) => (p.id === id && p.failure ? { id: p.id, body: p.body, createdAt: p.createdAt } : p)),
  };
}

export function applyServerMessage(timeline: Timeline, message: ServerMessage): Timeline {
  switch (message.type) {
    case 'history/synced':
      return confirm(timeline, message.messages);
    case 'message/acked':
    case 'message/added':
      return confirm(timeline, [message.message]);
    case 'wait/updated':
    case 'conversation/updated':
    case 'typing/updated':
    case 'read/updated':
      return timeline;
    case 'error': {
      const { ref, code } = message;
      if (ref === undefined) return timeline;
      return { ...timeline, pending: timeline.pending.map((p) => (p.id === ref ? { ...p, failure: code } : p)) };
    }
    default:
      return assertNever(message);
  }
}

/** Merges stored messages in by `seq` (a repeat changes nothing) and drops their pending copies. */
function confirm(timeline: Timeline, incoming: readonly ChatMessage[]): Timeline {
  if (incoming.length === 0) return timeline;
  const bySeq = new Map(timeline.confirmed.map((m) => [m.seq, m]));
  for (const message of incoming) bySeq.set(message.seq, message);
  const confirmed = [...bySeq.values()].sort((a, b) => a.seq - b.seq);
  const ids = new Set(incoming.map((m) => m.id));
  return { confirmed, pending: timeline.pending.filter((p) => !ids.has(p.id)) };
}

/** The last sequence number up to which this client has every message: where to resume from. */
export function toResumePoint(timeline: Timeline): number {
  let seq = 0;
  for (const message of timeline.confirmed) {
    if (message.seq !== seq + 1) break;
    seq = message.seq;
  }
  return seq;
}

/** Pending messages the transport should (re)send: not refused. */
export const toUnsent = (timeline: Timeline): readonly PendingMessage[] => timeline.pending.filter((p) => !p.failure);

export type DeliveryState = 'sending' | 'delivered' | 'failed';

/** One row of the message list: a message someone wrote, what the bot said, or a notice from the room. */
export type TimelineItem =
  | {
      readonly kind: 'text';
      readonly id: string;
      /** The room's sequence number, once stored (read receipts compare it); none while pending. */
      readonly seq?: number;
      readonly role: Role;
      readonly body: string;
      /** Epoch ms: when the room stored it, or when the customer wrote it if it is still pending. */
      readonly at: number;
      readonly state: DeliveryState;
      readonly failure?: ErrorCode;
      /** The agent's display name, on agents' messages. */
      readonly name?: string;
    }
  | { readonly kind: 'bot'; readonly id: string; readonly seq: number; readonly reply: BotReply; readonly at: number }
  | { readonly kind: 'notice'; readonly id: string; readonly seq: number; readonly notice: Notice; readonly at: number };

/** Confirmed messages in order, then own pending ones. */
export function toItems(timeline: Timeline): readonly TimelineItem[] {
  const confirmed = timeline.confirmed.map((m): TimelineItem => {
    if (m.role === 'system') return { kind: 'notice', id: m.id, seq: m.seq, notice: m.notice, at: m.sentAt };
    if (m.role === 'bot') return { kind: 'bot', id: m.id, seq: m.seq, reply: m.reply, at: m.sentAt };
    const text = { kind: 'text', id: m.id, seq: m.seq, role: m.role, body: m.body, at: m.sentAt, state: 'delivered' } as const;
    return m.name === undefined ? text : { ...text, name: m.name };
  });
  const pending = timeline.pending.map(
    (p): TimelineItem => ({
      kind: 'text',
      id: p.id,
      role: 'visitor',
      body: p.body,
      at: p.createdAt,
      ...(p.failure ? { state: 'failed', failure: p.failure } : { state: 'sending' }),
    }),
  );
  return [...confirmed, ...pending];
}
