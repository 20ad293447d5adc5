import type { SiteConfig } from '../src/config/site-config.js';
import { formatConfigErrors, parseSites } from '../src/config/parse-sites.js';
import bundled from './sites.json';

/** A deployment may pass the whole configuration as this variable instead of editing `server/sites.json`. */
export const SITES_CONFIG_VAR = 'SITES_CONFIG';

let cached: { readonly source: unknown; readonly sites: ReadonlyMap<string, SiteConfig> } | undefined;

/**
 * The configured sites. An invalid configuration throws a message naming every wrong field, so the
 * server refuses to work rather than guess (`npm start` checks the same before it starts anything).
 */
export function loadSites(env: Record<string, unknown>): ReadonlyMap<string, SiteConfig> {
  const source = env[SITES_CONFIG_VAR] ?? bundled;
  if (cached?.source === source) return cached.sites;
  const data: unknown = typeof source === 'string' ? JSON.parse(source) : source;
  const result = parseSites(data);
  if (!result.ok) throw new Error(formatConfigErrors(result.errors, typeof source === 'string' ? SITES_CONFIG_VAR : 'server/sites.json'));
  cached = { source, sites: result.sites };
  return result.sites;
}

/** One configured site; throws for a key that is not configured (rooms exist only for configured sites). */
export function siteConfig(env: Record<string, unknown>, siteKey: string): SiteConfig {
  const site = loadSites(env).get(siteKey);
  if (!site) throw new Error(`no configuration for site "${siteKey}"`);
  return site;
}
