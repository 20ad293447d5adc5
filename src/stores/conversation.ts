import { atom, computed, readonlyType } from 'nanostores';
import type { ErrorCode } from '../protocol/errors.js';
import type { HandoffSummary, Phase } from '../protocol/handoff.js';
import { TYPING_TIMEOUT_MS } from '../protocol/limits.js';
import type { ConversationGrant, Role, ServerMessage } from '../protocol/messages.js';
import type { Availability, WaitEstimate } from '../protocol/wait.js';
import { EMPTY_TIMELINE, addPending, applyServerMessage, retryPending, toItems, toResumePoint, toUnsent } from '../logic/timeline.js';
import type { VisitorState, VisitorStorage } from './visitor-storage.js';

/** `idle`: nothing to do yet; `connecting`: first contact; `online`; `reconnecting`: lost it, retrying. */
export type ConnectionStatus = 'idle' | 'connecting' | 'online' | 'reconnecting';

/** The wait as the room last told it (before there is a room: the team's availability alone); null until known. */
export interface WaitState {
  readonly estimate: WaitEstimate | null;
  readonly availability: Availability;
}

/**
 * An e-mail address the shopper left: `sending` until the room confirms (`saved`) or refuses it
 * (`invalid`). Kept until then across reconnects, like a message.
 */
export type ContactState =
  | { readonly state: 'sending' | 'saved'; readonly email: string }
  | { readonly state: 'invalid'; readonly email: string };

/** Who has the conversation, as the room last said: the bot, the queue, a named person, or nobody. */
export interface PhaseState {
  readonly phase: Phase;
  readonly agentName: string | null;
  /** The person holding it and the handoff summary: only agents' connections receive them. */
  readonly agentId?: string | null;
  readonly summary?: HandoffSummary | null;
}

/** Someone on the other side is typing: the shopper, or the named agent. */
export interface TypingState {
  readonly role: Role;
  readonly name: string | null;
}

/** How far each side has read, as sequence numbers (0: nothing yet). */
export interface ReadState {
  readonly visitor: number;
  readonly agent: number;
}

export interface ConversationOptions {
  /** Where the visitor's conversation survives reloads; without it, it lasts as long as the page. */
  readonly storage?: VisitorStorage;
  /** Where to start instead of what storage holds: the verified shopper's conversation, switched to. */
  readonly initial?: VisitorState;
  readonly newId?: () => string;
  readonly now?: () => number;
}

/**
 * All state of one conversation. Stores are exposed read-only; the verbs below are the only writers.
 * Nothing is written to storage until the visitor sends a first message.
 */
export function createConversation({
  storage,
  initial,
  newId = () => crypto.randomUUID(),
  now = Date.now,
}: ConversationOptions = {}) {
  const restored = initial ?? storage?.load() ?? { grant: null, outbox: [] };
  const $grant = atom<ConversationGrant | null>(restored.grant);
  const $timeline = atom({ ...EMPTY_TIMELINE, pending: restored.outbox });
  const $status = atom<ConnectionStatus>('idle');
  const $wait = atom<WaitState | null>(null);
  const $contact = atom<ContactState | null>(null);
  const $phase = atom<PhaseState | null>(null);
  /** The shopper asked for a person; sent (again on reconnects) until the room says a person has it. */
  const $personRequested = atom(false);
  const $typing = atom<TypingState | null>(null);
  const $read = atom<ReadState>({ visitor: 0, agent: 0 });
  /** A refusal not tied to a message (the merchant's identity token): the widget shows it and fires `cs-error`. */
  const $error = atom<ErrorCode | null>(null);
  /** What this client says of itself; the transport sends changes. */
  const $ownTyping = atom(false);
  const $ownRead = atom(0);
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  // The room's word on the wait wins over availability fetched over HTTP before there was a room.
  let waitFromRoom = false;

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
    $wait: readonlyType($wait),
    $contact: readonlyType($contact),
    $phase: readonlyType($phase),
    $personRequested: readonlyType($personRequested),
    /** The other side is typing (cleared after `TYPING_TIMEOUT_MS` without news, or by their message). */
    $typing: readonlyType($typing),
    $read: readonlyType($read),
    $error: readonlyType($error),
    $ownTyping: readonlyType($ownTyping),
    $ownRead: readonlyType($ownRead),
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
    /** Leaves an e-mail address for the team to answer at; the transport sends it. */
    leaveContact(email: string) {
      $contact.set({ state: 'sending', email });
    },
    /** "Talk to a person": the transport sends it. */
    requestPerson() {
      $personRequested.set(true);
    },
    /** This client's person started or stopped typing. */
    setTyping(typing: boolean) {
      $ownTyping.set(typing);
    },
    /** Everything up to `seq` is on this client's screen. */
    markRead(seq: number) {
      if (seq > $ownRead.get()) $ownRead.set(seq);
    },
    receive(message: ServerMessage) {
      update(applyServerMessage($timeline.get(), message));
      const contact = $contact.get();
      if (message.type === 'typing/updated') {
        clearTimeout(typingTimer);
        $typing.set(message.typing ? { role: message.role, name: message.name } : null);
        if (message.typing) typingTimer = setTimeout(() => $typing.set(null), TYPING_TIMEOUT_MS);
      } else if (message.type === 'read/updated') {
        $read.set({ visitor: message.visitor, agent: message.agent });
      } else if (message.type === 'message/added' && message.message.role === $typing.get()?.role) {
        $typing.set(null); // their message is here: they stopped typing it
      } else if (message.type === 'conversation/updated') {
        $phase.set({ phase: message.phase, agentName: message.agentName, agentId: message.agentId, summary: message.summary });
        if (message.phase !== 'bot') $personRequested.set(false);
      } else if (message.type === 'wait/updated') {
        waitFromRoom = true;
        $wait.set({ estimate: message.estimate, availability: message.availability });
      } else if (message.type === 'error' && message.code === 'invalid-email' && contact) $contact.set({ state: 'invalid', email: contact.email });
      else if (message.type === 'message/added' && message.message.role === 'system' && message.message.notice.kind === 'contact-saved' && contact) {
        $contact.set({ state: 'saved', email: contact.email });
      }
    },
    /** The team's availability, fetched before any conversation; ignored once the room told the wait. */
    setAvailability(availability: Availability) {
      if (!waitFromRoom) $wait.set({ estimate: null, availability });
    },
    setGrant(grant: ConversationGrant) {
      $grant.set(grant);
      persist();
    },
    setError(code: ErrorCode) {
      $error.set(code);
    },
    setStatus(status: ConnectionStatus) {
      $status.set(status);
    },
  };
}

export type Conversation = ReturnType<typeof createConversation>;
