import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { once } from 'node:events';

const ROOT = join(import.meta.dirname, '..');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};
/** The PartyKit host written in the demo pages; replaced when the server runs elsewhere (tests). */
export const DEMO_PARTYKIT_HOST = 'localhost:1999';

/**
 * Serves the demo storefront (`demo/`) and the built widget (`dist/`) as a merchant's site would:
 * another origin than the chat server.
 */
export async function startDemoServer({ port = 8080, host = '127.0.0.1', partykitHost = DEMO_PARTYKIT_HOST } = {}) {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = path.startsWith('/dist/') ? join(ROOT, path) : join(ROOT, 'demo', path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(join(ROOT, 'demo')) && !file.startsWith(join(ROOT, 'dist'))) return void response.writeHead(403).end();
    try {
      let body = await readFile(file);
      if (extname(file) === '.html') body = Buffer.from(body.toString().replaceAll(DEMO_PARTYKIT_HOST, partykitHost));
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  server.listen(port, host);
  await once(server, 'listening');
  const address = server.address();
  return {
    url: `http://${host}:${typeof address === 'object' && address ? address.port : port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
