/**
 * Verified shoppers: the merchant's backend signs a short-lived token for a signed-in shopper (a compact
 * JWT, HS256, with the site's identity secret); the widget hands it to the server, which ties the
 * conversation to that shopper. docs/identity.md shows how to mint one.
 */
import { isRecord, isText } from './guards.js';
import { MAX_EMAIL_LENGTH } from './limits.js';
import type { ConversationGrant } from './messages.js';

/**
 * `POST {IDENTIFY_PATH}?v=1` with `{"siteKey", "identityToken", "grant"?}` (the conversation the widget holds,
 * if any): 200 `IdentifyAnswer`, or 401/500 with `{"code"}` (an `IdentityRefusalCode`).
 */
export const IDENTIFY_PATH = '/api/identify';

/** Longest an identity token may live (`exp` minus `iat`, and `exp` minus now); longer ones are refused. */
export const MAX_IDENTITY_TOKEN_LIFETIME_S = 3600;
/** How far the merchant's clock may run ahead of ours: `iat`/`nbf` up to this far in the future pass. */
export const IDENTITY_CLOCK_SKEW_S = 60;
/** Longest identity token read, in characters; anything longer is `identity-malformed`. */
export const MAX_IDENTITY_TOKEN_LENGTH = 2048;
/** The shopper's id at the merchant (`sub`): 1 to this many characters. */
export const MAX_SHOPPER_ID_LENGTH = 128;
/** The shopper's display name (`name`), in UTF-16 code units. */
export const MAX_SHOPPER_NAME_LENGTH = 100;

/** The one signing algorithm accepted: `alg: none`, HS512, RS256 and the rest are refused. */
export const IDENTITY_TOKEN_ALGORITHM = 'HS256';

/** Who the merchant says the shopper is. Stored on the conversation; shown to agents only. */
export interface VerifiedShopper {
  /** The shopper's id at the merchant (`sub`). */
  readonly id: string;
  readonly name: string | null;
  readonly email: string | null;
}

/** The conversation that is the verified shopper's (switch to it), or null: none yet, start one when they write. */
export interface IdentifyAnswer {
  readonly grant: ConversationGrant | null;
}

export function parseVerifiedShopper(value: unknown): VerifiedShopper | null {
  if (!isRecord(value)) return null;
  const { id, name, email } = value;
  if (!isText(id, MAX_SHOPPER_ID_LENGTH) || id === '') return null;
  if (!(name === null || isText(name, MAX_SHOPPER_NAME_LENGTH)) || !(email === null || isText(email, MAX_EMAIL_LENGTH))) return null;
  return { id, name, email };
}
