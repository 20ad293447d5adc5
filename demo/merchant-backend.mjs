// A stand-in for the merchant's own backend, which cs-widget calls over HTTP: the webhook that is told when a
// shopper leaves an e-mail address (checking the signature the way a merchant should), the order lookup
// the bot asks "where is my order" (sample orders in demo/orders.json), and the identity tokens it mints for
// its signed-in shoppers (docs/identity.md), which demo/account.html hands to the widget.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

/** The demo's signed-in shoppers, as the merchant's account system knows them. */
const CUSTOMERS = {
  alice: { sub: 'cust-alice', name: 'Alice Martin', email: 'alice@example.com' },
  bob: { sub: 'cust-bob', name: 'Bob Okafor', email: 'bob@example.com' },
};
/** How long a minted identity token lives: minted per page view, so minutes are plenty. */
const IDENTITY_TOKEN_SECONDS = 600;

/**
 * An identity token for a signed-in shopper: a compact JWT, HS256, signed with the site's identity secret
 * (the server's `IDENTITY_SECRET_<SITE>`). Framework-free: this is the whole of it (docs/identity.md).
 * @param {string} secret
 * @param {{ sub: string, site: string, name?: string, email?: string }} shopper
 */
export function mintIdentityToken(secret, shopper, lifetimeSeconds = IDENTITY_TOKEN_SECONDS) {
  const now = Math.floor(Date.now() / 1000);
  const part = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const text = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ ...shopper, iat: now, exp: now + lifetimeSeconds })}`;
  return `${text}.${createHmac('sha256', secret).update(text).digest('base64url')}`;
}

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
 * Returns the port it listens on (pass `port: 0` for a free one) and `close`. `identity` is the demo site's
 * key and identity secret, and the storefront's origin, which may ask for tokens (CORS).
 * @param {{ port?: number, host?: string, webhookSecret: string, log?: (line: string) => void,
 *   identity?: { siteKey: string, secret: string, storefrontOrigin: string } }} options
 */
export async function startMerchantBackend({ port = 8787, host = '127.0.0.1', webhookSecret, identity, log = console.log }) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    if (request.method === 'GET' && url.pathname === '/identity-token' && identity) {
      // A real shop reads who is signed in from its session; the demo takes `?customer=alice`.
      const name = url.searchParams.get('customer') ?? '';
      const customer = Object.hasOwn(CUSTOMERS, name) ? CUSTOMERS[name] : null;
      const headers = { 'content-type': 'application/json', 'cache-control': 'no-store', 'access-control-allow-origin': identity.storefrontOrigin };
      if (!customer) return void response.writeHead(404, headers).end('{"error":"not-signed-in"}');
      log(`[merchant] identity token for ${customer.sub}`);
      return void response.writeHead(200, headers).end(JSON.stringify({ token: mintIdentityToken(identity.secret, { ...customer, site: identity.siteKey }), name: customer.name }));
    }
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
