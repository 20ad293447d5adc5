/** Clock times as a shopper's browser words them, computed independently of the code under test. */

/** The calendar day of an instant in a zone, `YYYY-MM-DD`. */
export const dayIn = (epochMs: number, timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone }).format(epochMs);

/** A clock time as en-US writes it in a zone, with the weekday when that is not today there: `Mon 9:00 AM`. */
export const clockIn = (epochMs: number, timeZone: string) =>
  new Intl.DateTimeFormat('en-US', {
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    ...(dayIn(epochMs, timeZone) === dayIn(Date.now(), timeZone) ? {} : { weekday: 'short' }),
  }).format(epochMs);
