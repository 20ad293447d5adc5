import { atom, computed, readonlyType } from 'nanostores';
import type { ConversationGrant, ServerMessage } from '../protocol/messages.js';
import { EMPTY_TIMELINE, addPending, applyServerMessage, retryPending, toItems, toResumePoint, toUnsent } from '../logic/timeline.js';
import type { VisitorStorage } from './visitor-storage.js';

/** `idle`: nothing to do yet; `connecting`: first contact; `online`; `reconnecting`: lost it, retrying. */
export type ConnectionStatus = 'idle' | 'connecting' | 'online' | 'reconnecting';

export interface ConversationOptions {
  /** Where the visitor's conversation survives reloads; without it, it lasts as long as the page. */
  readonly storage?: VisitorStorage;
  readonly newId?: () => string;
  readonly now?: () => number;
}

/**
 * All state of one conversation. Stores are exposed read-only; the verbs below are the only writers.
 * Nothing is written to storage until the visitor sends a first message.
 */
export function createConversation({
  storage,
  newId = () => crypto.randomUUID(),
  now = Date.now,
}: ConversationOptions = {}) {
  const restored = storage?.load() ?? { grant: null, outbox: [] };
  const $grant = atom<ConversationGrant | null>(restored.grant);
  const $timeline = atom({ ...EMPTY_TIMELINE, pending: restored.outbox });
  const $status = atom<ConnectionStatus>('idle');

  const persist = () => {
    const grant = $grant.get();
    const outbox = $timeline.get().pending;
    if (grant || outbox.length > 0) storage?.save({ grant, outbox });
  };
  const update = (next: ReturnType<typeof $timeline.get>) => {
    const pendingChanged = next.pending !== $timeline.get().pending;
    $timeline.set(next);
    if (pendingChanged) persist();
  };

  return {
    $grant: readonlyType($grant),
    $status: readonlyType($status),
    /** Messages to (re)send: written and not refused. The transport listens to this. */
    $unsent: computed($timeline, toUnsent),
    /** Where a reconnecting socket resumes: the last sequence number with no gap before it. */
    $resumePoint: computed($timeline, toResumePoint),
    /** Confirmed then own pending messages, in display order. */
    $items: computed($timeline, toItems),

    sendMessage(body: string) {
      update(addPending($timeline.get(), { id: newId(), body, createdAt: now() }));
    },
    retry(id: string) {
      update(retryPending($timeline.get(), id));
    },
    receive(message: ServerMessage) {
      update(applyServerMessage($timeline.get(), message));
    },
    setGrant(grant: ConversationGrant) {
      $grant.set(grant);
      persist();
    },
    setStatus(status: ConnectionStatus) {
      $status.set(status);
    },
  };
}

export type Conversation = ReturnType<typeof createConversation>;
