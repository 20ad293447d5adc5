/** Triage priority of a conversation (DESIGN.md section 1): the queue is ordered by it, then by waiting time. */
export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

/**
 * What a waiting shopper is told about the wait: facts, never prose. The widget words them in the
 * shopper's language and time zone.
 */
export type WaitEstimate =
  /** The team is open: a person answers in `lowMinutes`-`highMinutes`; `ahead` conversations come first. */
  | {
      readonly kind: 'open';
      readonly ahead: number;
      readonly lowMinutes: number;
      readonly highMinutes: number;
      /** `measured`: from recent first-response times; `target`: too little history, the site's target. */
      readonly basis: 'measured' | 'target';
    }
  /** The team is closed: a person answers after `opensAt` (epoch ms); `timeZone` is the team's. */
  | { readonly kind: 'closed'; readonly opensAt: number; readonly timeZone: string };
