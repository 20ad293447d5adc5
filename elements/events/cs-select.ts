/** Internal: an agent picked a conversation in <cs-conversation-list>. Stays inside the console's shadow root. */
export class CsSelectEvent extends Event {
  constructor(readonly conversationId: string) {
    super('cs-select', { bubbles: true, composed: false });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cs-select': CsSelectEvent;
  }
}
