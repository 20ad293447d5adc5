/**
 * The inbox counts what each agent holds, against a real `partykit dev`: a claimed conversation leaves the
 * queue and takes one of its agent's slots, so the estimate of the shoppers still waiting follows; resolving
 * frees the slot again. The expected estimates come from the estimator itself with the load spelled out.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { estimateWait } from '../../src/logic/wait-estimate.ts';
import type { WaitEstimate } from '../../src/protocol/wait.ts';
import { agentToken, connectAgent, joinAsAgent, type AgentClient } from '../support/agent.ts';
import { PartykitDev, testSite } from '../support/partykit.ts';
import { connect, newId, startConversation, type FrameRecorder } from '../support/room-client.ts';

const SITE = 'load';
let dev: PartykitDev;
const open: FrameRecorder<unknown>[] = [];
const track = <C extends FrameRecorder<unknown>>(client: C) => (open.push(client), client);

before(async () => {
  dev = await PartykitDev.start({ sites: { [SITE]: testSite({ agentCapacity: 1 }) } });
});
after(async () => {
  await dev?.stop();
});
afterEach(() => {
  for (const client of open.splice(0)) client.close();
});

/** Medium priority, no history yet: the site's target, with one online agent holding `held` conversations. */
const expected = (ahead: number, held: number): WaitEstimate =>
  estimateWait({
    ahead,
    priority: 'medium',
    agents: [{ status: 'online', activeConversations: held }],
    agentCapacity: 1,
    recentFirstResponses: [],
    targetMinutes: 240,
  });

async function waitingShopper() {
  const grant = await startConversation(dev, SITE);
  const client = track(await connect(dev, grant, { lang: 'en' }));
  await client.history();
  const id = newId();
  client.send({ type: 'message/send', id, body: 'Where is my parcel?' });
  await client.acked(id);
  await client.notice('auto-ack');
  return { grant, client };
}

test('a claimed conversation counts on its agent: the others wait longer until it is resolved', async () => {
  assert.notDeepEqual(expected(1, 1), expected(1, 0), 'premise: a held conversation changes the estimate');
  const token = await agentToken(dev, { name: 'Ana', site: SITE });
  const inbox: AgentClient = track(await connectAgent(dev, SITE, token));
  const first = await waitingShopper();
  await waitingShopper();
  const third = await waitingShopper();
  await third.client.wait((w) => JSON.stringify(w.estimate) === JSON.stringify(expected(2, 0)));

  const ana = track(await joinAsAgent(dev, first.grant.conversationId, SITE, token));
  await ana.history();
  ana.send({ type: 'conversation/claim' });
  // One fewer ahead, but Ana's one slot is taken by the conversation she holds.
  await third.client.wait((w) => JSON.stringify(w.estimate) === JSON.stringify(expected(1, 1)));
  // The agents' queue without it (waited for: earlier frames had two entries too, before the third joined).
  await inbox.queue((q) => q.queue.length === 2 && q.queue.every((item) => item.conversationId !== first.grant.conversationId));

  ana.send({ type: 'conversation/resolve' });
  await third.client.wait((w) => JSON.stringify(w.estimate) === JSON.stringify(expected(1, 0)));
});
