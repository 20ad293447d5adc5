import { atom, readonlyType } from 'nanostores';
import type { AgentEvent, AgentStatus, ConsoleSetup } from '../protocol/inbox.js';
import type { ConnectionStatus } from './conversation.js';

/** The site's inbox as the last `queue/updated` said. */
export type InboxSnapshot = Omit<Extract<AgentEvent, { type: 'queue/updated' }>, 'type'>;

/**
 * The agent console's view of the site's inbox: who the agent is and what the site offers (`$setup`, from
 * the welcome), the queue, held, resolved conversations, presence and metrics (`$snapshot`), and the
 * agent's own presence, which the transport sends on every change and every reconnect.
 */
export function createInbox() {
  const $setup = atom<ConsoleSetup | null>(null);
  const $snapshot = atom<InboxSnapshot | null>(null);
  const $status = atom<ConnectionStatus>('idle');
  const $presence = atom<AgentStatus>('online');
  return {
    $setup: readonlyType($setup),
    $snapshot: readonlyType($snapshot),
    $status: readonlyType($status),
    $presence: readonlyType($presence),
    receive(event: AgentEvent) {
      if (event.type === 'inbox/welcome') {
        const { type: _, ...setup } = event;
        $setup.set(setup);
      } else if (event.type === 'queue/updated') {
        const { type: _, ...snapshot } = event;
        $snapshot.set(snapshot);
      }
    },
    setPresence(status: AgentStatus) {
      $presence.set(status);
    },
    setStatus(status: ConnectionStatus) {
      $status.set(status);
    },
  };
}

export type Inbox = ReturnType<typeof createInbox>;
