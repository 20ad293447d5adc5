import type * as Party from 'partykit/server';
import { CONVERSATIONS_PATH, isSiteKey, type ConversationGrant } from '../src/protocol/messages.js';
import { loadSites } from './sites.js';
import { CONVERSATION_SECRET_VAR, hasCurrentVersion, readSecret, refusalResponse } from './auth.js';
import { signVisitorToken } from './tokens.js';

// The widget runs on the merchant's pages, another origin; it sends no cookies, so `*` is safe.
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, OPTIONS',
  'access-control-allow-headers': 'content-type',
  'access-control-max-age': '86400',
};

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: CORS });

/**
 * `POST /api/conversations?v=1 {"siteKey"}` mints a conversation: a fresh room id and the visitor's
 * secret for it. Answers null for any other path, so PartyKit routes it as usual.
 */
export async function handleStartConversation(request: Party.Request, lobby: Party.FetchLobby): Promise<Response | null> {
  const url = new URL(request.url);
  if (url.pathname !== CONVERSATIONS_PATH) return null;
  if (request.method === 'OPTIONS') return new Response(null, { status: 204, headers: CORS });
  if (request.method !== 'POST') return json({ code: 'method-not-allowed' }, 405);
  if (!hasCurrentVersion(url)) return refusalResponse({ status: 426, code: 'version-mismatch' }, CORS);
  const secret = readSecret(lobby.env, CONVERSATION_SECRET_VAR);
  if (!secret) return refusalResponse({ status: 500, code: 'server-misconfigured' }, CORS);

  let siteKey: unknown;
  try {
    siteKey = ((await request.json()) as { siteKey?: unknown } | null)?.siteKey;
  } catch {
    siteKey = undefined;
  }
  if (!isSiteKey(siteKey) || !loadSites(lobby.env).has(siteKey)) return json({ code: 'invalid-site' }, 400);

  const conversationId = crypto.randomUUID();
  const grant: ConversationGrant = { conversationId, token: await signVisitorToken(secret, siteKey, conversationId) };
  return json(grant, 201);
}
