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
import { watchAvailability } from '../../src/transport/fetch-availability.js';

export interface ConversationConfig {
  /** PartyKit host; empty: render and queue messages, but never connect (tests, previews). */
  readonly server: string;
  readonly siteKey: string;
  /** The shopper's language, told to the team. */
  readonly language: string;
  /** Whether the panel is open: only then, and while no conversation is connected, is availability fetched. */
  readonly open: boolean;
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
  private stopAvailability: (() => void) | undefined;
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
    this.watchAvailabilityWhileIdle();
  }

  hostDisconnected() {
    this.hostIsConnected = false;
    this.unbind?.();
    this.unbind = undefined;
  }

  /**
   * The header shows the team's availability as soon as the panel opens, before any message: without a
   * conversation there is no socket to hear it from, so it is fetched (and fetched again when it flips)
   * until a conversation connects.
   */
  private watchAvailabilityWhileIdle() {
    const { server, siteKey, open } = this.config();
    if (this.stopAvailability || !this.unbind || !open || !server || !siteKey) return;
    if (this.status !== 'idle' || this.conversation.$grant.get()) return; // a conversation: its room tells it
    this.stopAvailability = watchAvailability(this.conversation, { server, siteKey });
  }

  private stopWatchingAvailability() {
    this.stopAvailability?.();
    this.stopAvailability = undefined;
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
        if (status !== 'idle') this.stopWatchingAvailability(); // the room tells it from now on
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
      this.stopWatchingAvailability();
      disconnect?.();
      for (const unsubscribe of subscriptions) unsubscribe();
    };
  }
}
