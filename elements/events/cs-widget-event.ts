import type { ConnectRefusal, ErrorCode } from '../../src/protocol/errors.js';

/** A message from the team or the bot, as `cs-message` tells it. */
export interface CsMessageDetail {
  readonly id: string;
  readonly author: {
    readonly kind: 'agent' | 'bot';
    /** The agent's display name; null for the bot. */
    readonly name: string | null;
  };
  /**
   * What the agent wrote, or the bot's answer from the knowledge base. Empty for the bot's other replies
   * (a question back, an order card, the handoff): the panel words those in the shopper's language.
   */
  readonly body: string;
  /** When the room stored it, epoch ms. */
  readonly time: number;
}

/** What each public event of `<cs-widget>` carries in `detail`, by event name. */
export interface CsWidgetEventDetails {
  'cs-ready': Record<string, never>;
  'cs-open': Record<string, never>;
  'cs-close': Record<string, never>;
  'cs-message': CsMessageDetail;
  'cs-unread-change': { readonly count: number };
  /** An error code the widget shows (`ErrorCode`), or why the server refused the connection. */
  'cs-error': { readonly code: ErrorCode | ConnectRefusal['code'] };
}

export type CsWidgetEventName = keyof CsWidgetEventDetails;

/**
 * Public: every event `<cs-widget>` fires on itself. It bubbles and crosses shadow roots (composed), so a
 * page can listen on the element or anywhere above it. One class for all six keeps the widget small;
 * `type` says which, and `detail` is typed by it (see the aliases below).
 */
export class CsWidgetEvent<Name extends CsWidgetEventName = CsWidgetEventName> extends Event {
  declare readonly type: Name;

  constructor(
    type: Name,
    readonly detail: CsWidgetEventDetails[Name],
  ) {
    super(type, { bubbles: true, composed: true });
  }
}

/** The widget rendered for the first time with its language loaded. Fires once. */
export type CsReadyEvent = CsWidgetEvent<'cs-ready'>;
/** The panel opened (by the shopper or `open()`). */
export type CsOpenEvent = CsWidgetEvent<'cs-open'>;
/** The panel closed (by the shopper or `close()`). */
export type CsCloseEvent = CsWidgetEvent<'cs-close'>;
/** A new message from the team or the bot arrived. */
export type CsMessageEvent = CsWidgetEvent<'cs-message'>;
/** The number of team and bot messages the shopper has not seen changed. */
export type CsUnreadChangeEvent = CsWidgetEvent<'cs-unread-change'>;
/** The widget is showing an error, or the server refused the connection. */
export type CsErrorEvent = CsWidgetEvent<'cs-error'>;

declare global {
  interface GlobalEventHandlersEventMap {
    'cs-ready': CsReadyEvent;
    'cs-open': CsOpenEvent;
    'cs-close': CsCloseEvent;
    'cs-message': CsMessageEvent;
    'cs-unread-change': CsUnreadChangeEvent;
    'cs-error': CsErrorEvent;
  }
}
