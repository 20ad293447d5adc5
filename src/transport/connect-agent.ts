import PartySocket from 'partysocket';
import {
  AGENT_SESSIONS_PATH,
  parseAgentEvent,
  parseAgentSession,
  type AgentCommand,
  type AgentSession,
} from '../protocol/inbox.js';
import { PROTOCOL_VERSION, type ClientMessage } from '../protocol/messages.js';
import { parseAgentServerMessage, parseServerMessageForAgent } from '../protocol/notes.js';
import type { AgentConversation } from '../stores/agent-conversation.js';
import type { Inbox } from '../stores/inbox.js';
import { openConversationSocket, toEndpoint } from './connect-conversation.js';

export interface AgentConnectOptions {
  /** PartyKit host or origin, as for the widget. */
  readonly server: string;
  readonly siteKey: string;
  /** The agent's signed token (`npm run agent-token`). */
  readonly token: string;
}

const origin = (server: string) => {
  const { host, secure } = toEndpoint(server);
  return `${secure ? 'https' : 'http'}://${host}`;
};

/**
 * Checks a token before anything connects, so the sign-in screen can say what is wrong:
 * the session, `unauthorized` (forged, expired, another site's) or `unreachable`.
 */
export async function checkAgentToken(options: AgentConnectOptions): Promise<AgentSession | 'unauthorized' | 'unreachable'> {
  try {
    // A text/plain body keeps it a "simple" CORS request, like starting a conversation.
    const response = await fetch(`${origin(options.server)}${AGENT_SESSIONS_PATH}?v=${PROTOCOL_VERSION}`, {
      method: 'POST',
      body: JSON.stringify({ siteKey: options.siteKey, token: options.token }),
    });
    if (response.status === 401) return 'unauthorized';
    return (response.ok && parseAgentSession(await response.json())) || 'unreachable';
  } catch {
    return 'unreachable';
  }
}

/** The agent's socket to the site's inbox, with reconnects; presence is said on every open and change. */
export function connectInbox(inbox: Inbox, options: AgentConnectOptions): () => void {
  const { host, secure } = toEndpoint(options.server);
  const socket = new PartySocket({
    host,
    protocol: secure ? 'wss' : 'ws',
    party: 'inbox',
    room: options.siteKey,
    query: { v: String(PROTOCOL_VERSION), agent: options.token },
    maxEnqueuedMessages: 0,
  });
  const sendPresence = () => {
    const command: AgentCommand = { type: 'presence/set', status: inbox.$presence.get() };
    if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(command));
  };
  const handleOpen = () => {
    inbox.setStatus('online');
    sendPresence();
  };
  const handleClose = () => inbox.setStatus('reconnecting');
  const handleMessage = (event: MessageEvent) => {
    const agentEvent = parseAgentEvent(event.data);
    if (agentEvent) inbox.receive(agentEvent);
    else console.warn('[cs-agent-console] ignored a frame it does not understand', event.data);
  };
  inbox.setStatus('connecting');
  socket.addEventListener('open', handleOpen);
  socket.addEventListener('close', handleClose);
  socket.addEventListener('message', handleMessage);
  const stopPresence = inbox.$presence.listen(sendPresence);
  return () => {
    stopPresence();
    socket.close();
    inbox.setStatus('idle');
  };
}

/** An agent's connection to one conversation: messages as for the shopper, plus notes and agent commands. */
export function connectAgentConversation(agentConversation: AgentConversation, options: AgentConnectOptions) {
  const { conversation } = agentConversation;
  const { host, secure } = toEndpoint(options.server);
  const socket = openConversationSocket(conversation, {
    host,
    secure,
    room: agentConversation.conversationId,
    credentials: () => ({ site: options.siteKey, agent: options.token }),
    parse: parseServerMessageForAgent,
    onFrame: agentConversation.receive,
    onUnknownFrame(raw) {
      const frame = parseAgentServerMessage(raw);
      if (frame?.type === 'notes/synced' || frame?.type === 'note/added') agentConversation.receiveNotes(frame);
      else console.warn('[cs-agent-console] ignored a frame it does not understand', raw);
    },
  });
  // Notes are resent with their ids on every open, like messages; the room drops repeats.
  const sentOnThisSocket = new Set<string>();
  const flushNotes = () => {
    for (const { id, body } of agentConversation.$unsentNotes.get()) {
      if (!sentOnThisSocket.has(id) && socket.send({ type: 'note/add', id, body })) sentOnThisSocket.add(id);
    }
  };
  const stopNotes = agentConversation.$unsentNotes.listen(flushNotes);
  const stopStatus = conversation.$status.listen((status) => {
    if (status !== 'online') return;
    sentOnThisSocket.clear();
    flushNotes();
  });
  return {
    /** Claim, release, resolve, reopen, transfer: sent now, or false when the socket is not open. */
    command(message: Extract<ClientMessage, { type: `conversation/${string}` }>): boolean {
      agentConversation.clearRefusal();
      return socket.send(message);
    },
    close() {
      stopNotes();
      stopStatus();
      socket.close();
      conversation.setStatus('idle');
    },
  };
}

export type AgentConversationConnection = ReturnType<typeof connectAgentConversation>;
