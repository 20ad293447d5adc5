/** Public: the panel closed (by the visitor or by `hide()`). Fired on <cs-widget>. */
export class CsCloseEvent extends Event {
  readonly detail = {};

  constructor() {
    super('cs-close', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cs-close': CsCloseEvent;
  }
}
