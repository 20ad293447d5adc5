/**
 * Verified shoppers against a real `partykit dev`: identity tokens (compact JWTs, HS256) checked by
 * `POST /api/identify`, the conversation tied to the shopper and found again from a second device, every
 * kind of bad token refused with its code (and nothing of a conversation in the answer), and the verified
 * identity in the agent's handoff summary only. Each test uses its own shopper ids.
 */
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, afterEach, before, test } from 'node:test';
import { signIdentityToken, type IdentityClaims } from '../../server/identity-token.ts';
import type { IdentityRefusalCode } from '../../src/protocol/errors.ts';
import { IDENTIFY_PATH, MAX_IDENTITY_TOKEN_LIFETIME_S } from '../../src/protocol/identity.ts';
import { CONVERSATIONS_PATH, PROTOCOL_VERSION, parseConversationGrant, type ConversationGrant } from '../../src/protocol/messages.ts';
import type { AgentServerMessage } from '../../src/protocol/notes.ts';
import { agentToken, joinAsAgent } from '../support/agent.ts';
import { PartykitDev } from '../support/partykit.ts';
import { connect, newId, startConversation, textsOf, type FrameRecorder, type Grant, type RoomClient } from '../support/room-client.ts';

const SITE = 'demo';
let dev: PartykitDev;
const open: FrameRecorder<unknown>[] = [];
const track = <C extends FrameRecorder<unknown>>(client: C): C => (open.push(client), client);

before(async () => {
  dev = await PartykitDev.start();
});
after(async () => {
  await dev?.dispose();
});
afterEach(() => {
  for (const client of open.splice(0)) client.close();
});

const nowSeconds = () => Math.floor(Date.now() / 1000);
let shopperCount = 0;
/** A shopper id no other test uses. */
const newShopper = () => `customer-${process.pid}-${Date.now().toString(36)}-${shopperCount++}`;

/** A token as the merchant's backend mints it: five minutes, for `site`, signed with the site's secret. */
function tokenFor(sub: string, claims: Partial<IdentityClaims> = {}, secret = dev.identitySecret(SITE)): Promise<string> {
  return signIdentityToken(secret, { sub, site: SITE, iat: nowSeconds(), exp: nowSeconds() + 300, ...claims });
}

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/** A token with any header and claims, signed with HMAC of `hash` (or not at all: `hash` null). */
function handMade(header: object, claims: object, hash: 'sha256' | 'sha512' | null, secret = dev.identitySecret(SITE)): string {
  const text = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
  return `${text}.${hash ? createHmac(hash, secret).update(text).digest('base64url') : ''}`;
}

