/** Type guards every parser of untrusted JSON in the protocol (and the site configuration) shares. */

/** A JSON object: not null, not an array. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A string of at most `max` UTF-16 code units. */
export const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;

/** A whole number, zero or more (a count, a sequence number). */
export const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** Epoch milliseconds (any finite number). */
export const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** A guard for one of a fixed list of string values. */
export const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    (values as readonly unknown[]).includes(value);

/** A BCP 47-shaped language tag as the protocol carries it (not checked against the registry). */
export const isLanguageTag = (value: unknown): value is string => typeof value === 'string' && /^[A-Za-z0-9-]{1,35}$/.test(value);

/** A text frame holding a JSON object, or null (binary, not JSON, not an object). */
export function parseJsonRecord(raw: unknown): Record<string, unknown> | null {
  if (typeof raw !== 'string') return null;
  try {
    const data: unknown = JSON.parse(raw);
    return isRecord(data) ? data : null;
  } catch {
    return null;
  }
}
