import type * as Party from 'partykit/server';
import type { ConnectRefusal } from '../src/protocol/errors.js';
import { PROTOCOL_VERSION, isMessageId, isSiteKey, type Role } from '../src/protocol/messages.js';

/** Who is on a connection, verified in `onBeforeConnect` and kept on the socket (far below 2 KB). */
export interface Identity {
  readonly role: Role;
  readonly siteKey: string;
}

/** Headers the edge sets after verifying a connection; any a client sends are overwritten. */
const ROLE_HEADER = 'x-cs-role';
const SITE_HEADER = 'x-cs-site';

/** The env var holding the key that signs conversation secrets (`partykit dev --var`, `partykit env add`). */
export const SECRET_VAR = 'CONVERSATION_SECRET';

const encoder = new TextEncoder();

async function hmacKey(secret: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
    'verify',
  ]);
}

// The signed text names the site and the room, so a secret opens exactly one conversation of one site.
const signedText = (siteKey: string, conversationId: string) => encoder.encode(`visitor\n${siteKey}\n${conversationId}`);

function toBase64Url(bytes: ArrayBuffer): string {
  let binary = '';
  for (const byte of new Uint8Array(bytes)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The visitor's secret for a conversation: an HMAC only the server can make. */
export async function signVisitorToken(secret: string, siteKey: string, conversationId: string): Promise<string> {
  return toBase64Url(await crypto.subtle.sign('HMAC', await hmacKey(secret), signedText(siteKey, conversationId)));
}

async function verifyVisitorToken(secret: string, siteKey: string, conversationId: string, token: string) {
  const signature = fromBase64Url(token);
  // `verify` compares in constant time.
  return signature !== null && crypto.subtle.verify('HMAC', await hmacKey(secret), signature, signedText(siteKey, conversationId));
}

export function readSecret(env: Record<string, unknown>): string | null {
  const secret = env[SECRET_VAR];
  return typeof secret === 'string' && secret.length >= 16 ? secret : null;
}

export const refusalResponse = (refusal: ConnectRefusal, headers?: HeadersInit): Response =>
  Response.json({ code: refusal.code }, { status: refusal.status, headers });

export const hasCurrentVersion = (url: URL): boolean => url.searchParams.get('v') === String(PROTOCOL_VERSION);

/**
 * Runs at the edge before the room wakes. Accepts a visitor who holds the conversation's secret and
 * speaks this protocol version; forwards the verified identity in headers it always overwrites.
 */
export async function verifyConnectRequest(request: Party.Request, lobby: Party.Lobby): Promise<Party.Request | Response> {
  const url = new URL(request.url);
  if (!hasCurrentVersion(url)) return refusalResponse({ status: 426, code: 'version-mismatch' });
  const secret = readSecret(lobby.env);
  if (!secret) return refusalResponse({ status: 500, code: 'server-misconfigured' });
  const siteKey = url.searchParams.get('site');
  const token = url.searchParams.get('token') ?? '';
  const valid =
    isSiteKey(siteKey) && isMessageId(lobby.id) && (await verifyVisitorToken(secret, siteKey, lobby.id, token));
  if (!valid) return refusalResponse({ status: 401, code: 'unauthorized' });
  const headers = new Headers(request.headers);
  headers.set(ROLE_HEADER, 'visitor');
  headers.set(SITE_HEADER, siteKey);
  return new Request(request, { headers }) as unknown as Party.Request;
}

/** Reads what `verifyConnectRequest` forwarded. Only ever called on requests that passed it. */
export function readIdentity(request: Party.Request): Identity {
  const role = request.headers.get(ROLE_HEADER);
  const siteKey = request.headers.get(SITE_HEADER);
  if (role !== 'visitor' || !isSiteKey(siteKey)) throw new Error('connection reached the room without a verified identity');
  return { role, siteKey };
}
