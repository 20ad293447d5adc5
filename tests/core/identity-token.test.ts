// The identity-token verifier (server/identity-token.ts) on its own, at a fixed clock: the claims it reads,
// the limits (lifetime, clock skew, sizes) at their edges, and tokens minted the way docs/identity.md tells
// a merchant to (node:crypto, demo/merchant-backend.mjs), which it must accept.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, test } from 'node:test';
import { mintIdentityToken } from '../../demo/merchant-backend.mjs';
import { identitySecretVar, signIdentityToken, verifyIdentityToken } from '../../server/identity-token.ts';
import {
  IDENTITY_CLOCK_SKEW_S,
  MAX_IDENTITY_TOKEN_LENGTH,
  MAX_IDENTITY_TOKEN_LIFETIME_S,
  MAX_SHOPPER_ID_LENGTH,
  MAX_SHOPPER_NAME_LENGTH,
} from '../../src/protocol/identity.ts';
import { parseHandoffSummary } from '../../src/protocol/handoff.ts';

const SECRET = 'identity-secret-for-the-core-test';
const SITE = 'my-shop';
const NOW = 1_800_000_000; // seconds
const at = (seconds: number) => seconds * 1000;

const sign = (claims: Record<string, unknown>) => signIdentityToken(SECRET, { sub: 'cust-1', site: SITE, iat: NOW, exp: NOW + 300, ...claims } as never);
const verify = (token: string, nowSeconds = NOW) => verifyIdentityToken(SECRET, token, SITE, at(nowSeconds));
const codeOf = async (token: string, nowSeconds = NOW) => {
  const result = await verify(token, nowSeconds);
  return result.ok ? 'ok' : result.code;
};

/** Header and claims as given, HMAC-SHA256 signed with the right secret: only what is inside differs. */
function raw(header: string, claims: string): string {
  const text = `${Buffer.from(header).toString('base64url')}.${Buffer.from(claims).toString('base64url')}`;
  return `${text}.${createHmac('sha256', SECRET).update(text).digest('base64url')}`;
}

