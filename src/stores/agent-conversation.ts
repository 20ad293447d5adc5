import { atom, computed, readonlyType } from 'nanostores';
import type { ErrorCode } from '../protocol/errors.js';
import type { Note, NoteFrame } from '../protocol/notes.js';
import type { ServerMessage } from '../protocol/messages.js';
import { createConversation } from './conversation.js';

/** A note this console wrote that the room has not acknowledged yet (resent with the same id on reconnects). */
export interface PendingNote {
  readonly id: string;
  readonly body: string;
  readonly failure?: ErrorCode;
}

/**
 * One conversation as an agent has it open: the shared conversation stores (messages, phase with the
 * handoff summary, typing, reading) plus the internal notes and the room's last refusal of a command.
 */
export function createAgentConversation(conversationId: string, newId: () => string = () => crypto.randomUUID()) {
  const conversation = createConversation({ newId });
  const $notes = atom<readonly Note[]>([]);
  const $pendingNotes = atom<readonly PendingNote[]>([]);
  /** What the room last refused (claim lost, transfer to someone offline…); cleared by the next command. */
  const $refusal = atom<ErrorCode | null>(null);

  const mergeNotes = (incoming: readonly Note[]) => {
    const byId = new Map($notes.get().map((n) => [n.id, n]));
    for (const note of incoming) byId.set(note.id, note);
    $notes.set([...byId.values()].sort((a, b) => a.sentAt - b.sentAt));
    const ids = new Set(incoming.map((n) => n.id));
    $pendingNotes.set($pendingNotes.get().filter((p) => !ids.has(p.id)));
  };

  return {
    conversationId,
    conversation,
    $notes: readonlyType($notes),
    $pendingNotes: readonlyType($pendingNotes),
    /** Notes to (re)send: written and not refused. */
    $unsentNotes: computed($pendingNotes, (pending) => pending.filter((p) => !p.failure)),
    $refusal: readonlyType($refusal),
    addNote(body: string) {
      $pendingNotes.set([...$pendingNotes.get(), { id: newId(), body }]);
    },
    clearRefusal() {
      $refusal.set(null);
    },
    /** Every frame the room sent, after the conversation stores took it in. */
    receive(message: ServerMessage) {
      if (message.type !== 'error') return;
      const { code, ref } = message;
      if (ref === undefined) return $refusal.set(code);
      $pendingNotes.set($pendingNotes.get().map((p) => (p.id === ref ? { ...p, failure: code } : p)));
    },
    receiveNotes(frame: NoteFrame) {
      mergeNotes(frame.type === 'notes/synced' ? frame.notes : [frame.note]);
    },
  };
}

export type AgentConversation = ReturnType<typeof createAgentConversation>;
