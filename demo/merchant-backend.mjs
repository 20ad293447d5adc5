// A stand-in for the merchant's own backend, which cs-widget calls over HTTP: here, the webhook that is told
// when a shopper leaves an e-mail address. It checks the signature the way a merchant should.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:http';

/** Verifies `x-cs-signature: t=<unix>,v1=<hex>` over `<t>.<body>`, at most 5 minutes old. */
export function verifySignature(header, body, secret, nowSeconds = Date.now() / 1000) {
  const { t, v1 } = Object.fromEntries(String(header ?? '').split(',').map((part) => part.split('=')));
  if (!t || !v1 || Math.abs(nowSeconds - Number(t)) > 300) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest();
  const given = Buffer.from(v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** @param {{ port?: number, host?: string, webhookSecret: string, log?: (line: string) => void }} options */
export async function startMerchantBackend({ port = 8787, host = '127.0.0.1', webhookSecret, log = console.log }) {
  const server = createServer(async (request, response) => {
    if (request.method === 'POST' && request.url === '/hooks/cs-widget') {
      let body = '';
      for await (const chunk of request) body += chunk;
      if (!verifySignature(request.headers['x-cs-signature'], body, webhookSecret)) {
        log('[merchant] refused a webhook with a bad signature');
        return void response.writeHead(401).end();
      }
      const event = JSON.parse(body);
      log(`[merchant] ${event.type}: conversation ${event.conversationId} on ${event.siteKey} left ${event.email}`);
      return void response.writeHead(204).end();
    }
    response.writeHead(404).end();
  });
  server.listen(port, host);
  await once(server, 'listening');
  return { close: () => new Promise((resolve) => server.close(resolve)) };
}
