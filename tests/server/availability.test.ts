/**
 * The team's availability against a real `partykit dev`: the public `GET /api/sites/<siteKey>/availability`
 * the widget's header reads before the first message, and the new auto-ack a waiting shopper gets when the
 * team closes (here: the server restarts on the same storage with the site's hours changed, and the widget's
 * scheduled `wait/refresh` arrives). No clock is faked: every instant is the real one, on both sides.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { WEEKDAYS, type Weekday } from '../../src/config/site-config.ts';
import { PROTOCOL_VERSION } from '../../src/protocol/messages.ts';
import { siteAvailabilityPath, type Availability, type WaitEstimate } from '../../src/protocol/wait.ts';
import { agentToken, connectAgent } from '../support/agent.ts';
import { PartykitDev, testSite } from '../support/partykit.ts';
import { connect, newId, noticesOf, readAllHistory, startConversation, type FrameRecorder, type Grant } from '../support/room-client.ts';

const TOKYO = 'Asia/Tokyo'; // UTC+9 all year (no daylight saving time)
const HOUR = 3600_000;

let dev: PartykitDev;
const open: FrameRecorder<unknown>[] = [];
const track = <C extends FrameRecorder<unknown>>(client: C): C => {
  open.push(client);
  return client;
};

/**
 * Hours with no shift today or tomorrow (dates in a zone `offsetHours` from UTC), 09:00-17:00 on the other
 * five weekdays: closed now, opening the day after tomorrow at 09:00 even if the test crosses midnight.
 */
function closedTodayAndTomorrow(offsetHours: number, now = Date.now()) {
  const local = new Date(now + offsetHours * HOUR); // its UTC fields are the zone's wall clock
  const [year, month, day] = [local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()];
  const weekday = (d: number): Weekday => WEEKDAYS[(new Date(Date.UTC(year, month, d)).getUTCDay() + 6) % 7]!;
  const closed = new Set([weekday(day), weekday(day + 1)]);
  const hours = Object.fromEntries(WEEKDAYS.map((d) => [d, closed.has(d) ? [] : [['09:00', '17:00']]])) as Record<Weekday, string[][]>;
  return { hours, opensAt: Date.UTC(year, month, day + 2, 9, 0) - offsetHours * HOUR };
}

const tokyo = closedTodayAndTomorrow(9);

before(async () => {
  dev = await PartykitDev.start({
    sites: {
      open: testSite(),
      closed: testSite({ timeZone: TOKYO, hours: tokyo.hours }),
      shift: testSite(),
    },
  });
});
after(async () => {
  await dev?.dispose();
});
afterEach(() => {
  for (const client of open.splice(0)) client.close();
});

const availabilityUrl = (siteKey: string, v: string | null = String(PROTOCOL_VERSION)) =>
  `${dev.httpOrigin}${siteAvailabilityPath(siteKey)}${v === null ? '' : `?v=${v}`}`;

/** The endpoint as a merchant's page calls it: a cross-origin GET. */
async function getAvailability(siteKey: string, v?: string | null) {
  const response = await fetch(availabilityUrl(siteKey, v), { headers: { origin: 'https://shop.example' } });
  return { response, body: (await response.json()) as unknown };
}

/** `max-age` of a `public` Cache-Control, or null when the answer is not publicly cacheable. */
const publicMaxAge = (response: Response) => {
  const match = /^public, max-age=(\d+)$/.exec(response.headers.get('cache-control') ?? '');
  return match ? Number(match[1]) : null;
};

test('an open site: 200 with its availability, public and cacheable, readable from any origin; live agent count', async () => {
  const { response, body } = await getAvailability('open');
  assert.equal(response.status, 200);
  assert.deepEqual(body, { open: true, agentsOnline: 0, changesAt: null, timeZone: 'UTC', language: 'en' } satisfies Availability);
  assert.equal(response.headers.get('access-control-allow-origin'), '*');
  assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
  assert.equal(publicMaxAge(response), 60);

  // It is the inbox's live view, not the configuration alone: an agent online is counted.
  const agent = track(await connectAgent(dev, 'open', await agentToken(dev, { name: 'Ana', site: 'open' })));
  await agent.queue((q) => q.availability.agentsOnline === 1);
  assert.deepEqual((await getAvailability('open')).body, { open: true, agentsOnline: 1, changesAt: null, timeZone: 'UTC', language: 'en' });
  agent.closeCleanly();
  await agent.closed();
});

