/** Who may hand a conversation to whom. Pure: the room checks the target is signed in, then writes. */
import type { ErrorCode } from '../protocol/errors.js';
import type { Phase } from '../protocol/handoff.js';

/** Where the conversation stands, as far as a transfer is concerned. */
export interface Holding {
  readonly phase: Phase;
  /** The agent holding it, while `assigned`. */
  readonly holderId: string | null;
}

/**
 * Why `senderId` may not transfer the conversation to `targetId`, or null when they may: the person
 * holding it may, and anyone may while it waits in the queue; handing it to its holder changes nothing.
 */
export function transferRefusal(holding: Holding, senderId: string, targetId: string): ErrorCode | null {
  if (holding.phase === 'queued') return null;
  if (holding.phase !== 'assigned') return 'wrong-phase';
  if (holding.holderId !== senderId) return 'forbidden';
  return targetId === holding.holderId ? 'wrong-phase' : null;
}
