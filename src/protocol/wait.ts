import { isCount, isRecord, isTime, oneOf } from './guards.js';

/** Triage priority of a conversation (DESIGN.md section 1): the queue is ordered by it, then by waiting time. */
export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const isPriority = oneOf(PRIORITIES);

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

/** The team's availability, for the widget's header and to know when to ask again. */
export interface Availability {
  readonly open: boolean;
  /** Agents online now (away agents are not counted). */
  readonly agentsOnline: number;
  /** When `open` next flips (epoch ms), or null when it never does (24/7, or never open). */
  readonly changesAt: number | null;
  /** The team's IANA time zone. */
  readonly timeZone: string;
  /** The site's default language (BCP 47): the widget speaks it when nothing the shopper prefers is available. */
  readonly language: string;
}

/**
 * HTTP: `GET {siteAvailabilityPath(siteKey)}?v=1` answers the site's `Availability`, for the widget's header
 * before the shopper's first message (no conversation, so no socket yet).
 */
export const siteAvailabilityPath = (siteKey: string) => `/api/sites/${encodeURIComponent(siteKey)}/availability`;

export function parseWaitEstimate(value: unknown): WaitEstimate | null {
  if (!isRecord(value)) return null;
  if (value.kind === 'open') {
    const { ahead, lowMinutes, highMinutes, basis } = value;
    if (!isCount(ahead) || !isCount(lowMinutes) || !isCount(highMinutes) || lowMinutes > highMinutes) return null;
    if (basis !== 'measured' && basis !== 'target') return null;
    return { kind: 'open', ahead, lowMinutes, highMinutes, basis };
  }
  if (value.kind === 'closed') {
    const { opensAt, timeZone } = value;
    return isTime(opensAt) && typeof timeZone === 'string' ? { kind: 'closed', opensAt, timeZone } : null;
  }
  return null;
}

export function parseAvailability(value: unknown): Availability | null {
  if (!isRecord(value)) return null;
  const { open, agentsOnline, changesAt, timeZone, language } = value;
  if (typeof open !== 'boolean' || !isCount(agentsOnline) || typeof timeZone !== 'string' || typeof language !== 'string') return null;
  if (changesAt !== null && !isTime(changesAt)) return null;
  return { open, agentsOnline, changesAt, timeZone, language };
}
