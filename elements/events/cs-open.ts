/** Public: the panel opened (by the visitor or by `show()`). Fired on <cs-widget>. */
export class CsOpenEvent extends Event {
  readonly detail = {};

  constructor() {
    super('cs-open', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cs-open': CsOpenEvent;
  }
}
