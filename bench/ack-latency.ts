/**
 * Ack latency of the conversation room against a raw WebSocket echo, both on loopback in one run:
 * the ratio is what the room (parse, dedupe read, durable write, broadcast) costs over the transport.
 * Run: npx tsx bench/ack-latency.ts
 */
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import WebSocket, { WebSocketServer } from 'ws';
import { PROTOCOL_VERSION } from '../src/protocol/messages.ts';
import { PartykitDev } from '../tests/support/partykit.ts';
import { roomUrl, startConversation } from '../tests/support/room-client.ts';

const WARMUP = 100;
const ROUNDS = 1000;
const TIMEOUT_MS = 5000;
const BODY = 'Hello! Has my order #10442 shipped yet? Tracking says nothing.';

/**
 * Sends a frame and resolves with the next frame received that `isReply` accepts (one at a time: the
 * benchmark is sequential). The room also says other things after a message (the bot, the wait): skipped.
 */
function roundTripper(ws: WebSocket, isReply: (reply: string) => boolean = () => true) {
  let waiting: ((reply: string) => void) | undefined;
  ws.on('message', (data) => {
    const reply = data.toString();
    if (!isReply(reply)) return;
    const resolve = waiting;
    waiting = undefined;
    resolve?.(reply);
  });
  return (frame: string) =>
    new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no reply within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      waiting = (reply) => {
        clearTimeout(timer);
        resolve(reply);
      };
      ws.send(frame);
    });
}

// Same length every time: a fixed-width counter keeps ids (and so frames) the same size.
const frameFor = (i: number) =>
  JSON.stringify({ type: 'message/send', id: `bench-${String(i).padStart(8, '0')}-${process.pid}`, body: BODY });

/** Warm-up, then ROUNDS timed round trips; `check` runs outside the timed span. */
async function measure(
  roundTrip: (frame: string) => Promise<string>,
  check: (frame: string, reply: string) => void,
  makeFrame: (i: number) => string = frameFor,
) {
  const times: number[] = [];
  for (let i = 0; i < WARMUP + ROUNDS; i++) {
    const frame = makeFrame(i);
    const started = performance.now();
    const reply = await roundTrip(frame);
    if (i >= WARMUP) times.push(performance.now() - started);
    check(frame, reply);
  }
  return times.sort((a, b) => a - b);
}

const percentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
const summary = (sorted: number[]) => ({
  p50: percentile(sorted, 0.5),
  p90: percentile(sorted, 0.9),
  p99: percentile(sorted, 0.99),
  max: sorted.at(-1)!,
});

/** Opens a socket; also resolves with its first frame, listened for before `open` (ws may emit both in one tick). */
async function openSocket(url: string) {
  const ws = new WebSocket(url);
  const first = once(ws, 'message', { signal: AbortSignal.timeout(TIMEOUT_MS) });
  first.catch(() => {}); // the echo server sends nothing first; only the room's first frame is awaited
  await once(ws, 'open', { signal: AbortSignal.timeout(TIMEOUT_MS) });
  return { ws, first };
}

const dev = await PartykitDev.start();
const echo = new WebSocketServer({ host: '127.0.0.1', port: 0 });
const sockets: WebSocket[] = [];
try {
  await once(echo, 'listening');
  echo.on('connection', (ws) => ws.on('message', (data, isBinary) => ws.send(data, { binary: isBinary })));

  const grant = await startConversation(dev);
  const url = roomUrl(dev, grant.conversationId, { v: PROTOCOL_VERSION, site: grant.siteKey, token: grant.token, after: 0 });
  const { ws: room, first } = await openSocket(url);
  sockets.push(room);
  await first; // history/synced, sent on connect
  const roomRoundTrip = roundTripper(room, (reply) => /^\{"type":"(message\/acked|history\/synced)"/.test(reply));
  const roomTimes = await measure(roomRoundTrip, (frame, reply) => {
    const ack = JSON.parse(reply) as { type?: string; message?: { id?: string } };
    if (ack.type !== 'message/acked' || ack.message?.id !== (JSON.parse(frame) as { id: string }).id) {
      throw new Error(`expected the ack, got ${reply}`);
    }
  });
  // The same room without the write: an empty history page past the end. Rough split of the cost
  // between the path through partykit and the storage write (no server-side clock needed).
  const readTimes = await measure(
    roomRoundTrip,
    (_frame, reply) => {
      if ((JSON.parse(reply) as { type?: string }).type !== 'history/synced') throw new Error(`expected a page, got ${reply}`);
    },
    () => JSON.stringify({ type: 'history/fetch', after: 1e9 }),
  );

  const address = echo.address();
  if (address === null || typeof address === 'string') throw new Error('echo server has no port');
  const { ws: raw } = await openSocket(`ws://127.0.0.1:${address.port}`);
  sockets.push(raw);
  const echoTimes = await measure(roundTripper(raw), (frame, reply) => {
    if (reply !== frame) throw new Error('echo mismatch');
  });

  const rows = [
    ['room: send → acked', summary(roomTimes)],
    ['raw ws echo', summary(echoTimes)],
    ['room: empty fetch', summary(readTimes)],
  ] as const;
  const ms = (value: number) => value.toFixed(3).padStart(8);
  console.log(`\n${ROUNDS} sequential round trips each after ${WARMUP} warm-up, loopback, ms (frame ${frameFor(0).length} B)`);
  console.log(`${''.padEnd(20)}${['p50', 'p90', 'p99', 'max'].map((h) => h.padStart(8)).join('')}`);
  for (const [name, s] of rows) console.log(`${name.padEnd(20)}${ms(s.p50)}${ms(s.p90)}${ms(s.p99)}${ms(s.max)}`);
  const [roomStats, echoStats, readStats] = [rows[0][1], rows[1][1], rows[2][1]];
  const ratio = (base: typeof echoStats, key: 'p50' | 'p99') => `${(roomStats[key] / base[key]).toFixed(1)}x`.padStart(8);
  for (const [name, base] of [['ratio room / echo', echoStats], ['ratio room / fetch', readStats]] as const) {
    console.log(`${name.padEnd(20)}${ratio(base, 'p50')}${''.padStart(8)}${ratio(base, 'p99')}`);
  }
} finally {
  for (const ws of sockets) ws.terminate();
  echo.close();
  await dev.dispose();
}
