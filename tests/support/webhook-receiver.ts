import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';

/** One request the receiver got, as it arrived. */
export interface ReceivedRequest {
  readonly method: string;
  /** Path and query. */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  /** The body exactly as sent (signatures are over these bytes). */
  readonly body: string;
  /** Epoch ms when it was read in full. */
  readonly receivedAt: number;
  /** The status the receiver answered. */
  readonly status: number;
}

/** Decides the status for a request; 200 by default. */
export type Responder = (request: Omit<ReceivedRequest, 'status'>) => number;

/**
 * A merchant's webhook endpoint for tests: a real node:http server on 127.0.0.1 and a free port that records
 * every request and answers with `respond`'s status. Waiting is event-driven (no polling).
 */
export class WebhookReceiver {
  readonly requests: ReceivedRequest[] = [];
  private readonly waiters = new Set<() => boolean>();

  private constructor(
    private readonly server: Server,
    readonly port: number,
    private readonly respond: Responder,
  ) {}

  static async start(respond: Responder = () => 200): Promise<WebhookReceiver> {
    let receiver: WebhookReceiver | undefined;
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const seen = {
          method: request.method ?? '',
          url: request.url ?? '',
          headers: request.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          receivedAt: Date.now(),
        };
        const status = receiver!.respond(seen);
        receiver!.requests.push({ ...seen, status });
        response.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok' : 'failed');
        receiver!.notify();
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    receiver = new WebhookReceiver(server, address.port, respond);
    return receiver;
  }

  /** The URL of `path` on this receiver, for a site's `webhookUrl`. */
  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  /** Requests to `path`. */
  to(path: string): ReceivedRequest[] {
    return this.requests.filter((r) => new URL(r.url, 'http://x').pathname === path);
  }

  /** Resolves once `check()` holds, re-checked on every request. */
  until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const wrapped = () => {
        if (!check()) return false;
        clearTimeout(timer);
        this.waiters.delete(wrapped);
        resolve();
        return true;
      };
      const timer = setTimeout(() => {
        this.waiters.delete(wrapped);
        reject(new Error(`timed out after ${timeoutMs} ms (${this.requests.length} requests)`));
      }, timeoutMs);
      this.waiters.add(wrapped);
      wrapped();
    });
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    this.server.close();
    await once(this.server, 'close');
  }

  private notify() {
    for (const waiter of [...this.waiters]) waiter();
  }
}
