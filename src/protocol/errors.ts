/**
 * Error codes the room sends. Codes, never prose: the widget shows each one in the customer's language.
 * Frame-level codes leave the connection open; nothing already accepted is affected.
 */
export const ERROR_CODES = [
  /** The frame is not a JSON object (or not text at all). */
  'malformed-frame',
  /** The frame is larger than `MAX_FRAME_BYTES`. */
  'frame-too-large',
  /** The frame's `type` is not one this protocol version knows. */
  'unknown-type',
  /** A known `type` with missing or ill-typed fields (for example an id that breaks the id rules). */
  'invalid-message',
  /** The message body is empty once trimmed. */
  'body-empty',
  /** The message body is longer than `MAX_BODY_LENGTH`. */
  'body-too-long',
  /** The room could not store the message; it was not accepted and may be sent again. */
  'server-error',
  /** The e-mail address left with `contact/leave` is not one. */
  'invalid-email',
  /** An agent's command from a shopper's connection, or an agent acting on a conversation someone else holds. */
  'forbidden',
  /** Claiming a conversation another agent claimed first (the claim race: exactly one wins). */
  'already-assigned',
  /** The command does not apply where the conversation stands (resolving one that is already resolved). */
  'wrong-phase',
  /** Transferring to an agent who is not signed in to the site's inbox right now. */
  'agent-unavailable',
  /** The conversation holds `MAX_NOTES_PER_CONVERSATION` internal notes already. */
  'too-many-notes',
] as const;

/**
 * Why an identity token (`identify(token)`, docs/identity.md) was refused: `POST /api/identify` answers
 * `{"code"}` over HTTP, never in a frame. The conversation goes on without the shopper's account.
 */
export const IDENTITY_REFUSAL_CODES = [
  /** Not a compact JWT (three base64url parts of JSON), too long, or a claim of the wrong type. */
  'identity-malformed',
  /** The header's `alg` is not HS256 (`none`, HS512, RS256…). */
  'identity-algorithm',
  /** The signature does not match the site's identity secret: forged, or signed with another secret. */
  'identity-signature',
  /** Past its `exp`. */
  'identity-expired',
  /** Its `iat` or `nbf` is in the future (beyond `IDENTITY_CLOCK_SKEW_S`). */
  'identity-not-yet-valid',
  /** No `exp`: a token that never expires is refused. */
  'identity-no-expiry',
  /** Lives longer than `MAX_IDENTITY_TOKEN_LIFETIME_S`. */
  'identity-lifetime-too-long',
  /** Its `site` claim is missing or names another site. */
  'identity-wrong-site',
  /** The server has no identity secret for this site (`IDENTITY_SECRET_<SITE>`). */
  'identity-not-configured',
] as const;

export type IdentityRefusalCode = (typeof IDENTITY_REFUSAL_CODES)[number];

/** Every code the widget may have to word: the room's (in frames) and the identity refusals (over HTTP). */
export type ErrorCode = (typeof ERROR_CODES)[number] | IdentityRefusalCode;

export const isIdentityRefusal = (code: ErrorCode): code is IdentityRefusalCode => code.startsWith('identity-');

/**
 * Why a connection was refused before it opened (HTTP status of the upgrade, and the `code` in the
 * JSON body of the same answer over plain HTTP).
 */
export type ConnectRefusal =
  | { readonly status: 401; readonly code: 'unauthorized' }
  | { readonly status: 426; readonly code: 'version-mismatch' }
  | { readonly status: 500; readonly code: 'server-misconfigured' };

/** A code the room sends in frames. */
export const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
