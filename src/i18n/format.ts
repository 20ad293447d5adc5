// Dates, times and durations through Intl in the reader's locale; formatters are memoised per option set.
type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.DisplayNames;
const cache = new Map<string, Formatter>();

function memo<T extends Formatter>(key: string, make: () => T): T {
  let format = cache.get(key) as T | undefined;
  if (!format) {
    format = make();
    cache.set(key, format);
  }
  return format;
}

const timeFormat = (locale: string, timeZone?: string, withDay = false) =>
  memo(`time|${locale}|${timeZone ?? ''}|${withDay}`, () =>
    new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', ...(withDay ? { weekday: 'short' } : {}), ...(timeZone ? { timeZone } : {}) }),
  );

/** A message's time of day in the reader's locale and time zone, e.g. `3:04 PM`, `15:04`. */
export const formatTime = (epochMs: number, locale: string): string => timeFormat(locale).format(epochMs);

/** The calendar day of an instant in a zone (undefined: the reader's), to tell whether two instants share it. */
const dayOf = (epochMs: number, timeZone?: string) =>
  memo(`day|${timeZone ?? ''}`, () => new Intl.DateTimeFormat('en-CA', timeZone ? { timeZone } : {})).format(epochMs);

/** A clock time, with the weekday when it is not on the same day as `now` there: `09:00`, `Mon 09:00`. */
export function formatClock(epochMs: number, now: number, locale: string, timeZone?: string): string {
  return timeFormat(locale, timeZone, dayOf(epochMs, timeZone) !== dayOf(now, timeZone)).format(epochMs);
}

// Under two hours people count minutes; above, hours (rounded up, so a range never shrinks).
const HOUR_THRESHOLD_MINUTES = 120;

const unitFormat = (locale: string, unit: 'second' | 'minute' | 'hour') =>
  memo(`unit|${locale}|${unit}`, () => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }));

/** `4–12 minutes`, `2–3 hours`, in the reader's words and digits. */
export function formatMinutesRange(low: number, high: number, locale: string): string {
  if (high < HOUR_THRESHOLD_MINUTES) return unitFormat(locale, 'minute').formatRange(low, high);
  return unitFormat(locale, 'hour').formatRange(Math.floor(low / 60), Math.ceil(high / 60));
}

/** `45 minutes`, `4 hours`: an upper bound ("within"), so hours are rounded up too (130 min: 3 hours). */
export function formatMinutes(minutes: number, locale: string): string {
  return minutes < HOUR_THRESHOLD_MINUTES
    ? unitFormat(locale, 'minute').format(minutes)
    : unitFormat(locale, 'hour').format(Math.ceil(minutes / 60));
}

/** A measured duration in whole minutes, or seconds under one: `12 minutes`, `40 seconds`. */
export function formatDuration(ms: number, locale: string): string {
  return ms < 60_000 ? unitFormat(locale, 'second').format(Math.round(ms / 1000)) : unitFormat(locale, 'minute').format(Math.round(ms / 60_000));
}

/** A running stopwatch: `4:05` (minutes and seconds) under an hour, `1:04:05` above, in the reader's digits. */
export function formatStopwatch(ms: number, locale: string): string {
  const total = Math.floor(ms / 1000);
  const two = (n: number) => memo(`two|${locale}`, () => new Intl.NumberFormat(locale, { minimumIntegerDigits: 2 })).format(n);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  return hours > 0 ? `${formatCount(hours, locale)}:${two(minutes)}:${two(total % 60)}` : `${formatCount(minutes, locale)}:${two(total % 60)}`;
}

/** A language's name in the reader's language (`Arabic` for `ar` in English); the tag when it has none. */
export function formatLanguage(tag: string, locale: string): string {
  try {
    return memo(`language|${locale}`, () => new Intl.DisplayNames([locale], { type: 'language' })).of(tag) ?? tag;
  } catch {
    return tag; // not a well-formed tag
  }
}

/** `in 7 hours`, `in 25 minutes`, `tomorrow`… from `now`. */
export function formatRelative(epochMs: number, now: number, locale: string): string {
  const format = memo(`relative|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  const minutes = Math.max(1, Math.round((epochMs - now) / 60_000));
  if (minutes < 60) return format.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  return hours < 48 ? format.format(hours, 'hour') : format.format(Math.round(hours / 24), 'day');
}

/** An integer in the reader's digits. */
export const formatCount = (value: number, locale: string): string =>
  memo(`count|${locale}`, () => new Intl.NumberFormat(locale)).format(value);

/** A calendar date given as `YYYY-MM-DD` (no time zone: the same day everywhere), e.g. `Tue, 24 Nov`. */
export function formatCalendarDate(isoDate: string, locale: string): string {
  const format = memo(`date|${locale}`, () => new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }));
  return format.format(Date.parse(`${isoDate}T12:00:00Z`));
}
