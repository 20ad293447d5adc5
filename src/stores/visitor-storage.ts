import { parseConversationGrant, type ConversationGrant } from '../protocol/messages.js';
import type { PendingMessage } from '../logic/timeline.js';

/** What survives a reload: the conversation this visitor holds and the messages not yet acknowledged. */
export interface VisitorState {
  readonly grant: ConversationGrant | null;
  readonly outbox: readonly PendingMessage[];
}

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const storageKey = (siteKey: string) => `cs-widget:v1:${siteKey}`;

const isPending = (value: unknown): value is PendingMessage => {
  const p = value as Partial<PendingMessage> | null;
  return typeof p?.id === 'string' && typeof p.body === 'string' && typeof p.createdAt === 'number';
};

/**
 * The only thing the widget persists (opt-in, per site). Storage can be missing or throw (private
 * modes, sandboxed frames, quota): then the conversation simply lasts as long as the page.
 */
export function createVisitorStorage(siteKey: string, storage: KeyValueStorage | null = defaultStorage()) {
  const key = storageKey(siteKey);
  return {
    load(): VisitorState {
      try {
        const data: unknown = JSON.parse(storage?.getItem(key) ?? 'null');
        const record = (data ?? {}) as Record<string, unknown>;
        const outbox = Array.isArray(record.outbox) ? record.outbox.filter(isPending) : [];
        return { grant: parseConversationGrant(record.grant), outbox };
      } catch {
        return { grant: null, outbox: [] }; // corrupt entry: start afresh rather than fail to render
      }
    },
    save(state: VisitorState): void {
      try {
        storage?.setItem(key, JSON.stringify(state));
      } catch (error) {
        console.warn('[cs-widget] could not persist the conversation', error);
      }
    },
  };
}

export type VisitorStorage = ReturnType<typeof createVisitorStorage>;

function defaultStorage(): KeyValueStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // reading `localStorage` itself throws where storage is blocked
  }
}
