import type { Priority } from '../protocol/wait.js';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * A working shift in the site's wall-clock time, `HH:MM` (24 h). An `end` at or before `start` runs past
 * midnight into the next day; `end` may be `24:00`. A shift belongs to the day it starts on.
 */
export interface Shift {
  readonly start: string;
  readonly end: string;
}

export interface BusinessHours {
  /** IANA time zone of the team, e.g. `Europe/Berlin`. */
  readonly timeZone: string;
  /** Shifts per weekday; an empty list is a closed day. */
  readonly weekly: Readonly<Record<Weekday, readonly Shift[]>>;
  /** Dates (`YYYY-MM-DD`, in the site's time zone) with no shift starting on them: holidays. */
  readonly closedDates: readonly string[];
}

/** One merchant site, from the configuration file the merchant edits (`server/sites.json`). */
export interface SiteConfig {
  readonly siteKey: string;
  /** Shown to agents; never to shoppers as prose from the server. */
  readonly name: string;
  readonly hours: BusinessHours;
  /** First-response target per priority, in minutes of business hours. */
  readonly targetMinutes: Readonly<Record<Priority, number>>;
  /** How many conversations one agent handles at once. */
  readonly agentCapacity: number;
  /** Languages the team answers in (BCP 47); the first is the site's default. */
  readonly languages: readonly string[];
  /** Called when a shopper leaves an e-mail address; the body is signed with `WEBHOOK_SECRET`. */
  readonly webhookUrl?: string;
}
