// `npm start`: the product on one machine. A local PartyKit server with storage persisted in .data/,
// the widget built (and rebuilt on change), and the demo storefront. Ctrl-C stops all of it.
// Runs with tsx loaded (`node --import tsx`, see package.json: Ctrl-C reaches this process, which stops
// partykit), so it checks the site configuration with the server's own parser.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { startMerchantBackend } from '../demo/merchant-backend.mjs';
import { identitySecretVar } from '../server/identity-token.ts';
import { formatConfigErrors, parseSites } from '../src/config/parse-sites.ts';
import { startDemoServer } from './demo-server.mjs';
import { DATA_DIR, localSecret } from './secrets.mjs';

const ROOT = join(import.meta.dirname, '..');
const PARTYKIT_PORT = Number(process.env.PARTYKIT_PORT ?? 1999);
const DEMO_PORT = Number(process.env.DEMO_PORT ?? 8080);
const MERCHANT_PORT = 8787; // the demo site's webhookUrl in server/sites.json

// An invalid configuration stops here, naming every wrong field, before anything starts.
const sites = parseSites(JSON.parse(readFileSync(join(ROOT, 'server/sites.json'), 'utf8')));
if (!sites.ok) {
  console.error(formatConfigErrors(sites.errors, 'server/sites.json'));
  process.exit(1);
}
// Each site's identity secret too (IDENTITY_SECRET_<SITE>): the demo merchant backend signs with the demo site's.
const DEMO_SITE = 'demo-shop';
const secretNames = ['CONVERSATION_SECRET', 'AGENT_TOKEN_SECRET', 'WEBHOOK_SECRET', ...[...sites.sites.keys()].map(identitySecretVar)];
const secrets = Object.fromEntries(secretNames.map((name) => [name, localSecret(name)]));

const watchers = await Promise.all(['production', 'dashboard', 'loader'].map((mode) => build({ root: ROOT, mode, logLevel: 'warn', build: { watch: {} } })));

const partykit = spawn(
  join(ROOT, 'node_modules/.bin/partykit'),
  ['dev', '--port', String(PARTYKIT_PORT), '--persist', join(DATA_DIR, 'partykit'), '--disable-request-cf-fetch',
    '--no-hotkeys', ...Object.entries(secrets).flatMap(([name, value]) => ['--var', `${name}=${value}`])],
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
const merchant = await startMerchantBackend({
  port: MERCHANT_PORT,
  webhookSecret: secrets.WEBHOOK_SECRET,
  identity: { siteKey: DEMO_SITE, secret: secrets[identitySecretVar(DEMO_SITE)], storefrontOrigin: demo.url },
});

console.log(`
  cs-widget is running
    storefront   ${demo.url}/          (the widget on a demo shop)
    agents       ${demo.url}/agent.html (the agent console; sign in with a token)
    directions   ${demo.url}/rtl.html   (an Arabic widget on an English page; ?page=he the reverse)
    account      ${demo.url}/account.html (signed in as Alice: her conversation on every device; ?customer=bob)
    chat server  http://${partykitHost}   (PartyKit, storage in .data/partykit)
    merchant     http://127.0.0.1:${MERCHANT_PORT}   (demo backend: receives the signed webhook, mints identity tokens)
  Agents: \`npm run agent-token -- --name "Alice"\` mints a sign-in token.
  Ctrl-C stops everything.
`);

let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  if (partykit.exitCode === null) process.kill(-partykit.pid, 'SIGTERM');
  await demo.close();
  await merchant.close();
  for (const watcher of watchers) if ('close' in watcher) await watcher.close();
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
