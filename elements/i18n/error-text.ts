import { msg } from '@lit/localize';
import { assertNever } from '../../src/logic/assert-never.js';
import type { ErrorCode } from '../../src/protocol/errors.js';

/** The room sends codes; this is where each becomes words. Call from `render()` only. */
export function errorText(code: ErrorCode): string {
  switch (code) {
    case 'body-empty':
      return msg('The message is empty.', { desc: 'Why a chat message was not sent: it had no text' });
    case 'body-too-long':
      return msg('The message is too long. Please split it.', { desc: 'Why a chat message was not sent: over the length limit' });
    case 'frame-too-large':
    case 'malformed-frame':
    case 'unknown-type':
    case 'invalid-message':
      return msg('The message could not be read by our server.', { desc: 'Why a chat message was not sent: the server could not parse it' });
    case 'invalid-email':
      return msg('That does not look like an e-mail address.', { desc: 'The room refused an e-mail address' });
    case 'server-error':
      return msg('Our server could not store the message. Please try again.', { desc: 'Why a chat message was not sent: a temporary server failure' });
    case 'forbidden':
    case 'wrong-phase':
    // Codes only agents' commands get; the console words them itself (elements/agent-console/labels.ts).
    case 'agent-unavailable':
    case 'too-many-notes':
      return msg('That is not possible in this conversation right now.', { desc: 'The room refused an action that does not apply to this conversation or this person' });
    case 'already-assigned':
      return msg('Someone else from the team already has this conversation.', { desc: 'Another agent claimed the conversation first' });
    // Identity tokens: the chat goes on without the account. The code itself (for the merchant's
    // developers) goes out with `cs-error`.
    case 'identity-expired':
    case 'identity-not-yet-valid':
      return msg('Your sign-in has expired. Reload the page to link this chat to your account.', {
        desc: 'The shop signed the customer in, but that sign-in is too old (or not valid yet) to link the chat to their account; the chat still works',
      });
    case 'identity-malformed':
    case 'identity-algorithm':
    case 'identity-signature':
    case 'identity-no-expiry':
    case 'identity-lifetime-too-long':
    case 'identity-wrong-site':
    case 'identity-not-configured':
      return msg('We could not confirm your account, so this chat is not linked to it.', {
        desc: 'The shop tried to link the chat to the signed-in customer, but the server refused the proof; the chat still works',
      });
    default:
      return assertNever(code);
  }
}
