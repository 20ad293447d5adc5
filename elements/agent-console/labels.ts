import { msg } from '@lit/localize';
import type { ErrorCode } from '../../src/protocol/errors.js';
import type { Category, HandoffReason, Sentiment } from '../../src/protocol/handoff.js';
import type { Priority } from '../../src/protocol/wait.js';
import { formatLanguage } from '../../src/i18n/format.js';
import { errorText } from '../i18n/error-text.js';

// The words agents read for the facts the inbox and the rooms send. Call from `render()` only.

export function priorityText(priority: Priority): string {
  switch (priority) {
    case 'high':
      return msg('High', { desc: 'Agent console: priority of a conversation' });
    case 'medium':
      return msg('Medium', { desc: 'Agent console: priority of a conversation' });
    case 'low':
      return msg('Low', { desc: 'Agent console: priority of a conversation' });
  }
}

export function categoryText(category: Category): string {
  switch (category) {
    case 'product':
      return msg('Product', { desc: 'Agent console: category of a conversation (questions about a product)' });
    case 'shipping':
      return msg('Shipping', { desc: 'Agent console: category of a conversation (delivery and tracking)' });
    case 'returns':
      return msg('Returns', { desc: 'Agent console: category of a conversation (returns and refunds)' });
    case 'complaint':
      return msg('Complaint', { desc: 'Agent console: category of a conversation' });
    case 'other':
      return msg('Other', { desc: 'Agent console: category of a conversation' });
  }
}

export function sentimentText(sentiment: Sentiment): string {
  switch (sentiment) {
    case 'negative':
      return msg('Negative', { desc: 'Agent console: the tone of the shopper’s messages' });
    case 'neutral':
      return msg('Neutral', { desc: 'Agent console: the tone of the shopper’s messages' });
    case 'positive':
      return msg('Positive', { desc: 'Agent console: the tone of the shopper’s messages' });
  }
}

export function reasonText(reason: HandoffReason): string {
  switch (reason) {
    case 'asked':
      return msg('The customer asked for a person', { desc: 'Agent console: why the bot handed the conversation over' });
    case 'priority':
      return msg('Urgent: damage, a defect, safety or anger', { desc: 'Agent console: why the bot handed the conversation over' });
    case 'sentiment':
      return msg('The customer is unhappy', { desc: 'Agent console: why the bot handed the conversation over' });
    case 'bot-failed':
      return msg('The bot could not answer twice', { desc: 'Agent console: why the bot handed the conversation over' });
    case 'order-lookup-failed':
      return msg('The order system did not answer', { desc: 'Agent console: why the bot handed the conversation over' });
    case 'no-bot':
      return msg('This site has no bot', { desc: 'Agent console: why the conversation went straight to the team' });
  }
}

/** The language's name in the agent's language, with its tag: `Arabic (ar)`. */
export const languageText = (tag: string, locale: string): string => `${formatLanguage(tag, locale)} (${tag})`;

/** A refusal as agents read it: the codes only agents' commands get, in their own words; the rest as shoppers see them. */
export function refusalText(code: ErrorCode): string {
  switch (code) {
    case 'agent-unavailable':
      return msg('That person is not signed in right now.', { desc: 'Agent console: a conversation cannot be transferred to an agent who is offline' });
    case 'too-many-notes':
      return msg('This conversation has too many internal notes.', { desc: 'Agent console: the limit of internal notes per conversation is reached' });
    default:
      return errorText(code);
  }
}