describe('verifyIdentityToken', () => {
  test('reads the shopper from a valid token; name and email are optional', async () => {
    assert.deepEqual(await verify(await sign({ name: 'Alice', email: 'alice@example.com' })), {
      ok: true,
      shopper: { id: 'cust-1', name: 'Alice', email: 'alice@example.com' },
    });
    assert.deepEqual(await verify(await sign({})), { ok: true, shopper: { id: 'cust-1', name: null, email: null } });
  });

  test('accepts a token minted as docs/identity.md shows (node:crypto)', async () => {
    const token = mintIdentityToken(SECRET, { sub: 'cust-9', site: SITE, name: 'Bo' });
    const result = await verifyIdentityToken(SECRET, token, SITE, Date.now());
    assert.deepEqual(result, { ok: true, shopper: { id: 'cust-9', name: 'Bo', email: null } });
  });

  test('expiry: valid until exp, refused at it', async () => {
    const token = await sign({ exp: NOW + 300 });
    assert.equal(await codeOf(token, NOW + 299), 'ok');
    assert.equal(await codeOf(token, NOW + 300), 'identity-expired');
  });

  test('lifetime: exactly the maximum passes, a second more is refused (from iat, or from now without iat)', async () => {
    assert.equal(await codeOf(await sign({ exp: NOW + MAX_IDENTITY_TOKEN_LIFETIME_S })), 'ok');
    assert.equal(await codeOf(await sign({ exp: NOW + MAX_IDENTITY_TOKEN_LIFETIME_S + 1 })), 'identity-lifetime-too-long');
    // Issued long ago, still unexpired: it lived too long all the same.
    assert.equal(await codeOf(await sign({ iat: NOW - MAX_IDENTITY_TOKEN_LIFETIME_S, exp: NOW + 10 })), 'identity-lifetime-too-long');
    assert.equal(await codeOf(await sign({ iat: undefined, exp: NOW + MAX_IDENTITY_TOKEN_LIFETIME_S + 1 })), 'identity-lifetime-too-long');
  });

  test('clock skew: iat and nbf a little in the future pass, further is not yet valid', async () => {
    assert.equal(await codeOf(await sign({ iat: NOW + IDENTITY_CLOCK_SKEW_S })), 'ok');
    assert.equal(await codeOf(await sign({ iat: NOW + IDENTITY_CLOCK_SKEW_S + 1 })), 'identity-not-yet-valid');
    assert.equal(await codeOf(await sign({ nbf: NOW + IDENTITY_CLOCK_SKEW_S + 1 })), 'identity-not-yet-valid');
  });

  test('the header is read before the signature: any alg but HS256 is refused, even when the HMAC matches', async () => {
    for (const alg of ['none', 'NONE', 'HS512', 'HS384', 'RS256', 'ES256', 'PS256', '']) {
      assert.equal(await codeOf(raw(JSON.stringify({ alg, typ: 'JWT' }), JSON.stringify({ sub: 'a', site: SITE, exp: NOW + 60 }))), 'identity-algorithm', alg);
    }
    assert.equal(await codeOf(raw('{"typ":"JWT"}', JSON.stringify({ sub: 'a', site: SITE, exp: NOW + 60 }))), 'identity-algorithm', 'no alg');
  });

  test('nothing unsigned is believed: a bad signature wins over expired claims', async () => {
    const expired = await sign({ iat: NOW - 1000, exp: NOW - 500 });
    assert.equal(await verifyIdentityToken('another-secret-entirely', expired, SITE, at(NOW)).then((r) => !r.ok && r.code), 'identity-signature');
    const token = await sign({});
    assert.equal(await codeOf(`${token.slice(0, -2)}AA`), 'identity-signature');
    assert.equal(await codeOf(`${token}x`), 'identity-signature');
  });

  test('malformed: shapes, encodings, claim types and sizes', async () => {
    const claims = (value: Record<string, unknown>) => raw('{"alg":"HS256"}', JSON.stringify({ site: SITE, exp: NOW + 60, ...value }));
    const cases: [string, string][] = [
      ['empty', ''],
      ['two parts', 'abc.def'],
      ['four parts', 'a.b.c.d'],
      ['not base64url', 'a+b.c/d.e=f'],
      ['header not JSON', raw('alg:HS256', '{}')],
      ['header an array', raw('["HS256"]', '{}')],
      ['claims not JSON', raw('{"alg":"HS256"}', 'sub=a')],
      ['no sub', claims({})],
      ['empty sub', claims({ sub: '' })],
      ['numeric sub', claims({ sub: 42 })],
      ['sub too long', claims({ sub: 'x'.repeat(MAX_SHOPPER_ID_LENGTH + 1) })],
      ['name not text', claims({ sub: 'a', name: { first: 'A' } })],
      ['name too long', claims({ sub: 'a', name: 'x'.repeat(MAX_SHOPPER_NAME_LENGTH + 1) })],
      ['exp as text', claims({ sub: 'a', exp: String(NOW + 60) })],
      ['iat as text', claims({ sub: 'a', iat: 'now' })],
      ['too long', `${await sign({ name: 'x' })}${'A'.repeat(MAX_IDENTITY_TOKEN_LENGTH)}`],
    ];
    for (const [name, token] of cases) assert.equal(await codeOf(token), 'identity-malformed', name);
  });

  test('exp is required; site is required and must be this one', async () => {
    assert.equal(await codeOf(raw('{"alg":"HS256"}', JSON.stringify({ sub: 'a', site: SITE }))), 'identity-no-expiry');
    assert.equal(await codeOf(await sign({ site: 'other-shop' })), 'identity-wrong-site');
    assert.equal(await codeOf(await sign({ site: undefined })), 'identity-wrong-site');
  });
});

test('identitySecretVar: the site key in capitals, other characters as _', () => {
  assert.equal(identitySecretVar('demo-shop'), 'IDENTITY_SECRET_DEMO_SHOP');
  assert.equal(identitySecretVar('my.shop_EU'), 'IDENTITY_SECRET_MY_SHOP_EU');
});

test('the handoff summary carries a verified shopper when there is one, and refuses a broken one', () => {
  const summary = {
    reason: 'asked', category: 'other', priority: 'low', sentiment: 'neutral', language: 'en',
    timeZone: null, orderNumber: null, botTried: [], firstLine: 'hi', at: 1,
  };
  assert.deepEqual(parseHandoffSummary(summary), summary);
  const shopper = { id: 'cust-1', name: 'Alice', email: null };
  assert.deepEqual(parseHandoffSummary({ ...summary, shopper })?.shopper, shopper);
  assert.equal(parseHandoffSummary({ ...summary, shopper: { id: '', name: null, email: null } }), null);
});