test("a closed site: when it opens, in the team's time zone; cacheable no longer than until then", async () => {
  assert.ok(tokyo.opensAt - Date.now() > 24 * HOUR, 'premise: opens after tomorrow');
  const { response, body } = await getAvailability('closed');
  assert.equal(response.status, 200);
  assert.deepEqual(body, { open: false, agentsOnline: 0, changesAt: tokyo.opensAt, timeZone: TOKYO, language: 'en' } satisfies Availability);
  assert.equal(response.headers.get('access-control-allow-origin'), '*');
  assert.equal(publicMaxAge(response), 60);
});

test('unknown or malformed site: 404 with a code (still readable cross-origin); other version: 426; preflight', async () => {
  for (const siteKey of ['not-configured', 'Open', 'bad%20key', 'x'.repeat(65)]) {
    const { response, body } = await getAvailability(siteKey);
    assert.equal(response.status, 404, siteKey);
    assert.deepEqual(body, { code: 'unknown-site' }, siteKey);
    assert.equal(response.headers.get('access-control-allow-origin'), '*', siteKey);
    assert.equal(publicMaxAge(response), null, `${siteKey}: not cached`);
  }
  for (const v of [null, String(PROTOCOL_VERSION + 1)]) {
    const { response, body } = await getAvailability('open', v);
    assert.equal(response.status, 426, `v=${v}`);
    assert.deepEqual(body, { code: 'version-mismatch' });
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
  }
  const preflight = await fetch(availabilityUrl('open'), {
    method: 'OPTIONS',
    headers: { origin: 'https://shop.example', 'access-control-request-method': 'GET' },
  });
  assert.equal(preflight.status, 204);
  assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
  assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /\bGET\b/);
  const post = await fetch(availabilityUrl('open'), { method: 'POST', body: '{}' });
  assert.equal(post.status, 405);
  // The inbox itself stays closed to outside HTTP.
  assert.equal((await fetch(`${dev.httpOrigin}/parties/inbox/open`, { method: 'POST', body: JSON.stringify({ type: 'availability/fetch' }) })).status, 404);
});

// Last: restarts the server the other tests share.
test('the team closes while the shopper waits: the scheduled wait/refresh brings a new auto-ack, once', async () => {
  // Open around the clock: the shopper's first message gets an open-team auto-ack.
  const grant: Grant = await startConversation(dev, 'shift');
  const client = track(await connect(dev, grant));
  await client.history();
  await client.wait();
  const first = newId();
  client.send({ type: 'message/send', id: first, body: 'Is the blue one in stock?' });
  const { message: ack } = await client.acked(first);
  const openAck = await client.notice('auto-ack');
  assert.equal(openAck.notice.estimate.kind, 'open');

  // The shift ends: the same storage, the site now closed today and tomorrow (UTC).
  await dev.stop('SIGKILL');
  await client.until(() => !client.isOpen);
  const utc = closedTodayAndTomorrow(0);
  dev.sites = { ...dev.sites, shift: testSite({ hours: utc.hours }) };
  await dev.start();
  const closedAvailability: Availability = { open: false, agentsOnline: 0, changesAt: utc.opensAt, timeZone: 'UTC', language: 'en' };
  const closedEstimate: WaitEstimate = { kind: 'closed', opensAt: utc.opensAt, timeZone: 'UTC' };
  assert.deepEqual((await getAvailability('shift')).body, closedAvailability);

  // The widget reconnects: the wait as it stands now, but connecting alone writes nothing.
  const again = track(await connect(dev, grant, { after: openAck.seq }));
  assert.deepEqual((await again.history()).messages, []);
  assert.deepEqual(await again.wait(), { type: 'wait/updated', estimate: closedEstimate, availability: closedAvailability });
  assert.deepEqual(noticesOf(again.live), []);

  // At `changesAt` the widget sends wait/refresh: the room tells the shopper in the conversation.
  again.send({ type: 'wait/refresh' });
  const closedAck = await again.notice('auto-ack');
  assert.deepEqual(closedAck, {
    id: closedAck.id,
    seq: openAck.seq + 1,
    role: 'system',
    notice: { kind: 'auto-ack', estimate: closedEstimate },
    sentAt: closedAck.sentAt,
  });
  assert.deepEqual(await again.wait(), { type: 'wait/updated', estimate: closedEstimate, availability: closedAvailability });

  // Another refresh with nothing changed: the same wait, no further notice (it would precede the wait/updated).
  again.send({ type: 'wait/refresh' });
  assert.deepEqual(await again.wait(), { type: 'wait/updated', estimate: closedEstimate, availability: closedAvailability });
  assert.deepEqual(noticesOf(again.live), [closedAck]);
  const stored = (await readAllHistory(track(await connect(dev, grant)))).messages;
  assert.deepEqual(stored, [ack, openAck, closedAck]);
});
