import type { IdentityRefusalCode } from '../protocol/errors.js';
import { IDENTIFY_PATH } from '../protocol/identity.js';
import { parseConversationGrant, type ConversationGrant } from '../protocol/messages.js';
import { post } from './connect-conversation.js';

/**
 * Hands the merchant's identity token to the server over HTTP (no socket, nothing stored), offering the
 * conversation the widget holds. Resolves to the verified shopper's conversation (null: none yet) or to the
 * code the token was refused with; rejects when the server cannot be reached or answers otherwise.
 */
export async function identifyShopper(
  server: string,
  body: { readonly siteKey: string; readonly identityToken: string; readonly grant: ConversationGrant | null },
): Promise<{ readonly grant: ConversationGrant | null } | IdentityRefusalCode> {
  const response = await post(server, IDENTIFY_PATH, body);
  const data = (await response.json()) as { grant?: unknown; code?: string };
  if (response.ok) return { grant: parseConversationGrant(data.grant) };
  if (data.code?.startsWith('identity-')) return data.code as IdentityRefusalCode;
  throw new Error(`${response.status}`);
}
