// The local signing keys: made once per checkout in .data/ and kept, so conversations and agent tokens
// survive restarts. In production they are PartyKit variables (`npx partykit env add NAME`).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const DATA_DIR = join(import.meta.dirname, '../.data');

/** The secret in env var `name`, else the one kept in .data/ (made on first use). */
export function localSecret(name) {
  if (process.env[name]) return process.env[name];
  mkdirSync(DATA_DIR, { recursive: true });
  const file = join(DATA_DIR, name.toLowerCase());
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}
