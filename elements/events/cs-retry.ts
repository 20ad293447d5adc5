/** Internal request from <cs-message> to send a refused message again. Stays inside shadow roots. */
export class CsRetryEvent extends Event {
  constructor(readonly messageId: string) {
    super('cs-retry', { bubbles: true, composed: false });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cs-retry': CsRetryEvent;
  }
}
