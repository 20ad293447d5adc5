import { WEEKDAYS, type BusinessHours, type Shift } from '../config/site-config.js';

// Business hours as real instants. Shifts are wall-clock times in the site's zone; everything here turns them
// into epoch-ms intervals, one local day at a time, with the zone's offsets read from `Intl` (Temporal is not
// available on Node 20, and `src/logic` takes no libraries).

const SECOND_MS = 1000;
const MINUTE_MS = 60 * SECOND_MS;
const DAY_MS = 24 * 60 * MINUTE_MS;
const MINUTES_PER_DAY = 24 * 60;
/** How far ahead `nextOpening` and `nextClosing` look: a full year of holidays, leap day included. */
const HORIZON_MS = 366 * DAY_MS;
/** Days kept per configuration; enough for a year either side, small enough not to grow without bound. */
const MAX_CACHED_DAYS = 800;
/** Wall times resolved per zone, shared by every configuration in it (a few per day of shifts). */
const MAX_CACHED_WALL_TIMES = 20_000;

/** A stretch of open time, `[start, end)` in epoch ms. */
export interface OpenPeriod {
  readonly start: number;
  readonly end: number;
}

/**
 * Whether the team is open at `at` (epoch ms). A shift's start is inside it, its end is not.
 *
 * @throws RangeError when `hours` holds a malformed shift or an unknown time zone.
 */
export function isOpen(hours: BusinessHours, at: number): boolean {
  const compiled = compile(hours);
  const today = localDay(compiled.timeZone, at);
  // A shift covering `at` started today or, crossing midnight, yesterday; shifts never last past the next day.
  for (const day of [today - 1, today]) {
    if (dayOf(compiled, day).shifts.some((shift) => shift.start <= at && at < shift.end)) return true;
  }
  return false;
}

/**
 * The first instant at or after `at` at which the team is open: `at` itself when open now, otherwise the start
 * of the next shift (holidays skipped). `null` when nothing opens within 366 days of `at`.
 */
export function nextOpening(hours: BusinessHours, at: number): number | null {
  if (isOpen(hours, at)) return at;
  const compiled = compile(hours);
  const today = localDay(compiled.timeZone, at);
  // Days are visited in order and a day's shifts are sorted, so the first start at or after `at` is the earliest.
  for (let day = today - 1; day <= today + 367; day++) {
    for (const shift of dayOf(compiled, day).shifts) {
      if (shift.start >= at) return shift.start - at <= HORIZON_MS ? shift.start : null;
    }
  }
  return null;
}

/**
 * When the team is open at `at`, the instant the current open period ends. Shifts that overlap or touch (one
 * ending at 00:00 or crossing midnight, the next starting by then) count as one period. `null` when closed at
 * `at`, or when the period runs on for more than 366 days (for example, open 24/7).
 */
export function nextClosing(hours: BusinessHours, at: number): number | null {
  const compiled = compile(hours);
  const first = localDay(compiled.timeZone, at) - 1;
  const settle = (end: number): number | null => (end > at && end - at <= HORIZON_MS ? end : null);
  // Shifts arrive in start order; `end` is how far the open time reached from `at` without a gap. It stays
  // `at` (so the answer is null) unless some shift covers `at`.
  let end = at;
  // 370 days: past the horizon even counting the day before and a shift starting on the last day.
  for (let day = first; day <= first + 370; day++) {
    const { midnight, shifts } = dayOf(compiled, day);
    // Every shift of this day and later starts after `end`: the period is over.
    if (midnight > end) return settle(end);
    for (const shift of shifts) {
      if (shift.start > end) return settle(end);
      end = Math.max(end, shift.end);
    }
  }
  return null; // still open after every day walked: past the horizon
}

/**
 * The open periods overlapping `[from, to)`, merged where shifts overlap or touch, clipped to that range and in
 * order. Empty when `to <= from`.
 *
 * @throws RangeError when `from` or `to` is not a finite instant.
 */
