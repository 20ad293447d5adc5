/** Internal: <cs-composer> tells its container whether its person is typing. Stays inside the widget's shadow root. */
export class CsTypingEvent extends Event {
  constructor(readonly typing: boolean) {
    super('cs-typing', { bubbles: true, composed: false });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cs-typing': CsTypingEvent;
  }
}
