import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, openSync, rmSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const PARTYKIT_BIN = join(import.meta.dirname, '../../node_modules/.bin/partykit');

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
  private child: ChildProcess | undefined;

  private constructor(readonly port: number) {}

  static async start(): Promise<PartykitDev> {
    const dev = new PartykitDev(await freePort());
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
    const logPath = join(this.stateDir, 'partykit.log');
    const log = openSync(logPath, 'a');
    const child = spawn(
      PARTYKIT_BIN,
      ['dev', '--port', String(this.port), '--persist', join(this.stateDir, 'state'), '--disable-request-cf-fetch',
        '--no-hotkeys', '--var', `CONVERSATION_SECRET=${this.secret}`],
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

  /** SIGTERM is a clean stop; SIGKILL is a crash (the whole process group, workerd included). */
  async stop(signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null || child.pid === undefined) return;
    const exited = once(child, 'exit');
    process.kill(-child.pid, signal);
    await Promise.race([exited, sleep(5000, undefined, { ref: false })]);
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid, 'SIGKILL');
    // The port is free once connecting to it fails.
    for (let i = 0; i < 100; i++) {
      try {
        await fetch(`${this.httpOrigin}/api/health`);
        await sleep(50);
      } catch {
        return;
      }
    }
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.stateDir, { recursive: true, force: true });
  }
}
