/** Internal request from <cs-wait-banner>: the shopper left an e-mail address. Stays inside shadow roots. */
export class CsLeaveContactEvent extends Event {
  constructor(readonly email: string) {
    super('cs-leave-contact', { bubbles: true, composed: false });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cs-leave-contact': CsLeaveContactEvent;
  }
}
