import type * as Party from 'partykit/server';
import type { IdentityRefusalCode } from '../src/protocol/errors.js';
import { isRecord } from '../src/protocol/guards.js';
import { IDENTIFY_PATH, type IdentifyAnswer, type VerifiedShopper } from '../src/protocol/identity.js';
import { isSiteKey, parseConversationGrant, type ConversationGrant } from '../src/protocol/messages.js';
import { CONVERSATION_SECRET_VAR, hasCurrentVersion, readSecret, refusalResponse } from './auth.js';
import type { ClaimAnswer } from './identities.js';
import { identitySecretVar, verifyIdentityToken } from './identity-token.js';
import { loadSites } from './sites.js';
import { signVisitorToken, verifyVisitorToken } from './tokens.js';

// The widget runs on the merchant's pages, another origin; it sends no cookies, so `*` is safe.
export const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, OPTIONS',
  'access-control-allow-headers': 'content-type',
  'access-control-max-age': '86400',
  'cache-control': 'no-store',
};

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: CORS });

/** The shopper a site's identity token vouches for, or why not. */
export async function verifyShopper(
  env: Record<string, unknown>,
  siteKey: string,
  token: string,
): Promise<{ readonly shopper: VerifiedShopper } | { readonly code: IdentityRefusalCode }> {
  const secret = readSecret(env, identitySecretVar(siteKey));
  if (!secret) return { code: 'identity-not-configured' };
  const result = await verifyIdentityToken(secret, token, siteKey, Date.now());
  return result.ok ? { shopper: result.shopper } : { code: result.code };
}

/**
 * The verified shopper's conversation, offering `conversationId` (the widget's, or one just started) if they
 * have none (the site's identities party decides, atomically); the room it names is told who the shopper is.
 * Null: they have none and the offered one is someone else's.
 */
export async function claimConversation(
  lobby: Party.FetchLobby,
  siteKey: string,
  shopper: VerifiedShopper,
  conversationId: string | null,
): Promise<string | null> {
  const response = await lobby.parties.identities!.get(siteKey).fetch({
    method: 'POST',
    body: JSON.stringify({ shopperId: shopper.id, conversationId }),
  });
  if (!response.ok) throw new Error(`the identities party answered ${response.status}`);
  const claimed = ((await response.json()) as ClaimAnswer).conversationId;
  if (claimed !== null) {
    await lobby.parties.main!.get(claimed).fetch({ method: 'POST', body: JSON.stringify({ type: 'shopper/identified', shopper }) });
  }
  return claimed;
}

/** `{siteKey, identityToken, grant?}` from the body (text/plain JSON, so no preflight), or null. */
async function readRequest(request: Party.Request) {
  let data: unknown;
  try {
    data = JSON.parse(await request.text());
  } catch {
    return null;
  }
  if (!isRecord(data) || !isSiteKey(data.siteKey) || typeof data.identityToken !== 'string') return null;
  return { siteKey: data.siteKey, identityToken: data.identityToken, grant: parseConversationGrant(data.grant) };
}

/**
 * `POST /api/identify?v=1`: the widget has an identity token. 200 with the shopper's conversation (theirs
 * from before, or the widget's own, which becomes theirs), or `grant: null` (none yet: the one the widget
 * starts next becomes theirs). 401 with an `identity-*` code for a token that is refused: nothing of any
 * conversation is in that answer. Answers null for any other path, so PartyKit routes it as usual.
 */
export async function handleIdentify(request: Party.Request, lobby: Party.FetchLobby): Promise<Response | null> {
  const url = new URL(request.url);
  if (url.pathname !== IDENTIFY_PATH) return null;
  if (request.method === 'OPTIONS') return new Response(null, { status: 204, headers: CORS });
  if (request.method !== 'POST') return json({ code: 'method-not-allowed' }, 405);
  if (!hasCurrentVersion(url)) return refusalResponse({ status: 426, code: 'version-mismatch' }, CORS);
  const secret = readSecret(lobby.env, CONVERSATION_SECRET_VAR);
  if (!secret) return refusalResponse({ status: 500, code: 'server-misconfigured' }, CORS);

  const body = await readRequest(request);
  if (!body || !loadSites(lobby.env).has(body.siteKey)) return json({ code: 'invalid-site' }, 400);
  const { siteKey, identityToken, grant } = body;
  const verified = await verifyShopper(lobby.env, siteKey, identityToken);
  if ('code' in verified) return json({ code: verified.code }, verified.code === 'identity-not-configured' ? 500 : 401);

  // Only a conversation the widget can prove it holds is offered to the shopper.
  const held = grant && (await verifyVisitorToken(secret, siteKey, grant.conversationId, grant.token)) ? grant.conversationId : null;
  const conversationId = await claimConversation(lobby, siteKey, verified.shopper, held);
  const answer: IdentifyAnswer = {
    grant: conversationId === null ? null : ({ conversationId, token: await signVisitorToken(secret, siteKey, conversationId) } satisfies ConversationGrant),
  };
  return json(answer);
}
