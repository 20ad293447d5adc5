import type { Role } from '../protocol/messages.js';

/** How far each side has read, in sequence numbers (0: nothing yet). Agents share one mark: the team's. */
export interface ReadMarks {
  readonly visitor: number;
  readonly agent: number;
}

export const NOTHING_READ: ReadMarks = { visitor: 0, agent: 0 };

/**
 * `role` has seen everything up to `seq`: clamped to the last sequence number handed out (nobody reads
 * what does not exist yet), and only ever forward. Returns `marks` itself when nothing moved.
 */
export function markRead(marks: ReadMarks, role: Role, seq: number, lastSeq: number): ReadMarks {
  const read = Math.min(seq, lastSeq);
  return read > marks[role] ? { ...marks, [role]: read } : marks;
}
