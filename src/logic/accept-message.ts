import type { ErrorCode } from '../protocol/errors.js';
import { MAX_BODY_LENGTH } from '../protocol/limits.js';
import type { ClientMessage, Role, TextMessage } from '../protocol/messages.js';

type SendCommand = Extract<ClientMessage, { type: 'message/send' }>;

export type AcceptResult = { readonly ok: true; readonly message: TextMessage } | { readonly ok: false; readonly code: ErrorCode };

/**
 * Decides whether the room stores a message. Role, sequence and time are the server's, passed in;
 * nothing but the id and the body comes from the client.
 */
export function acceptMessage(command: SendCommand, role: Role, seq: number, now: number): AcceptResult {
  const body = command.body.trim();
  if (body === '') return { ok: false, code: 'body-empty' };
  if (body.length > MAX_BODY_LENGTH) return { ok: false, code: 'body-too-long' };
  return { ok: true, message: { id: command.id, seq, role, body, sentAt: now } };
}
