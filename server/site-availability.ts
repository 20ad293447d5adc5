import type * as Party from 'partykit/server';
import { isSiteKey } from '../src/protocol/messages.js';
import type { InboxRequest } from '../src/protocol/inbox.js';
import { parseAvailability, type Availability } from '../src/protocol/wait.js';
import { hasCurrentVersion, refusalResponse } from './auth.js';
import { loadSites } from './sites.js';

// Read by the widget on merchants' pages, another origin; no cookies, nothing private: `*` is safe.
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, OPTIONS',
  'access-control-max-age': '86400',
};
/** Availability changes with agents' presence too: a shared cache may keep it this long at most. */
const MAX_AGE_SECONDS = 60;
const PATH = /^\/api\/sites\/([^/]+)\/availability$/;
const REQUEST: InboxRequest = { type: 'availability/fetch' };

const json = (body: unknown, status: number, cacheControl = 'no-store') =>
  Response.json(body, { status, headers: { ...CORS, 'cache-control': cacheControl } });

/** Cacheable until `changesAt` at the latest, so no cache serves "open" after the team closed. */
function cacheControlFor(availability: Availability, now: number): string {
  const untilChange = availability.changesAt === null ? MAX_AGE_SECONDS : Math.floor((availability.changesAt - now) / 1000);
  return `public, max-age=${Math.max(0, Math.min(MAX_AGE_SECONDS, untilChange))}`;
}

/**
 * `GET /api/sites/<siteKey>/availability?v=1`: the team's availability (open now, agents online, when that
 * changes), public and cacheable, for the widget's header before any conversation exists. Asks the site's
 * inbox. Answers null for any other path, so PartyKit routes it as usual.
 */
export async function handleSiteAvailability(request: Party.Request, lobby: Party.FetchLobby): Promise<Response | null> {
  const url = new URL(request.url);
  const match = PATH.exec(url.pathname);
  if (!match) return null;
  if (request.method === 'OPTIONS') return new Response(null, { status: 204, headers: CORS });
  if (request.method !== 'GET') return json({ code: 'method-not-allowed' }, 405);
  if (!hasCurrentVersion(url)) return refusalResponse({ status: 426, code: 'version-mismatch' }, { ...CORS, 'cache-control': 'no-store' });

  // Site keys need no escaping (`A-Z a-z 0-9 _ . -`), so the path segment is the key as it is.
  const siteKey = match[1];
  if (!isSiteKey(siteKey) || !loadSites(lobby.env).has(siteKey)) {
    return json({ code: 'unknown-site' }, 404);
  }
  try {
    const response = await lobby.parties.inbox!.get(siteKey).fetch({ method: 'POST', body: JSON.stringify(REQUEST) });
    const availability = parseAvailability(await response.json());
    if (availability) return json(availability, 200, cacheControlFor(availability, Date.now()));
    console.error('[site-availability] the inbox answered', response.status);
  } catch (error) {
    console.error('[site-availability] the inbox could not be reached', error);
  }
  return json({ code: 'server-error' }, 503);
}
