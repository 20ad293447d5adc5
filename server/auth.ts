import type * as Party from 'partykit/server';
import type { ConnectRefusal } from '../src/protocol/errors.js';
import { PROTOCOL_VERSION, isMessageId, isSiteKey } from '../src/protocol/messages.js';
import { verifyAgentToken, verifyVisitorToken } from './tokens.js';

/** Who is on a connection, verified before it opened and kept on the socket (far below 2 KB). */
export type Identity =
  | { readonly role: 'visitor'; readonly siteKey: string }
  | {
      readonly role: 'agent';
      readonly siteKey: string;
      readonly agentId: string;
      readonly name: string;
      /** Epoch ms when the token stops working (its `exp`), for the console's welcome. */
      readonly expiresAt: number;
    };

export type AgentIdentity = Extract<Identity, { role: 'agent' }>;

/** Env vars holding the signing keys (`partykit dev --var`, `partykit env add`); at least 16 characters. */
export const CONVERSATION_SECRET_VAR = 'CONVERSATION_SECRET';
export const AGENT_SECRET_VAR = 'AGENT_TOKEN_SECRET';

// Headers the edge sets after verifying a connection; whatever a client sends under these names is replaced.
const IDENTITY_HEADER = 'x-cs-identity';

export function readSecret(env: Record<string, unknown>, name: string): string | null {
  const secret = env[name];
  return typeof secret === 'string' && secret.length >= 16 ? secret : null;
}

export const refusalResponse = (refusal: ConnectRefusal, headers?: HeadersInit): Response =>
  Response.json({ code: refusal.code }, { status: refusal.status, headers });

export const hasCurrentVersion = (url: URL): boolean => url.searchParams.get('v') === String(PROTOCOL_VERSION);

function withIdentity(request: Party.Request, identity: Identity): Party.Request {
  const headers = new Headers(request.headers);
  headers.set(IDENTITY_HEADER, JSON.stringify(identity));
  return new Request(request, { headers }) as unknown as Party.Request;
}

export const UNAUTHORIZED: ConnectRefusal = { status: 401, code: 'unauthorized' };
const MISCONFIGURED: ConnectRefusal = { status: 500, code: 'server-misconfigured' };

/** The agent an agent token names, when it is valid, unexpired and for `siteKey`. */
export async function verifyAgent(token: string, env: Record<string, unknown>, siteKey: string): Promise<AgentIdentity | ConnectRefusal> {
  const secret = readSecret(env, AGENT_SECRET_VAR);
  if (!secret) return MISCONFIGURED;
  const claims = await verifyAgentToken(secret, token, siteKey, Date.now());
  return claims ? { role: 'agent', siteKey, agentId: claims.sub, name: claims.name, expiresAt: claims.exp * 1000 } : UNAUTHORIZED;
}

const agentTokenOf = (url: URL) => url.searchParams.get('agent') ?? '';

/**
 * Conversation rooms, before the room wakes: 426 for another protocol version; a visitor needs the
 * conversation's secret (`token`), an agent a valid token for the site (`agent`). The verified identity
 * travels on in a header that is always overwritten.
 */
export async function verifyConnectRequest(request: Party.Request, lobby: Party.Lobby): Promise<Party.Request | Response> {
  const url = new URL(request.url);
  if (!hasCurrentVersion(url)) return refusalResponse({ status: 426, code: 'version-mismatch' });
  const siteKey = url.searchParams.get('site');
  if (!isSiteKey(siteKey) || !isMessageId(lobby.id)) return refusalResponse(UNAUTHORIZED);

  if (url.searchParams.has('agent')) {
    const identity = await verifyAgent(agentTokenOf(url), lobby.env, siteKey);
    return 'code' in identity ? refusalResponse(identity) : withIdentity(request, identity);
  }
  const secret = readSecret(lobby.env, CONVERSATION_SECRET_VAR);
  if (!secret) return refusalResponse(MISCONFIGURED);
  const valid = await verifyVisitorToken(secret, siteKey, lobby.id, url.searchParams.get('token') ?? '');
  return valid ? withIdentity(request, { role: 'visitor', siteKey }) : refusalResponse(UNAUTHORIZED);
}

/** The inbox of a site (room id = site key) admits agents of that site only. */
export async function verifyInboxConnectRequest(request: Party.Request, lobby: Party.Lobby): Promise<Party.Request | Response> {
  const url = new URL(request.url);
  if (!hasCurrentVersion(url)) return refusalResponse({ status: 426, code: 'version-mismatch' });
  if (!isSiteKey(lobby.id)) return refusalResponse(UNAUTHORIZED);
  const identity = await verifyAgent(agentTokenOf(url), lobby.env, lobby.id);
  return 'code' in identity ? refusalResponse(identity) : withIdentity(request, identity);
}

/** Reads what the connect check forwarded. Only ever called on requests that passed it. */
export function readIdentity(request: Party.Request): Identity {
  const identity = JSON.parse(request.headers.get(IDENTITY_HEADER) ?? 'null') as Identity | null;
  if (!identity || !isSiteKey(identity.siteKey)) throw new Error('connection reached the room without a verified identity');
  return identity;
}

