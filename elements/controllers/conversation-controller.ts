import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimelineItem } from '../../src/logic/timeline.js';
import {
  createConversation,
  type ConnectionStatus,
  type ContactState,
  type Conversation,
  type PhaseState,
  type WaitState,
} from '../../src/stores/conversation.js';
import { createVisitorStorage } from '../../src/stores/visitor-storage.js';
import { connectConversation } from '../../src/transport/connect-conversation.js';

export interface ConversationConfig {
  /** PartyKit host; empty: render and queue messages, but never connect (tests, previews). */
  readonly server: string;
  readonly siteKey: string;
  /** The shopper's language, told to the team. */
  readonly language: string;
}

/**
 * Gives its host the visitor's conversation: the stores' values as fields (re-rendering on change) and the
 * verbs. The socket is open exactly while the host is in the document; a new server or site key starts
 * over with that site's own conversation.
 */
export class ConversationController implements ReactiveController {
  items: readonly TimelineItem[] = [];
  status: ConnectionStatus = 'idle';
  wait: WaitState | null = null;
  contact: ContactState | null = null;
  phase: PhaseState | null = null;
  personRequested = false;

  private conversation: Conversation = createConversation();
  private boundTo: string | undefined;
  private unbind: (() => void) | undefined;
  private hostIsConnected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly config: () => ConversationConfig,
  ) {
    host.addController(this);
  }

  hostConnected() {
    this.hostIsConnected = true;
    this.bind();
  }

  /** Runs before every render, so changed attributes take effect in the same update. */
  hostUpdate() {
    this.bind();
  }

  hostDisconnected() {
    this.hostIsConnected = false;
    this.unbind?.();
    this.unbind = undefined;
  }

  send(body: string) {
    this.conversation.sendMessage(body);
  }

  retry(messageId: string) {
    this.conversation.retry(messageId);
  }

  leaveContact(email: string) {
    this.conversation.leaveContact(email);
  }

  requestPerson() {
    this.conversation.requestPerson();
  }

  private bind() {
    if (!this.hostIsConnected) return;
    const { server, siteKey, language } = this.config();
    const key = `${server}\n${siteKey}`;
    if (this.unbind && key === this.boundTo) return;
    this.unbind?.();
    if (key !== this.boundTo && server && siteKey) {
      // Each site keeps its own persisted conversation; without a server nothing is persisted.
      this.conversation = createConversation({ storage: createVisitorStorage(siteKey) });
    }
    this.boundTo = key;

    const conversation = this.conversation;
    const subscriptions = [
      conversation.$items.subscribe((items) => {
        this.items = items;
        this.host.requestUpdate();
      }),
      conversation.$status.subscribe((status) => {
        this.status = status;
        this.host.requestUpdate();
      }),
      conversation.$wait.subscribe((wait) => {
        this.wait = wait;
        this.host.requestUpdate();
      }),
      conversation.$contact.subscribe((contact) => {
        this.contact = contact;
        this.host.requestUpdate();
      }),
      conversation.$phase.subscribe((phase) => {
        this.phase = phase;
        this.host.requestUpdate();
      }),
      conversation.$personRequested.subscribe((requested) => {
        this.personRequested = requested;
        this.host.requestUpdate();
      }),
    ];
    const disconnect = server && siteKey ? connectConversation(conversation, { server, siteKey, language }) : undefined;
    if (server && !siteKey) console.error('[cs-widget] set the site-key attribute to connect to', server);
    this.unbind = () => {
      disconnect?.();
      for (const unsubscribe of subscriptions) unsubscribe();
    };
  }
}
