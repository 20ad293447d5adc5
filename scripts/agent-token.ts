// `npm run agent-token -- --name "Alice" [--site demo-shop] [--hours 12]`: mints a signed, expiring token an
// agent signs in with. The key is AGENT_TOKEN_SECRET (env), else the local one `npm start` uses. The token is
// the last line printed.
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { AGENT_SECRET_VAR } from '../server/auth.ts';
import { MAX_AGENT_TOKEN_SECONDS, signAgentToken } from '../server/tokens.ts';
import { localSecret } from './secrets.mjs';

const { values } = parseArgs({
  options: { name: { type: 'string' }, site: { type: 'string', default: 'demo-shop' }, hours: { type: 'string', default: '12' } },
});
const hours = Number(values.hours);
if (!values.name || !Number.isFinite(hours) || hours <= 0 || hours * 3600 > MAX_AGENT_TOKEN_SECONDS) {
  console.error(`usage: npm run agent-token -- --name "Alice" [--site demo-shop] [--hours 1-${MAX_AGENT_TOKEN_SECONDS / 3600}]`);
  process.exit(2);
}
const exp = Math.floor(Date.now() / 1000 + hours * 3600);
const token = await signAgentToken(localSecret(AGENT_SECRET_VAR), { sub: randomUUID(), name: values.name, site: values.site!, exp });
console.error(`Agent token for ${values.name} on ${values.site}, valid until ${new Date(exp * 1000).toISOString()}:`);
console.log(token);