export function openPeriods(hours: BusinessHours, from: number, to: number): OpenPeriod[] {
  if (!Number.isFinite(from) || !Number.isFinite(to)) throw new RangeError(`Not an instant: ${from}..${to}`);
  const periods: OpenPeriod[] = [];
  if (to <= from) return periods;
  const compiled = compile(hours);
  // Start a day early for a shift that crossed midnight into `from`'s day.
  for (let day = localDay(compiled.timeZone, from) - 1; ; day++) {
    const { midnight, shifts } = dayOf(compiled, day);
    if (midnight >= to) break;
    for (const shift of shifts) {
      const start = Math.max(shift.start, from);
      const end = Math.min(shift.end, to);
      if (end <= start) continue;
      // Starts never decrease (days in order, shifts sorted), so only the last period can absorb this one.
      const last = periods[periods.length - 1];
      if (last && start <= last.end) periods[periods.length - 1] = { start: last.start, end: Math.max(last.end, end) };
      else periods.push({ start, end });
    }
  }
  return periods;
}

/**
 * Minutes of open time between `from` and `to` (epoch ms), for counting response times in business hours only.
 * Fractional: 30 open seconds are 0.5. `0` when `to <= from`. Overlapping shifts are counted once.
 *
 * @throws RangeError when `from` or `to` is not a finite instant.
 */
export function businessMinutesBetween(hours: BusinessHours, from: number, to: number): number {
  let total = 0;
  for (const period of openPeriods(hours, from, to)) total += period.end - period.start;
  return total / MINUTE_MS;
}

// ---- Configuration, compiled once per `BusinessHours` object -------------------------------------------------

interface CompiledShift {
  /** Minutes after the start day's midnight, wall clock. */
  readonly start: number;
  /** Minutes after the start day's midnight, wall clock; in `(start, start + 1440]`, so past 1440 crosses midnight. */
  readonly end: number;
}

/** One local day: its first instant and the (non-empty) shifts starting on it, as instants, sorted. */
interface Day {
  readonly midnight: number;
  readonly shifts: readonly OpenPeriod[];
}

interface CompiledHours {
  readonly timeZone: string;
  /** Index 0 is Monday, as in `WEEKDAYS`. */
  readonly weekly: readonly (readonly CompiledShift[])[];
  readonly closedDates: ReadonlySet<string>;
  /** Keyed by local day number (days since 1970-01-01); building a day costs a dozen `Intl` calls. */
  readonly days: Map<number, Day>;
}

// Keyed by the configuration object, so callers asking thousands of times about the same site share the work.
const compiledHours = new WeakMap<BusinessHours, CompiledHours>();

function compile(hours: BusinessHours): CompiledHours {
  let compiled = compiledHours.get(hours);
  if (!compiled) {
    formatterFor(hours.timeZone); // fail fast on an unknown zone
    compiled = {
      timeZone: hours.timeZone,
      weekly: WEEKDAYS.map((weekday) => hours.weekly[weekday].map(compileShift).sort((a, b) => a.start - b.start)),
      closedDates: new Set(hours.closedDates),
      days: new Map(),
    };
    compiledHours.set(hours, compiled);
  }
  return compiled;
}

function compileShift(shift: Shift): CompiledShift {
  const start = parseWallTime(shift.start, false);
  const end = parseWallTime(shift.end, true);
  // `end <= start` crosses midnight; so `22:00`-`22:00` (like `00:00`-`00:00`) is a whole day, never an empty one.
  return { start, end: end <= start ? end + MINUTES_PER_DAY : end };
}

function parseWallTime(text: string, isEnd: boolean): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  if (match) return Number(match[1]) * 60 + Number(match[2]);
  if (isEnd && text === '24:00') return MINUTES_PER_DAY;
  throw new RangeError(`Not a shift ${isEnd ? 'end' : 'start'} (HH:MM${isEnd ? ' or 24:00' : ''}): ${JSON.stringify(text)}`);
}

