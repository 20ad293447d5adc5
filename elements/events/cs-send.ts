/** Internal request from <cs-composer> to its container. Stays inside the widget's shadow root. */
export class CsSendEvent extends Event {
  constructor(readonly body: string) {
    super('cs-send', { bubbles: true, composed: false, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cs-send': CsSendEvent;
  }
}
