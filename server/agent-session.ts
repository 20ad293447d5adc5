import type * as Party from 'partykit/server';
import { isRecord } from '../src/protocol/guards.js';
import { AGENT_SESSIONS_PATH, type AgentSession } from '../src/protocol/inbox.js';
import { isSiteKey } from '../src/protocol/messages.js';
import { UNAUTHORIZED, hasCurrentVersion, refusalResponse, verifyAgent } from './auth.js';
import { loadSites } from './sites.js';

// The console may be served from another origin than the server; it sends no cookies, so `*` is safe.
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, OPTIONS',
  'access-control-allow-headers': 'content-type',
  'access-control-max-age': '86400',
  'cache-control': 'no-store',
};

/** `{siteKey, token}` from the body (sent as text/plain JSON, so no preflight), or null. */
async function readSignIn(request: Party.Request): Promise<{ siteKey: string; token: string } | null> {
  let data: unknown;
  try {
    data = JSON.parse(await request.text());
  } catch {
    return null;
  }
  return isRecord(data) && isSiteKey(data.siteKey) && typeof data.token === 'string' ? { siteKey: data.siteKey, token: data.token } : null;
}

/**
 * `POST /api/agent-sessions?v=1 {"siteKey", "token"}`: whether an agent token works for the site, for the
 * console's sign-in screen. 200 with the `AgentSession`, or 401 for a forged, expired, too long-lived or
 * malformed token, or one for another (or no configured) site. Answers null for any other path, so PartyKit routes it as usual.
 */
export async function handleAgentSession(request: Party.Request, lobby: Party.FetchLobby): Promise<Response | null> {
  const url = new URL(request.url);
  if (url.pathname !== AGENT_SESSIONS_PATH) return null;
  if (request.method === 'OPTIONS') return new Response(null, { status: 204, headers: CORS });
  if (request.method !== 'POST') return Response.json({ code: 'method-not-allowed' }, { status: 405, headers: CORS });
  if (!hasCurrentVersion(url)) return refusalResponse({ status: 426, code: 'version-mismatch' }, CORS);

  const signIn = await readSignIn(request);
  if (!signIn || !loadSites(lobby.env).has(signIn.siteKey)) return refusalResponse(UNAUTHORIZED, CORS);
  const identity = await verifyAgent(signIn.token, lobby.env, signIn.siteKey);
  if ('code' in identity) return refusalResponse(identity, CORS);
  const session: AgentSession = { agentId: identity.agentId, name: identity.name, expiresAt: identity.expiresAt };
  return Response.json(session, { headers: CORS });
}
