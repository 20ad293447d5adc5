const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** A message's time of day in the reader's locale and time zone, e.g. `3:04 PM`, `15:04`. */
export function formatTime(epochMs: number, locale: string): string {
  let format = timeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' });
    timeFormats.set(locale, format);
  }
  return format.format(epochMs);
}
