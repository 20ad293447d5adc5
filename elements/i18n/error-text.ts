import { msg } from '@lit/localize';
import { assertNever } from '../../src/logic/assert-never.js';
import { isIdentityRefusal, type ErrorCode } from '../../src/protocol/errors.js';

/** The room sends codes; this is where each becomes words. Call from `render()` only. */
export function errorText(code: ErrorCode): string {
  // An identity token refused: the chat goes on without the account. Which check failed is for the
  // merchant's developers (the code goes out with `cs-error`); most often the token expired on an open page.
  if (isIdentityRefusal(code)) {
    return msg('This chat could not be linked to your account. Reloading the page may help.', {
      desc: 'The shop tried to link the chat to the signed-in customer, but the server refused the proof (often expired); the chat still works',
    });
  }
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
    default:
      return assertNever(code);
  }
}