function dayOf(compiled: CompiledHours, day: number): Day {
  const cached = compiled.days.get(day);
  if (cached) return cached;
  const wallMidnight = day * DAY_MS;
  // A holiday cancels the shifts starting on it; yesterday's shift running past midnight is yesterday's.
  const closed = compiled.closedDates.has(new Date(wallMidnight).toISOString().slice(0, 10));
  const shifts: OpenPeriod[] = [];
  for (const shift of closed ? [] : (compiled.weekly[weekdayIndex(day)] ?? [])) {
    const start = wallToInstant(compiled.timeZone, wallMidnight + shift.start * MINUTE_MS);
    const end = wallToInstant(compiled.timeZone, wallMidnight + shift.end * MINUTE_MS);
    // A shift lying wholly in a spring-forward gap never happens.
    if (end > start) shifts.push({ start, end });
  }
  const result: Day = { midnight: wallToInstant(compiled.timeZone, wallMidnight), shifts };
  if (compiled.days.size >= MAX_CACHED_DAYS) compiled.days.clear();
  compiled.days.set(day, result);
  return result;
}

/** 0 for Monday; day 0 (1970-01-01) was a Thursday. */
function weekdayIndex(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

// ---- Time zones --------------------------------------------------------------------------------------------------
// "Wall" values below are wall-clock date-times written as if they were UTC epoch ms, so local days and
// minutes are plain arithmetic; an offset is wall minus instant.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // `h23` so that midnight is hour 0, never 24.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone's UTC offset at instant `at`, in ms (positive east of Greenwich). */
function offsetAt(timeZone: string, at: number): number {
  // Intl shows whole seconds; compare against the instant truncated the same way.
  const instant = Math.floor(at / SECOND_MS) * SECOND_MS;
  const fields = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type in fields) fields[part.type as keyof typeof fields] = Number(part.value);
  }
  const { year, month, day, hour, minute, second } = fields;
  return Date.UTC(year, month - 1, day, hour, minute, second) - instant;
}

/** The local day number (days since 1970-01-01 on the zone's calendar) that instant `at` falls on. */
function localDay(timeZone: string, at: number): number {
  return Math.floor((at + offsetAt(timeZone, at)) / DAY_MS);
}

/**
 * The instant a wall-clock time happens. In a spring-forward gap, where it does not exist, the first instant
 * after the gap; in a fall-back overlap, where it happens twice, the first time. Both keep the mapping
 * monotonic, so shifts stay in order and never turn negative.
 */
function wallToInstant(timeZone: string, wall: number): number {
  // Resolving costs four or more `Intl` calls and sites in a zone share shift times, so keep the answers.
  let resolved = resolvedWallTimes.get(timeZone);
  if (!resolved) resolvedWallTimes.set(timeZone, (resolved = new Map()));
  let instant = resolved.get(wall);
  if (instant === undefined) {
    instant = resolveWallTime(timeZone, wall);
    if (resolved.size >= MAX_CACHED_WALL_TIMES) resolved.clear();
    resolved.set(wall, instant);
  }
  return instant;
}

const resolvedWallTimes = new Map<string, Map<number, number>>();

function resolveWallTime(timeZone: string, wall: number): number {
  // Any offset change near `wall` lies between these two (zones change at most once in two days).
  const before = offsetAt(timeZone, wall - DAY_MS);
  const after = offsetAt(timeZone, wall + DAY_MS);
  const withBefore = wall - before;
  const withAfter = wall - after;
  const beforeFits = offsetAt(timeZone, withBefore) === before;
  const afterFits = offsetAt(timeZone, withAfter) === after;
  if (beforeFits && afterFits) return Math.min(withBefore, withAfter);
  if (beforeFits) return withBefore;
  if (afterFits) return withAfter;
  // A gap: the change happened in (withAfter, withBefore]; find it to the second (offsets change on whole seconds).
  let low = withAfter;
  let high = withBefore;
  while (high - low > SECOND_MS) {
    const middle = low + Math.floor((high - low) / 2 / SECOND_MS) * SECOND_MS;
    if (offsetAt(timeZone, middle) === before) low = middle;
    else high = middle;
  }
  return high;
}
