import type { IdentityRefusalCode } from '../src/protocol/errors.js';
import {
  IDENTITY_CLOCK_SKEW_S,
  IDENTITY_TOKEN_ALGORITHM,
  MAX_IDENTITY_TOKEN_LENGTH,
  MAX_IDENTITY_TOKEN_LIFETIME_S,
  MAX_SHOPPER_ID_LENGTH,
  MAX_SHOPPER_NAME_LENGTH,
  type VerifiedShopper,
} from '../src/protocol/identity.js';
import { MAX_EMAIL_LENGTH } from '../src/protocol/limits.js';
import { isRecord, isText } from '../src/protocol/guards.js';
import { fromBase64Url, hmacKey, toBase64Url } from './tokens.js';

// Identity tokens: compact JWTs (RFC 7519) signed with HMAC-SHA256 by the merchant's backend. Only HS256 is
// read; the header's `alg` is checked before anything else, so `none` or a public-key algorithm can never
// choose how the signature is checked. WebCrypto only: the same code runs in the worker, Node and tests.

/**
 * The env var holding a site's identity secret, which signs its shoppers' identity tokens (shared with the
 * merchant's backend): `IDENTITY_SECRET_` and the site key in capitals, other characters as `_`
 * (`demo` → `IDENTITY_SECRET_DEMO`, `my-shop.eu` → `IDENTITY_SECRET_MY_SHOP_EU`).
 */
export const identitySecretVar = (siteKey: string): string => `IDENTITY_SECRET_${siteKey.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;

/** The claims an identity token carries (epoch seconds). */
export interface IdentityClaims {
  readonly sub: string;
  readonly site: string;
  readonly exp: number;
  readonly iat?: number;
  readonly nbf?: number;
  readonly name?: string;
  readonly email?: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

const encodeJson = (value: unknown) => toBase64Url(encoder.encode(JSON.stringify(value)));

function decodeJson(part: string): Record<string, unknown> | null {
  const bytes = fromBase64Url(part);
  if (!bytes) return null;
  try {
    const value: unknown = JSON.parse(decoder.decode(bytes));
    return isRecord(value) ? value : null;
  } catch {
    return null;
  }
}

/** What the merchant's backend does (docs/identity.md has the same in ten lines of node:crypto). */
export async function signIdentityToken(secret: string, claims: IdentityClaims): Promise<string> {
  const text = `${encodeJson({ alg: IDENTITY_TOKEN_ALGORITHM, typ: 'JWT' })}.${encodeJson(claims)}`;
  return `${text}.${toBase64Url(await crypto.subtle.sign('HMAC', await hmacKey(secret), encoder.encode(text)))}`;
}

const isSeconds = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isOptional = (value: unknown, check: (value: unknown) => boolean) => value === undefined || check(value);

/**
 * The shopper a token vouches for, or why it is refused. In this order: shape, algorithm, signature
 * (constant time, WebCrypto `verify`), then the claims, so nothing of an unsigned token is believed.
 */
export async function verifyIdentityToken(
  secret: string,
  token: string,
  siteKey: string,
  nowMs: number,
): Promise<{ readonly ok: true; readonly shopper: VerifiedShopper } | { readonly ok: false; readonly code: IdentityRefusalCode }> {
  const refuse = (code: IdentityRefusalCode) => ({ ok: false, code }) as const;
  const parts = token.length <= MAX_IDENTITY_TOKEN_LENGTH ? token.split('.') : [];
  if (parts.length !== 3) return refuse('identity-malformed');
  const [headerPart, claimsPart, signaturePart] = parts as [string, string, string];
  const header = decodeJson(headerPart);
  const claims = decodeJson(claimsPart);
  const signature = fromBase64Url(signaturePart);
  if (!header || !claims || !signature) return refuse('identity-malformed');
  if (header.alg !== IDENTITY_TOKEN_ALGORITHM) return refuse('identity-algorithm');
  const signed = await crypto.subtle.verify('HMAC', await hmacKey(secret), signature, encoder.encode(`${headerPart}.${claimsPart}`));
  if (!signed) return refuse('identity-signature');

  const { sub, site, exp, iat, nbf, name, email } = claims;
  if (!isText(sub, MAX_SHOPPER_ID_LENGTH) || sub === '') return refuse('identity-malformed');
  if (!isOptional(name, (v) => isText(v, MAX_SHOPPER_NAME_LENGTH)) || !isOptional(email, (v) => isText(v, MAX_EMAIL_LENGTH))) {
    return refuse('identity-malformed');
  }
  if (!isOptional(iat, isSeconds) || !isOptional(nbf, isSeconds)) return refuse('identity-malformed');
  if (exp === undefined) return refuse('identity-no-expiry');
  if (!isSeconds(exp)) return refuse('identity-malformed');
  if (site !== siteKey) return refuse('identity-wrong-site');
  const now = nowMs / 1000;
  const issuedAt = (iat as number | undefined) ?? now;
  if (exp <= now) return refuse('identity-expired');
  if (issuedAt > now + IDENTITY_CLOCK_SKEW_S || ((nbf as number | undefined) ?? now) > now + IDENTITY_CLOCK_SKEW_S) return refuse('identity-not-yet-valid');
  if (exp - Math.min(now, issuedAt) > MAX_IDENTITY_TOKEN_LIFETIME_S) return refuse('identity-lifetime-too-long');
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
  return { ok: true, shopper: { id: sub, name: text(name), email: text(email) } };
}
