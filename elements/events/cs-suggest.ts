/** Internal: the shopper picked one of the bot's suggested questions; it is sent as their message. */
export class CsSuggestEvent extends Event {
  constructor(readonly text: string) {
    super('cs-suggest', { bubbles: true, composed: false });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cs-suggest': CsSuggestEvent;
  }
}
