// A stand-in for the merchant's own backend, which cs-widget calls over HTTP: the webhook that is told when a
// shopper leaves an e-mail address (checking the signature the way a merchant should), and the order lookup
// the bot asks "where is my order" (sample orders in demo/orders.json).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const { orders } = JSON.parse(readFileSync(new URL('./orders.json', import.meta.url), 'utf8'));

/** The order with that number, if it was placed with that e-mail address (never say which one was wrong). */
export function findOrder(orderNumber, email) {
  const order = orders.find(
    (o) => o.orderNumber.toUpperCase() === String(orderNumber).toUpperCase() && o.email.toLowerCase() === String(email).toLowerCase(),
  );
  if (!order) return null;
  const { email: _email, ...card } = order;
  return card;
}

/** Verifies `x-cs-signature: t=<unix>,v1=<hex>` over `<t>.<body>`, at most 5 minutes old. */
export function verifySignature(header, body, secret, nowSeconds = Date.now() / 1000) {
  const { t, v1 } = Object.fromEntries(String(header ?? '').split(',').map((part) => part.split('=')));
  if (!t || !v1 || Math.abs(nowSeconds - Number(t)) > 300) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest();
  const given = Buffer.from(v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Returns the port it listens on (pass `port: 0` for a free one) and `close`.
 * @param {{ port?: number, host?: string, webhookSecret: string, log?: (line: string) => void }} options
 */
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
    if (request.method === 'POST' && request.url === '/orders/lookup') {
      let body = '';
      for await (const chunk of request) body += chunk;
      let query;
      try {
        query = JSON.parse(body);
      } catch {
        return void response.writeHead(400).end();
      }
      const order = findOrder(query.orderNumber, query.email);
      log(`[merchant] order lookup ${query.orderNumber}: ${order ? order.status : 'not found'}`);
      if (!order) return void response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not-found"}');
      return void response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(order));
    }
    response.writeHead(404).end();
  });
  server.listen(port, host);
  await once(server, 'listening');
  return { port: server.address().port, close: () => new Promise((resolve) => server.close(resolve)) };
}
