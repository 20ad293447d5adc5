/**
 * Internal notes: what agents write for each other inside a conversation. They live apart from the
 * conversation's messages (their own storage keys, no sequence number), so a shopper's view has no gap
 * where a note is, and they only ever travel to agents' connections.
 */
import { isRecord, isTime, parseJsonRecord } from './guards.js';
import { parseHandoffSummary } from './handoff.js';
import { isMessageId, parseServerMessage, type ServerMessage } from './messages.js';
import { MAX_BODY_LENGTH } from './limits.js';

export interface Note {
  /** Made by the writing console, like a message id; a repeated id stores nothing. */
  readonly id: string;
  readonly body: string;
  readonly agentId: string;
  readonly name: string;
  readonly sentAt: number;
}

/** What a conversation room sends agents' connections only, on top of every `ServerMessage`. */
export type NoteFrame =
  /** On connect: every note of the conversation, oldest first. */
  | { readonly type: 'notes/synced'; readonly notes: readonly Note[] }
  /** To every agent connection, the writer's included (its acknowledgement). */
  | { readonly type: 'note/added'; readonly note: Note };

export type AgentServerMessage = ServerMessage | NoteFrame;

function withAgentFields(message: ServerMessage & { type: 'conversation/updated' }, data: Record<string, unknown>) {
  if (data.summary === undefined) return message;
  const summary = data.summary === null ? null : parseHandoffSummary(data.summary);
  const agentId = typeof data.agentId === 'string' ? data.agentId : null;
  return data.summary !== null && summary === null ? null : { ...message, agentId, summary };
}

export function parseNote(value: unknown): Note | null {
  if (!isRecord(value)) return null;
  const { id, body, agentId, name, sentAt } = value;
  if (!isMessageId(id) || typeof body !== 'string' || body.length > MAX_BODY_LENGTH) return null;
  if (typeof agentId !== 'string' || typeof name !== 'string' || !isTime(sentAt)) return null;
  return { id, body, agentId, name: name.slice(0, 100), sentAt };
}

/** Every frame a shopper could get, with the agent-only fields of `conversation/updated` (who holds it, the summary). */
export function parseServerMessageForAgent(raw: unknown): ServerMessage | null {
  const message = parseServerMessage(raw);
  return message?.type === 'conversation/updated' ? withAgentFields(message, parseJsonRecord(raw)!) : message;
}

/** The agent console's side of a conversation room: `parseServerMessageForAgent`, and notes. */
export function parseAgentServerMessage(raw: unknown): AgentServerMessage | null {
  const message = parseServerMessageForAgent(raw);
  if (message) return message;
  const data = parseJsonRecord(raw);
  if (!data) return null;
  if (data.type === 'note/added') {
    const note = parseNote(data.note);
    return note ? { type: 'note/added', note } : null;
  }
  if (data.type === 'notes/synced' && Array.isArray(data.notes)) {
    const notes = data.notes.map(parseNote);
    return notes.every((n) => n !== null) ? { type: 'notes/synced', notes: notes as Note[] } : null;
  }
  return null;
}
