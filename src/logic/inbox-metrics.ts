/** Today's numbers for the agents' dashboard (`InboxMetrics`), kept per calendar day of the site. Pure. */
import { CATEGORIES, type Category } from '../protocol/handoff.js';
import type { InboxMetrics } from '../protocol/inbox.js';
import { MAX_FIRST_RESPONSES_PER_DAY } from '../protocol/limits.js';

/** One day's numbers as the inbox stores them. */
export interface DayRecord {
  /** Wall-clock ms from joining the queue to a person's first answer; a uniform sample once past the cap. */
  readonly firstResponses: readonly number[];
  /** The day's first answers, also those the sample no longer holds. */
  readonly firstResponseCount: number;
  /** Conversations resolved that day, per category. */
  readonly handled: Readonly<Record<Category, number>>;
}

export const EMPTY_DAY: DayRecord = {
  firstResponses: [],
  firstResponseCount: 0,
  handled: Object.fromEntries(CATEGORIES.map((category) => [category, 0])) as Record<Category, number>,
};

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** `YYYY-MM-DD` of instant `at` on the calendar of `timeZone` (an IANA zone). */
export function calendarDay(timeZone: string, at: number): string {
  let formatter = dayFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(at).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/**
 * The day with one more first answer, `ms` after the conversation joined the queue. Past
 * `MAX_FIRST_RESPONSES_PER_DAY` it replaces a kept one with the probability that keeps the sample uniform
 * (reservoir sampling); `random` is in [0, 1).
 */
export function addFirstResponse(day: DayRecord, ms: number, random: number): DayRecord {
  const firstResponseCount = day.firstResponseCount + 1;
  const sample = [...day.firstResponses];
  const answer = Math.max(0, Math.round(ms));
  if (sample.length < MAX_FIRST_RESPONSES_PER_DAY) sample.push(answer);
  else {
    const slot = Math.floor(random * firstResponseCount);
    if (slot < sample.length) sample[slot] = answer;
  }
  return { ...day, firstResponses: sample, firstResponseCount };
}

/** The day with one more conversation of `category` resolved. */
export const addHandled = (day: DayRecord, category: Category): DayRecord => ({
  ...day,
  handled: { ...day.handled, [category]: day.handled[category] + 1 },
});

/** The nearest-rank percentile `p` (0 < p <= 100) of values sorted ascending: an observed value, never interpolated. */
export function nearestRank(sorted: readonly number[], p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** What agents see for `day`: its first-response percentiles, what it resolved, and the queue now. */
export function inboxMetrics(day: string, record: DayRecord, waiting: number): InboxMetrics {
  const sorted = [...record.firstResponses].sort((a, b) => a - b);
  return {
    day,
    firstResponseMs:
      sorted.length === 0 ? null : { p50: nearestRank(sorted, 50), p90: nearestRank(sorted, 90), count: record.firstResponseCount },
    waiting,
    handledByCategory: record.handled,
    satisfaction: null, // shoppers cannot rate conversations yet
  };
}
