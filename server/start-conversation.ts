import type * as Party from 'partykit/server';
import { CONVERSATIONS_PATH, isSiteKey, type ConversationGrant } from '../src/protocol/messages.js';
import { loadSites } from './sites.js';
import { CONVERSATION_SECRET_VAR, hasCurrentVersion, readSecret, refusalResponse } from './auth.js';
import { CORS, claimConversation, verifyShopper } from './identify.js';
import { signVisitorToken } from './tokens.js';

const json = (data: unknown, status = 200) => Response.json(data, { status, headers: CORS });

/**
 * `POST /api/conversations?v=1 {"siteKey", "identityToken"?}` mints a conversation: a fresh room id and the
 * visitor's secret for it. With a valid identity token it is the verified shopper's: their existing one
 * (another device started it meanwhile), or the fresh one, recorded as theirs. A token refused by now
 * (expired since the page identified) starts an anonymous conversation: the shopper can always write, and
 * the next identify ties it. Answers null for any other path, so PartyKit routes it as usual.
 */
export async function handleStartConversation(request: Party.Request, lobby: Party.FetchLobby): Promise<Response | null> {
  const url = new URL(request.url);
  if (url.pathname !== CONVERSATIONS_PATH) return null;
  if (request.method === 'OPTIONS') return new Response(null, { status: 204, headers: CORS });
  if (request.method !== 'POST') return json({ code: 'method-not-allowed' }, 405);
  if (!hasCurrentVersion(url)) return refusalResponse({ status: 426, code: 'version-mismatch' }, CORS);
  const secret = readSecret(lobby.env, CONVERSATION_SECRET_VAR);
  if (!secret) return refusalResponse({ status: 500, code: 'server-misconfigured' }, CORS);

  let body: { siteKey?: unknown; identityToken?: unknown } | null;
  try {
    body = (await request.json()) as typeof body;
  } catch {
    body = null;
  }
  const siteKey = body?.siteKey;
  if (!isSiteKey(siteKey) || !loadSites(lobby.env).has(siteKey)) return json({ code: 'invalid-site' }, 400);

  let conversationId = crypto.randomUUID();
  if (typeof body?.identityToken === 'string') {
    const verified = await verifyShopper(lobby.env, siteKey, body.identityToken);
    if ('shopper' in verified) conversationId = (await claimConversation(lobby, siteKey, verified.shopper, conversationId)) ?? conversationId;
  }
  const grant: ConversationGrant = { conversationId, token: await signVisitorToken(secret, siteKey, conversationId) };
  return json(grant, 201);
}
