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
/** Written in hostile pages where another origin's URL belongs (an iframe); replaced by this server on `localhost`. */
const CROSS_ORIGIN = 'http://cross-origin.invalid';
/** Where each URL prefix is served from: the storefront, the built widget, the hostile-page fixtures. */
const MOUNTS = [
  { prefix: '/dist/', dir: join(ROOT, 'dist') },
  { prefix: '/hostile/', dir: join(ROOT, 'tests/hostile') },
  { prefix: '/', dir: join(ROOT, 'demo') },
];
/**
 * The widget on a page: its script tags (loader or module) and a written `<cs-widget>`. `?widget=off` serves
 * the page without them, so a test or benchmark can compare the page with and without the widget;
 * `?widget=loader` and `?widget=element` serve it with one of the two integrations instead of its own.
 */
const WIDGET_MARKUP = [/<script\b[^>]*\bsrc="\/dist\/(?:loader|cs-widget)\.js"[^>]*><\/script>\s*/g, /<cs-widget\b[^>]*>[\s\S]*?<\/cs-widget>\s*/g];
const INTEGRATIONS = {
  off: '',
  loader: '<script src="/dist/loader.js" data-server="{server}" data-site="demo-shop" async></script>\n',
  element: '<cs-widget server="{server}" site="demo-shop"></cs-widget>\n<script type="module" src="/dist/cs-widget.js"></script>\n',
};

/** Each hostile page's own response headers (CSP, Trusted Types), with `{chat}` the PartyKit origins. */
async function pageHeaders(file, partykitHost) {
  if (!file.startsWith(join(ROOT, 'tests/hostile'))) return {};
  const all = JSON.parse(await readFile(join(ROOT, 'tests/hostile/headers.json'), 'utf8'));
  const own = all[file.slice(join(ROOT, 'tests/hostile/').length)] ?? {};
  const chat = `http://${partykitHost} ws://${partykitHost}`;
  return Object.fromEntries(Object.entries(own).map(([name, value]) => [name, value.replaceAll('{chat}', chat)]));
}

/**
 * Serves the demo storefront (`demo/`), the hostile-page fixtures (`tests/hostile/` at `/hostile/`) and the
 * built widget (`dist/`) as a merchant's site would: another origin than the chat server.
 */
export async function startDemoServer({ port = 8080, host = '127.0.0.1', partykitHost = DEMO_PARTYKIT_HOST } = {}) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const path = normalize(decodeURIComponent(url.pathname));
    // The pages name no icon: a 404 here would be the one error in their consoles.
    if (path === '/favicon.ico') return void response.writeHead(204).end();
    const mount = MOUNTS.find(({ prefix }) => path.startsWith(prefix));
    const relative = path.slice(mount.prefix.length);
    const file = join(mount.dir, relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative);
    if (!file.startsWith(mount.dir)) return void response.writeHead(403).end();
    try {
      let body = await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      // The widget's files, served as a CDN serves them: the loader import()s cs-widget.js, a CORS request
      // from any page not on this origin (a sandboxed frame's origin is null).
      if (mount.prefix === '/dist/') headers['access-control-allow-origin'] = '*';
      if (extname(file) === '.html') {
        let text = body.toString().replaceAll(DEMO_PARTYKIT_HOST, partykitHost);
        text = text.replaceAll(CROSS_ORIGIN, `http://localhost:${server.address().port}`);
        const integration = url.searchParams.get('widget');
        if (Object.hasOwn(INTEGRATIONS, integration)) {
          for (const markup of WIDGET_MARKUP) text = text.replace(markup, '');
          text = text.replace('</body>', `${INTEGRATIONS[integration].replaceAll('{server}', partykitHost)}</body>`);
          text = text.replace(/(<iframe\b[^>]*\bsrc="[^"?]+)"/g, `$1?widget=${integration}"`); // and in its frames
        }
        body = Buffer.from(text);
        Object.assign(headers, await pageHeaders(file, partykitHost));
      }
      response.writeHead(200, headers);
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
