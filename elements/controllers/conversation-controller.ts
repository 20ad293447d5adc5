import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReadableAtom } from 'nanostores';
import type { TimelineItem } from '../../src/logic/timeline.js';
import type { ErrorCode } from '../../src/protocol/errors.js';
import {
  createConversation,
  type ConnectionStatus,
  type ContactState,
  type Conversation,
  type PhaseState,
  type ReadState,
  type TypingState,
  type WaitState,
} from '../../src/stores/conversation.js';
import { createVisitorStorage } from '../../src/stores/visitor-storage.js';
import { connectConversation } from '../../src/transport/connect-conversation.js';
import { watchAvailability } from '../../src/transport/fetch-availability.js';
import { identifyShopper } from '../../src/transport/identify.js';

export interface ConversationConfig {
  /** PartyKit host; empty: render and queue messages, but never connect (tests, previews). */
  readonly server: string;
  readonly siteKey: string;
  /** The shopper's language, told to the team. */
  readonly language: string;
  /** Whether the panel is open: only then, and while no conversation is connected, is availability fetched. */
  readonly open: boolean;
  /** The merchant's identity token for a signed-in shopper (docs/identity.md); empty or absent: anonymous. */
  readonly identityToken?: string;
}

/**
 * Gives its host the visitor's conversation: the stores' values as fields (re-rendering on change) and the
 * verbs. The socket is open exactly while the host is in the document; a new server or site key starts
 * over with that site's own conversation. While the panel is open and the page is in view, everything on
 * screen is marked read.
 */
export class ConversationController implements ReactiveController {
  items: readonly TimelineItem[] = [];
  status: ConnectionStatus = 'idle';
  wait: WaitState | null = null;
  contact: ContactState | null = null;
  phase: PhaseState | null = null;
  personRequested = false;
  /** The agent typing, or null. */
  typing: TypingState | null = null;
  /** How far each side has read. */
  read: ReadState = { visitor: 0, agent: 0 };
  /** A refusal not tied to a message: an identity token the server would not accept. */
  error: ErrorCode | null = null;

  private conversation: Conversation = createConversation();
  private boundTo: string | undefined;
  private unbind: (() => void) | undefined;
  private stopAvailability: (() => void) | undefined;
  private hostIsConnected = false;
  /** The site and identity token last verified, so each token is sent once. */
  private identified = '';
  private readonly handleVisibilityChange = () => this.host.requestUpdate();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly config: () => ConversationConfig,
  ) {
    host.addController(this);
  }

  hostConnected() {
    this.hostIsConnected = true;
    this.bind();
    document.addEventListener('visibilitychange', this.handleVisibilityChange);
  }

  /** Runs before every render (new messages, opening, the page back in view): changes take effect in that update. */
  hostUpdate() {
    this.bind();
    this.identify();
    this.watchAvailabilityWhileIdle();
    // Read: everything up to the last message with no gap before it, once the shopper can see it.
    const { conversation } = this;
    if (this.config().open && document.visibilityState === 'visible') conversation.markRead(conversation.$resumePoint.get());
  }

  hostDisconnected() {
    this.hostIsConnected = false;
    document.removeEventListener('visibilitychange', this.handleVisibilityChange);
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
    // Once the opened panel has painted: calling fetch() alone takes milliseconds the panel should not wait.
    const { conversation } = this;
    let stop: (() => void) | undefined;
    const frame = requestAnimationFrame(() => setTimeout(() => (stop ??= watchAvailability(conversation, { server, siteKey }))));
    this.stopAvailability = () => {
      cancelAnimationFrame(frame);
      stop ??= () => {}; // not started yet: never
      stop();
    };
  }

  private stopWatchingAvailability() {
    this.stopAvailability?.();
    this.stopAvailability = undefined;
  }

  /**
   * The server verifies the identity token over HTTP (no socket, nothing stored) and names the shopper's
   * conversation: when it is not the one this page holds (theirs from another device; or none, as the one
   * held is another shopper's), the page switches to it, keeping unsent messages.
   */
  private identify() {
    const { server, siteKey, identityToken } = this.config();
    const key = `${this.boundTo}\n${identityToken}`;
    if (!this.unbind || !server || !siteKey || !identityToken || key === this.identified) return;
    this.identified = key;
    const { conversation } = this;
    const held = conversation.$grant.get();
    identifyShopper(server, { siteKey, identityToken, grant: held }).then((answer) => {
      // Moved on meanwhile (another site, or a conversation started with the token): nothing to switch.
      if (conversation !== this.conversation || conversation.$grant.get() !== held) return;
      if (typeof answer === 'string') return conversation.setError(answer);
      if (answer.grant?.conversationId === held?.conversationId) return;
      const storage = createVisitorStorage(siteKey);
      const state = { grant: answer.grant, outbox: conversation.$unsent.get() };
      storage.save(state);
      this.unbind!();
      this.unbind = undefined;
      this.conversation = createConversation({ storage, initial: state });
      this.bind();
    }, (error) => console.warn('[cs-widget] identify:', error));
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

  setTyping(typing: boolean) {
    this.conversation.setTyping(typing);
  }

  private bind() {
    if (!this.hostIsConnected) return;
    const { server, siteKey } = this.config();
    const key = `${server}\n${siteKey}`;
    if (this.unbind && key === this.boundTo) return;
    this.unbind?.();
    if (key !== this.boundTo && server && siteKey) {
      // Each site keeps its own persisted conversation; without a server nothing is persisted.
      this.conversation = createConversation({ storage: createVisitorStorage(siteKey) });
    }
    this.boundTo = key;

    const conversation = this.conversation;
    const watch = <T>(store: ReadableAtom<T>, set: (value: T) => void) =>
      store.subscribe((value) => {
        set(value);
        this.host.requestUpdate();
      });
    const subscriptions = [
      watch(conversation.$items, (items) => (this.items = items)),
      watch(conversation.$status, (status) => {
        this.status = status;
        if (status !== 'idle') this.stopWatchingAvailability(); // the room tells it from now on
      }),
      watch(conversation.$wait, (wait) => (this.wait = wait)),
      watch(conversation.$contact, (contact) => (this.contact = contact)),
      watch(conversation.$phase, (phase) => (this.phase = phase)),
      watch(conversation.$personRequested, (requested) => (this.personRequested = requested)),
      watch(conversation.$typing, (typing) => (this.typing = typing)),
      watch(conversation.$read, (read) => (this.read = read)),
      watch(conversation.$error, (error) => (this.error = error)),
    ];
    const identityToken = () => this.config().identityToken ?? '';
    const disconnect = server && siteKey ? connectConversation(conversation, { server, siteKey, language: () => this.config().language, identityToken }) : undefined;
    if (server && !siteKey) console.error('[cs-widget] set the site attribute to connect to', server);
    this.unbind = () => {
      this.stopWatchingAvailability();
      disconnect?.();
      for (const unsubscribe of subscriptions) unsubscribe();
    };
  }
}
