import { PROTOCOL_VERSION } from '../protocol/messages.js';
import { parseAvailability, siteAvailabilityPath, type Availability } from '../protocol/wait.js';
import type { Conversation } from '../stores/conversation.js';
import { refreshDelay, toEndpoint } from './connect-conversation.js';

export interface AvailabilityOptions {
  /** PartyKit host or origin, as for `connectConversation`. */
  readonly server: string;
  readonly siteKey: string;
}

/** `GET /api/sites/<siteKey>/availability`: the team's availability, or null when it cannot be had. */
export async function fetchAvailability({ server, siteKey }: AvailabilityOptions, signal?: AbortSignal): Promise<Availability | null> {
  const { host, secure } = toEndpoint(server);
  try {
    const response = await fetch(`${secure ? 'https' : 'http'}://${host}${siteAvailabilityPath(siteKey)}?v=${PROTOCOL_VERSION}`, { signal });
    const availability = response.ok ? parseAvailability(await response.json()) : null;
    if (!availability) console.warn(`[cs-widget] the team's availability answered ${response.status}`);
    return availability;
  } catch (error) {
    if (!signal?.aborted) console.warn("[cs-widget] could not fetch the team's availability", error);
    return null;
  }
}

/**
 * Before the shopper's first message there is no socket to hear the team's availability from: fetch it now
 * and again at `changesAt`, into the conversation's wait store (where the room's own word wins), until the
 * returned disposer is called.
 */
export function watchAvailability(conversation: Conversation, options: AvailabilityOptions): () => void {
  const stop = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const load = async () => {
    const availability = await fetchAvailability(options, stop.signal);
    if (!availability || stop.signal.aborted) return;
    conversation.setAvailability(availability);
    if (availability.changesAt !== null) timer = setTimeout(() => void load(), refreshDelay(availability.changesAt, Date.now()));
  };
  void load();
  return () => {
    stop.abort();
    clearTimeout(timer);
  };
}