/** `POST /api/identify` as the widget sends it (text/plain JSON). */
async function identify(identityToken: string, grant: ConversationGrant | null = null, siteKey = SITE) {
  const response = await fetch(`${dev.httpOrigin}${IDENTIFY_PATH}?v=${PROTOCOL_VERSION}`, {
    method: 'POST',
    body: JSON.stringify({ siteKey, identityToken, grant }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** The conversation the server names for a valid token (null: none yet). */
async function shoppersConversation(identityToken: string, grant: ConversationGrant | null = null): Promise<string | null> {
  const { status, body } = await identify(identityToken, grant);
  assert.equal(status, 200, JSON.stringify(body));
  if (body.grant === null) return null;
  const named = parseConversationGrant(body.grant);
  assert.ok(named, `a grant: ${JSON.stringify(body)}`);
  return named.conversationId;
}

/** `POST /api/conversations` with an identity token, as the widget starts a conversation for a known shopper. */
async function startAs(identityToken: string): Promise<Grant> {
  const response = await fetch(`${dev.httpOrigin}${CONVERSATIONS_PATH}?v=${PROTOCOL_VERSION}`, {
    method: 'POST',
    body: JSON.stringify({ siteKey: SITE, identityToken }),
  });
  const grant = parseConversationGrant(await response.json());
  assert.equal(response.status, 201);
  assert.ok(grant);
  return { ...grant, siteKey: SITE };
}

async function say(client: RoomClient, body: string) {
  const id = newId();
  client.send({ type: 'message/send', id, body });
  await client.acked(id);
}

/** The grant the server hands out for a valid token, as a second device would connect with it. */
async function grantFromIdentify(identityToken: string): Promise<Grant> {
  const { body } = await identify(identityToken);
  const grant = parseConversationGrant(body.grant);
  assert.ok(grant, 'the shopper has a conversation');
  return { ...grant, siteKey: SITE };
}

test('a signed-in shopper with no conversation yet gets none; the one they start is theirs, and a second device finds it with its history', async () => {
  const sub = newShopper();
  assert.equal(await shoppersConversation(await tokenFor(sub)), null, 'nothing is started by identifying');

  const grant = await startAs(await tokenFor(sub));
  const laptop = track(await connect(dev, grant));
  await laptop.history();
  await say(laptop, 'Where is my parcel?');

  // The phone: no stored grant, a fresh token for the same shopper.
  const phoneGrant = await grantFromIdentify(await tokenFor(sub));
  assert.equal(phoneGrant.conversationId, grant.conversationId);
  const phone = track(await connect(dev, phoneGrant));
  const history = await phone.history();
  assert.deepEqual(textsOf(history.messages).map((m) => m.body), ['Where is my parcel?']);
});

test('an anonymous conversation becomes the shopper\'s when they sign in; with one already, theirs wins and the other keeps its messages', async () => {
  const sub = newShopper();
  const first = await startConversation(dev);
  const firstClient = track(await connect(dev, first));
  await firstClient.history();
  await say(firstClient, 'Asked before signing in');
  assert.equal(await shoppersConversation(await tokenFor(sub), first), first.conversationId, 'the anonymous one is now theirs');

  // Another anonymous conversation (another browser), then the same shopper signs in there.
  const second = await startConversation(dev);
  const secondClient = track(await connect(dev, second));
  await secondClient.history();
  await say(secondClient, 'Asked in the other browser');
  assert.equal(await shoppersConversation(await tokenFor(sub), second), first.conversationId, 'their existing conversation wins');

  const again = track(await connect(dev, second));
  assert.deepEqual(textsOf((await again.history()).messages).map((m) => m.body), ['Asked in the other browser'], 'kept where it was');
});

test('a conversation that is one shopper\'s is never handed to another signing in on the same browser', async () => {
  const owner = newShopper();
  const grant = await startAs(await tokenFor(owner));
  const next = await identify(await tokenFor(newShopper()), grant);
  assert.equal(next.status, 200);
  assert.deepEqual(next.body, { grant: null }, 'no conversation for the next shopper, and not the owner\'s');
});

test('two devices signing in at once with different anonymous conversations end up with the same one', async () => {
  const sub = newShopper();
  const [a, b] = await Promise.all([startConversation(dev), startConversation(dev)]);
  const [tokenA, tokenB] = await Promise.all([tokenFor(sub), tokenFor(sub)]);
  const [fromA, fromB] = await Promise.all([shoppersConversation(tokenA, a), shoppersConversation(tokenB, b)]);
  assert.ok(fromA === a.conversationId || fromA === b.conversationId);
  assert.equal(fromB, fromA);
});

test('refused tokens: each with its code, and nothing of the shopper\'s conversation in the answer', async () => {
  const sub = newShopper();
  const grant = await startAs(await tokenFor(sub));
  const now = nowSeconds();
  const claims = { sub, site: SITE, iat: now, exp: now + 300 };
  const cases: [string, string, IdentityRefusalCode][] = [
    ['expired', await tokenFor(sub, { iat: now - 600, exp: now - 1 }), 'identity-expired'],
    ['issued in the future', await tokenFor(sub, { iat: now + 600, exp: now + 900 }), 'identity-not-yet-valid'],
    ['forged (another secret)', await tokenFor(sub, {}, 'not-the-sites-secret-at-all'), 'identity-signature'],
    ['signed with the other site\'s secret', await tokenFor(sub, {}, dev.identitySecret('other-shop')), 'identity-signature'],
    ['a claim changed after signing', (await tokenFor(sub)).replace(/\.[^.]+\./, `.${base64url(JSON.stringify({ ...claims, sub: 'someone-else' }))}.`), 'identity-signature'],
    ['alg none, unsigned', handMade({ alg: 'none', typ: 'JWT' }, claims, null), 'identity-algorithm'],
    ['alg none, signed anyway', handMade({ alg: 'none', typ: 'JWT' }, claims, 'sha256'), 'identity-algorithm'],
    ['HS512', handMade({ alg: 'HS512', typ: 'JWT' }, claims, 'sha512'), 'identity-algorithm'],
    ['RS256 header over an HMAC', handMade({ alg: 'RS256', typ: 'JWT' }, claims, 'sha256'), 'identity-algorithm'],
    ['no exp', handMade({ alg: 'HS256', typ: 'JWT' }, { sub, site: SITE, iat: now }, 'sha256'), 'identity-no-expiry'],
    ['lives too long', await tokenFor(sub, { exp: now + MAX_IDENTITY_TOKEN_LIFETIME_S + 120 }), 'identity-lifetime-too-long'],
    ['for another site', await tokenFor(sub, { site: 'other-shop' }), 'identity-wrong-site'],
    ['no site', handMade({ alg: 'HS256' }, { sub, iat: now, exp: now + 300 }, 'sha256'), 'identity-wrong-site'],
    ['not a JWT', 'hello', 'identity-malformed'],
    ['no sub', handMade({ alg: 'HS256' }, { site: SITE, iat: now, exp: now + 300 }, 'sha256'), 'identity-malformed'],
  ];
  for (const [name, token, code] of cases) {
    // Offered with the shopper's own grant, so a leak would show.
    const { status, body } = await identify(token, grant);
    assert.equal(status, 401, name);
    assert.deepEqual(body, { code }, name);
  }
});

test('a conversation started with a token refused by then is anonymous, and the next sign-in ties it', async () => {
  const sub = newShopper();
  const now = nowSeconds();
  const grant = await startAs(await tokenFor(sub, { iat: now - 600, exp: now - 1 }));
  assert.equal(await shoppersConversation(await tokenFor(sub), grant), grant.conversationId);
});

test('the agent sees the verified shopper in the handoff summary; the shopper\'s frames never carry it', async () => {
  const sub = newShopper();
  const email = `${sub}@example.com`;
  const grant = await startAs(await tokenFor(sub, { name: 'Alice Martin', email }));
  const client = track(await connect(dev, grant));
  await client.history();
  await say(client, 'I need help with a refund'); // no bot on this site: straight to the queue

  const agent = track(await joinAsAgent(dev, grant.conversationId, SITE, await agentToken(dev, { name: 'Ana', site: SITE })));
  const state = await agent.next((f: AgentServerMessage) => f.type === 'conversation/updated' && !!f.summary);
  assert.equal(state.type, 'conversation/updated');
  assert.deepEqual(state.type === 'conversation/updated' && state.summary?.shopper, { id: sub, name: 'Alice Martin', email });

  await say(client, 'Still there?'); // a barrier: every frame the room sent the shopper before it has arrived
  assert.ok(client.raw.every((raw) => !raw.includes(sub) && !raw.includes('Alice Martin')), 'the shopper\'s socket never carries the identity');
});

test('a shopper who signs in after the handoff shows up in the summary the agent has', async () => {
  const sub = newShopper();
  const grant = await startConversation(dev);
  const client = track(await connect(dev, grant));
  await client.history();
  await say(client, 'My order never came');
  const agent = track(await joinAsAgent(dev, grant.conversationId, SITE, await agentToken(dev, { name: 'Ana', site: SITE })));
  const anonymous = await agent.next((f: AgentServerMessage) => f.type === 'conversation/updated' && !!f.summary);
  assert.equal(anonymous.type === 'conversation/updated' && anonymous.summary?.shopper, undefined);

  assert.equal(await shoppersConversation(await tokenFor(sub, { name: 'Bo' }), grant), grant.conversationId);
  const identified = await agent.next((f: AgentServerMessage) => f.type === 'conversation/updated' && !!f.summary?.shopper);
  assert.deepEqual(identified.type === 'conversation/updated' && identified.summary?.shopper, { id: sub, name: 'Bo', email: null });
});
