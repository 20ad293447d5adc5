import type { ErrorCode } from '../protocol/errors.js';
import { MAX_BODY_LENGTH } from '../protocol/limits.js';
import type { ClientMessage, Role, TextMessage } from '../protocol/messages.js';
import type { Note } from '../protocol/notes.js';

type SendCommand = Extract<ClientMessage, { type: 'message/send' }>;
type NoteCommand = Extract<ClientMessage, { type: 'note/add' }>;

type Accepted<T> = { readonly ok: true } & T;
type Refused = { readonly ok: false; readonly code: ErrorCode };

export type AcceptResult = Accepted<{ readonly message: TextMessage }> | Refused;
export type AcceptNoteResult = Accepted<{ readonly note: Note }> | Refused;

/** A body as stored: trimmed, not empty, at most `MAX_BODY_LENGTH`. Messages and notes alike. */
export function checkBody(body: string): Accepted<{ readonly body: string }> | Refused {
  const trimmed = body.trim();
  if (trimmed === '') return { ok: false, code: 'body-empty' };
  if (trimmed.length > MAX_BODY_LENGTH) return { ok: false, code: 'body-too-long' };
  return { ok: true, body: trimmed };
}

/**
 * Decides whether the room stores a message. Role, sequence and time are the server's, passed in;
 * nothing but the id and the body comes from the client.
 */
export function acceptMessage(command: SendCommand, role: Role, seq: number, now: number): AcceptResult {
  const checked = checkBody(command.body);
  if (!checked.ok) return checked;
  return { ok: true, message: { id: command.id, seq, role, body: checked.body, sentAt: now } };
}

/** An internal note as stored: the writer is the verified agent, the time the server's. */
export function acceptNote(command: NoteCommand, agent: { readonly id: string; readonly name: string }, now: number): AcceptNoteResult {
  const checked = checkBody(command.body);
  if (!checked.ok) return checked;
  return { ok: true, note: { id: command.id, body: checked.body, agentId: agent.id, name: agent.name, sentAt: now } };
}
