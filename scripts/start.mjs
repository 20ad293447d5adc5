// `npm start`: the product on one machine. A local PartyKit server with storage persisted in .data/,
// the widget built (and rebuilt on change), and the demo storefront. Ctrl-C stops all of it.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { startDemoServer } from './demo-server.mjs';

const ROOT = join(import.meta.dirname, '..');
const DATA = join(ROOT, '.data');
const PARTYKIT_PORT = Number(process.env.PARTYKIT_PORT ?? 1999);
const DEMO_PORT = Number(process.env.DEMO_PORT ?? 8080);

// The key that signs conversation secrets. Made once per checkout and kept, so conversations survive restarts.
mkdirSync(DATA, { recursive: true });
const secretFile = join(DATA, 'conversation-secret');
if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(32).toString('base64url'), { mode: 0o600 });
const secret = readFileSync(secretFile, 'utf8').trim();

const watcher = await build({ root: ROOT, logLevel: 'warn', build: { watch: {} } });

const partykit = spawn(
  join(ROOT, 'node_modules/.bin/partykit'),
  ['dev', '--port', String(PARTYKIT_PORT), '--persist', join(DATA, 'partykit'), '--disable-request-cf-fetch',
    '--no-hotkeys', '--var', `CONVERSATION_SECRET=${secret}`],
  { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], detached: true },
);

const partykitHost = `localhost:${PARTYKIT_PORT}`;
while (partykit.exitCode === null) {
  try {
    await fetch(`http://${partykitHost}/api/health`);
    break; // any answer: the worker is up
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
const demo = await startDemoServer({ port: DEMO_PORT, host: 'localhost', partykitHost });

console.log(`
  cs-widget is running
    storefront   ${demo.url}/          (the widget on a demo shop)
    chat server  http://${partykitHost}   (PartyKit, storage in .data/partykit)
  Ctrl-C stops everything.
`);

let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  if (partykit.exitCode === null) process.kill(-partykit.pid, 'SIGTERM');
  await demo.close();
  if ('close' in watcher) await watcher.close();
  process.exit(code);
}
process.on('exit', () => partykit.exitCode === null && process.kill(-partykit.pid, 'SIGTERM'));
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
partykit.on('exit', (code) => {
  if (stopping) return;
  console.error(`partykit dev exited (${code}); is port ${PARTYKIT_PORT} in use? Set PARTYKIT_PORT to use another.`);
  void stop(1);
});
