import { isMessageId } from '../src/protocol/messages.js';

// Secrets and tokens: WebCrypto HMAC-SHA256 only, so the same code runs in the worker, in Node (the
// agent-token CLI) and in tests.

/** What an agent token says. `exp` is required: epoch seconds. */
export interface AgentClaims {
  /** Agent id: the same rules as message ids. */
  readonly sub: string;
  readonly name: string;
  readonly site: string;
  readonly exp: number;
}

/** Longest an agent token may live; longer ones are refused even when correctly signed. */
export const MAX_AGENT_TOKEN_SECONDS = 7 * 24 * 3600;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export async function hmacKey(secret: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
}

export function toBase64Url(bytes: ArrayBuffer | Uint8Array): string {
  let binary = '';
  for (const byte of bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    return Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

const sign = async (secret: string, text: string) =>
  toBase64Url(await crypto.subtle.sign('HMAC', await hmacKey(secret), encoder.encode(text)));

/** `verify` compares in constant time. */
async function verify(secret: string, text: string, signature: string): Promise<boolean> {
  const bytes = fromBase64Url(signature);
  return bytes !== null && crypto.subtle.verify('HMAC', await hmacKey(secret), bytes, encoder.encode(text));
}

// The signed text names the site and the room, so a secret opens exactly one conversation of one site.
const visitorText = (siteKey: string, conversationId: string) => `visitor\n${siteKey}\n${conversationId}`;

/** The visitor's secret for a conversation: an HMAC only the server can make. */
export const signVisitorToken = (secret: string, siteKey: string, conversationId: string) =>
  sign(secret, visitorText(siteKey, conversationId));

export const verifyVisitorToken = (secret: string, siteKey: string, conversationId: string, token: string) =>
  verify(secret, visitorText(siteKey, conversationId), token);

const AGENT_TOKEN_PREFIX = 'agent1';

/** `agent1.<claims as base64url JSON>.<HMAC of both>`: no algorithm field to downgrade, expiry required. */
export async function signAgentToken(secret: string, claims: AgentClaims): Promise<string> {
  const payload = `${AGENT_TOKEN_PREFIX}.${toBase64Url(encoder.encode(JSON.stringify(claims)))}`;
  return `${payload}.${await sign(secret, payload)}`;
}

/** The claims of a valid, unexpired agent token for `siteKey`, or null. */
export async function verifyAgentToken(secret: string, token: string, siteKey: string, nowMs: number): Promise<AgentClaims | null> {
  const [prefix, body, signature, ...rest] = token.split('.');
  if (prefix !== AGENT_TOKEN_PREFIX || body === undefined || signature === undefined || rest.length > 0) return null;
  if (!(await verify(secret, `${prefix}.${body}`, signature))) return null;
  const bytes = fromBase64Url(body);
  let claims: Partial<AgentClaims> | null;
  try {
    claims = bytes ? (JSON.parse(decoder.decode(bytes)) as Partial<AgentClaims>) : null;
  } catch {
    return null;
  }
  const { sub, name, site, exp } = claims ?? {};
  if (!isMessageId(sub) || typeof name !== 'string' || name.length === 0 || name.length > 64) return null;
  if (site !== siteKey || typeof exp !== 'number' || !Number.isFinite(exp)) return null;
  const nowSeconds = nowMs / 1000;
  if (exp <= nowSeconds || exp > nowSeconds + MAX_AGENT_TOKEN_SECONDS) return null;
  return { sub, name, site, exp };
}
