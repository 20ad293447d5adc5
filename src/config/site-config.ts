import type { CannedReply } from '../protocol/inbox.js';
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

/**
 * One thing the bot can answer: ways shoppers ask it and the answer, per language (BCP 47 keys). An entry
 * needs questions in at least one language and an answer in the site's default language.
 */
export interface KnowledgeEntry {
  /** Stable name (`returns-window`), shown to agents in the handoff summary as what the bot tried. */
  readonly id: string;
  readonly questions: Readonly<Record<string, readonly string[]>>;
  readonly answers: Readonly<Record<string, string>>;
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
  /** What the bot answers from; empty: no answers, only order lookup and handoff. */
  readonly knowledgeBase: readonly KnowledgeEntry[];
  /** The merchant's order-lookup endpoint (see docs/site-config.md); without it the bot cannot look up orders. */
  readonly orderLookupUrl?: string;
  /** Replies agents insert into their composer (sent to the console as it connects); may be empty. */
  readonly cannedReplies: readonly CannedReply[];
}
