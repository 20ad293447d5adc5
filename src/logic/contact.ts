import { MAX_EMAIL_LENGTH } from '../protocol/limits.js';

/**
 * A deliverable-looking address: one `@`, a non-empty local part, a dotted domain of letters, digits and
 * hyphens (or any Unicode letters: internationalised domains), no spaces. Deliberately not RFC 5322.
 */
export function normalizeEmail(input: string): string | null {
  const email = input.trim();
  if (email.length === 0 || email.length > MAX_EMAIL_LENGTH) return null;
  const at = email.lastIndexOf('@');
  if (at <= 0 || email.indexOf('@') !== at) return null;
  const local = email.slice(0, at);
  const domain = email.slice(at + 1).toLowerCase();
  if (local.length > 64 || /[\s"(),:;<>[\\\]]/u.test(local)) return null;
  const labels = domain.split('.');
  if (labels.length < 2 || labels.some((label) => !/^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u.test(label))) return null;
  return `${local}@${domain}`;
}
