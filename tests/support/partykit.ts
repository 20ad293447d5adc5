import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, openSync, readFileSync, rmSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { identitySecretVar } from '../../server/identity-token.ts';

const PARTYKIT_BIN = join(import.meta.dirname, '../../node_modules/.bin/partykit');

const ALL_DAY = [['00:00', '24:00']];
/** Open around the clock: tests that are not about business hours must not depend on the hour they run. */
export const ALWAYS_OPEN_HOURS = { mon: ALL_DAY, tue: ALL_DAY, wed: ALL_DAY, thu: ALL_DAY, fri: ALL_DAY, sat: ALL_DAY, sun: ALL_DAY };

/** A site in the configuration file's format (docs/site-config.md). */
export const testSite = (overrides: Record<string, unknown> = {}) => ({
  name: 'Test shop',
  timeZone: 'UTC',
  hours: ALWAYS_OPEN_HOURS,
  targetMinutes: { high: 60, medium: 240, low: 1440 },
  agentCapacity: 3,
  languages: ['en'],
  ...overrides,
});

/**
 * The demo shop as server/sites.json configures it (knowledge base, canned replies), always open, and
 * calling nothing outside (no webhook, no order lookup): for tests and benchmarks on the demo pages.
 */
export function demoShopAlwaysOpen(): Record<string, unknown> {
  const { sites } = JSON.parse(readFileSync(join(import.meta.dirname, '../../server/sites.json'), 'utf8'));
  const { webhookUrl: _webhook, orderLookupUrl: _orders, ...shop } = sites['demo-shop'];
  return { ...shop, hours: ALWAYS_OPEN_HOURS, closedDates: [] };
}

export interface PartykitDevOptions {
  /** The `sites` of the configuration (passed as SITES_CONFIG); by default two always-open sites. */
  readonly sites?: Record<string, unknown>;
}

function killGroup(pid: number) {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // the group is already gone
  }
}

/** A port the OS says is free right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/**
 * A real `partykit dev` on a free port with its own storage folder, for tests and benchmarks.
 * `stop('SIGKILL')` then `start()` is a crash and restart with the storage kept.
 */
export class PartykitDev {
  readonly stateDir = mkdtempSync(join(tmpdir(), 'cs-widget-pk-'));
  readonly secret = `test-secret-${process.pid}-${Date.now()}`;
  readonly agentSecret = `agent-secret-${process.pid}-${Date.now()}`;
  readonly webhookSecret = `webhook-secret-${process.pid}-${Date.now()}`;
  /** Each configured site's identity secret (`IDENTITY_SECRET_<SITE>`), to sign shoppers' identity tokens. */
  readonly identitySecret = (siteKey: string) => `identity-secret-${siteKey}-${this.secret}`;
  private child: ChildProcess | undefined;

  private constructor(
    readonly port: number,
    /** The configured sites, read by every `start()`: change them between `stop()` and `start()`. */
    public sites: Record<string, unknown>,
  ) {}

  static async start(options: PartykitDevOptions = {}): Promise<PartykitDev> {
    const sites = options.sites ?? { demo: testSite(), 'other-shop': testSite() };
    const dev = new PartykitDev(await freePort(), sites);
    await dev.start();
    return dev;
  }

  get host(): string {
    return `127.0.0.1:${this.port}`;
  }

  get httpOrigin(): string {
    return `http://${this.host}`;
  }

  async start(timeoutMs = 60_000): Promise<void> {
    // A leftover server on the port would make "ready" a lie (and a restart test pass without a restart).
    if (await this.answers()) throw new Error(`port ${this.port} is already served by something else`);
    const logPath = join(this.stateDir, 'partykit.log');
    const log = openSync(logPath, 'a');
    const child = spawn(
      PARTYKIT_BIN,
      ['dev', '--port', String(this.port), '--persist', join(this.stateDir, 'state'), '--disable-request-cf-fetch',
        '--no-hotkeys', '--var', `CONVERSATION_SECRET=${this.secret}`, '--var', `AGENT_TOKEN_SECRET=${this.agentSecret}`,
        '--var', `WEBHOOK_SECRET=${this.webhookSecret}`, '--var', `SITES_CONFIG=${JSON.stringify({ sites: this.sites })}`,
        ...Object.keys(this.sites).flatMap((siteKey) => ['--var', `${identitySecretVar(siteKey)}=${this.identitySecret(siteKey)}`])],
      { stdio: ['ignore', log, log], cwd: join(import.meta.dirname, '../..'), detached: true },
    );
    closeSync(log);
    this.child = child;
    const started = Date.now();
    while (Date.now() - started < timeoutMs) {
      if (child.exitCode !== null) throw new Error(`partykit dev exited with ${child.exitCode}; see ${logPath}`);
      try {
        await fetch(`${this.httpOrigin}/api/health`);
        return; // the worker answers (404 for this path): ready
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
    await this.stop();
    throw new Error(`partykit dev not ready on :${this.port} after ${timeoutMs} ms; see ${logPath}`);
  }

  /**
   * SIGTERM is a clean stop; SIGKILL is a crash (the whole process group, workerd included). Resolves once
   * nothing answers on the port: a workerd that outlived a clean stop is killed, so a restart is real.
   */
  async stop(signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.pid === undefined) return;
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, 'exit');
      process.kill(-child.pid, signal);
      await Promise.race([exited, sleep(5000, undefined, { ref: false })]);
    }
    if (await this.portFreeWithin(2000)) return;
    killGroup(child.pid); // workerd still serving: it is in the same process group
    if (!(await this.portFreeWithin(5000))) throw new Error(`port ${this.port} is still served after stopping partykit dev`);
  }

  private async answers(): Promise<boolean> {
    try {
      await fetch(`${this.httpOrigin}/api/health`);
      return true;
    } catch {
      return false;
    }
  }

  private async portFreeWithin(ms: number): Promise<boolean> {
    for (const started = Date.now(); Date.now() - started < ms; await sleep(50)) {
      if (!(await this.answers())) return true;
    }
    return false;
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.stateDir, { recursive: true, force: true });
  }
}
