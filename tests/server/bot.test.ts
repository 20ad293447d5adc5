/**
 * Bot to human, end to end against a real `partykit dev`: knowledge-base answers, the order lookup against
 * the demo merchant backend (a real HTTP server), handoffs in several languages with the summary, silence
 * once a person has the conversation, the claim race, hand back to the bot, resolve and reopen, and a
 * merchant endpoint that never answers. Each test uses its own conversation; waits are on frames.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { after, afterEach, before, test } from 'node:test';
import { startMerchantBackend } from '../../demo/merchant-backend.mjs';
import type { BotReply } from '../../src/protocol/handoff.ts';
import { ORDER_LOOKUP_ATTEMPTS } from '../../src/protocol/limits.ts';
import type { BotMessage, ChatMessage, ServerMessage } from '../../src/protocol/messages.ts';
import type { AgentServerMessage } from '../../src/protocol/notes.ts';
import { agentToken, joinAsAgent } from '../support/agent.ts';
import { PartykitDev, testSite } from '../support/partykit.ts';
import { connect, newId, startConversation, type FrameRecorder, type RoomClient } from '../support/room-client.ts';

const KNOWLEDGE_BASE = [
  {
    id: 'returns-window',
    questions: {
      en: ['How do I return an item?', 'Can I send something back?', 'What is your return policy?'],
      es: ['¿Cómo devuelvo un artículo?', '¿Puedo devolver un producto?'],
      ar: ['كيف أرجع منتجا؟', 'ما هي سياسة الإرجاع؟'],
    },
    answers: {
      en: 'You can return any item within 30 days. Start at example.com/returns.',
      es: 'Puedes devolver cualquier artículo en 30 días. Empieza en example.com/returns.',
      ar: 'يمكنك إرجاع أي منتج خلال 30 يوما.',
    },
  },
  {
    id: 'shipping-costs',
    questions: {
      en: ['How much is shipping?', 'What does delivery cost?', 'Do you ship for free?'],
      es: ['¿Cuánto cuesta el envío?'],
    },
    answers: { en: 'Shipping is free above 50 EUR, otherwise 4.90 EUR.', es: 'El envío es gratis a partir de 50 EUR.' },
  },
];

let dev: PartykitDev;
let merchant: { port: number; close: () => Promise<unknown> };
let hanging: { server: Server; port: number; requests: number };
const open: FrameRecorder<unknown>[] = [];
const track = <C extends FrameRecorder<unknown>>(client: C) => (open.push(client), client);

before(async () => {
  merchant = await startMerchantBackend({ port: 0, webhookSecret: 'x'.repeat(32), log: () => {} });
  // An order system that takes every request and never answers.
  const server = createServer(() => {
    hanging.requests++;
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  hanging = { server, port: (server.address() as { port: number }).port, requests: 0 };

  const bot = { knowledgeBase: KNOWLEDGE_BASE, languages: ['en', 'es', 'ar'] };
  dev = await PartykitDev.start({
    sites: {
      shop: testSite({ ...bot, orderLookupUrl: `http://127.0.0.1:${merchant.port}/orders/lookup` }),
      slow: testSite({ ...bot, orderLookupUrl: `http://127.0.0.1:${hanging.port}/orders/lookup` }),
    },
  });
});
after(async () => {
  await dev?.stop();
  await merchant?.close();
  hanging?.server.closeAllConnections();
  hanging?.server.close();
});
afterEach(() => {
  for (const client of open.splice(0)) client.close();
});

// ---- Helpers -------------------------------------------------------------------------------------------

async function shopper(site = 'shop', lang = 'en') {
  const grant = await startConversation(dev, site);
  const client = track(await connect(dev, grant, { lang }));
  await client.history();
  return { grant, client };
}

/** Sends a message and waits for its acknowledgement. */
async function say(client: RoomClient, body: string) {
  const id = newId();
  client.send({ type: 'message/send', id, body });
  return (await client.acked(id)).message;
}

const isBot = (message: ChatMessage): message is BotMessage => message.role === 'bot';

/** The next thing the bot says (of `kind`, if given). */
async function botSays<K extends BotReply['kind']>(client: RoomClient, kind?: K, timeoutMs?: number) {
  const frame = await client.next(
    (f): f is Extract<ServerMessage, { type: 'message/added' }> =>
      f.type === 'message/added' && isBot(f.message) && (kind === undefined || f.message.reply.kind === kind),
    timeoutMs,
  );
  return (frame.message as BotMessage).reply as Extract<BotReply, { kind: K }>;
}

/** A shopper's or an agent's socket. */
const phaseOf = (client: FrameRecorder<AgentServerMessage>, phase: string) =>
  client.next((f): f is Extract<ServerMessage, { type: 'conversation/updated' }> => f.type === 'conversation/updated' && f.phase === phase);

async function agent(conversationId: string, name: string, site = 'shop') {
  const token = await agentToken(dev, { name, site });
  const client = track(await joinAsAgent(dev, conversationId, site, token));
  await client.history();
  return client;
}

// ---- Tests ---------------------------------------------------------------------------------------------

test('a question from the knowledge base is answered by the bot, in the shopper language, marked as the bot', async () => {
  const { client } = await shopper('shop', 'es');
  await say(client, 'hola, ¿cuánto cuesta el envío a Francia?');
  const reply = await botSays(client, 'answer');
  assert.equal(reply.entryId, 'shipping-costs');
  assert.equal(reply.language, 'es');
  assert.match(reply.text, /gratis/);
  assert.equal((await phaseOf(client, 'bot')).agentName, null);
});

test('"my parcel arrived broken" in Arabic goes straight to the queue as high priority, with a summary for agents only', async () => {
  const { grant, client } = await shopper('shop', 'ar');
  await say(client, 'وصلني الطرد اليوم والمنتج مكسور تماما');
  const handoff = await botSays(client, 'handoff');
  assert.equal(handoff.reason, 'priority');
  await phaseOf(client, 'queued');
  const ack = await client.notice('auto-ack');
  assert.ok(ack.notice.estimate, 'the shopper is told how long');

  const person = await agent(grant.conversationId, 'Alice');
  const state = await phaseOf(person, 'queued');
  assert.ok(state.summary, 'an agent gets the summary');
  assert.equal(state.summary.priority, 'high');
  assert.equal(state.summary.reason, 'priority');
  assert.equal(state.summary.language, 'ar');
  assert.match(state.summary.firstLine, /مكسور/);
  // Checked on the wire: no frame to the shopper carries a summary.
  assert.ok(client.raw.every((raw) => !raw.includes('"summary"')), 'the shopper never receives the summary');
});

test('"where is my order" gets the order card from the demo merchant backend', async () => {
  const { client } = await shopper('shop', 'en');
  await say(client, 'Hi, where is my order?');
  assert.equal((await botSays(client, 'ask-order')).missing, 'both');
  await say(client, 'It is NL-10042');
  assert.equal((await botSays(client, 'ask-order')).missing, 'email');
  await say(client, 'anna@example.com');
  const card = await botSays(client, 'order');
  assert.equal(card.order.orderNumber, 'NL-10042');
  assert.equal(card.order.status, 'shipped');
  assert.equal(card.order.carrier, 'DHL');
  assert.match(card.order.trackingUrl ?? '', /^https:/);
});

test('an order number and e-mail in one message, but the wrong pair: not found, then a person after the second miss', async () => {
  const { client } = await shopper('shop', 'en');
  await say(client, 'order NL-10042, my email is someone.else@example.com');
  assert.equal((await botSays(client, 'order-not-found')).orderNumber, 'NL-10042');
  await say(client, 'NL-99999 someone.else@example.com');
  await botSays(client, 'order-not-found');
  assert.equal((await botSays(client, 'handoff')).reason, 'bot-failed');
  await phaseOf(client, 'queued');
});

test('"quiero hablar con una persona" is queued at once', async () => {
  const { client } = await shopper('shop', 'es');
  await say(client, 'quiero hablar con una persona');
  assert.equal((await botSays(client, 'handoff')).reason, 'asked');
  await phaseOf(client, 'queued');
  await client.notice('auto-ack');
});

test('two messages the bot cannot answer: one question back, then a person', async () => {
  const { client } = await shopper('shop', 'en');
  await say(client, 'Do you sell gift cards for the Vienna store?');
  await botSays(client, 'clarify');
  await say(client, 'And can my grandmother pay with a cheque?');
  assert.equal((await botSays(client, 'handoff')).reason, 'bot-failed');
});

test('"Talk to a person" (handoff/request) queues the conversation; a shopper cannot perform an agent action', async () => {
  const { client } = await shopper('shop', 'en');
  await say(client, 'How much is shipping?');
  await botSays(client, 'answer');
  client.send({ type: 'conversation/claim' });
  await client.next((f) => f.type === 'error' && f.code === 'forbidden');
  client.send({ type: 'handoff/request' });
  assert.equal((await botSays(client, 'handoff')).reason, 'asked');
  await phaseOf(client, 'queued');
});

test('once a person is assigned the bot is silent; handing back to the bot makes it answer again', async () => {
  const { grant, client } = await shopper('shop', 'en');
  await say(client, 'I want to talk to a human please');
  await botSays(client, 'handoff');
  const alice = await agent(grant.conversationId, 'Alice');
  alice.send({ type: 'conversation/claim' });
  assert.equal((await client.notice('agent-joined')).notice.name, 'Alice');
  assert.equal((await phaseOf(client, 'assigned')).agentName, 'Alice');

  // A question the bot could answer, then the person's reply: nothing from the bot in between.
  const question = await say(client, 'How do I return an item?');
  const answerId = newId('a');
  alice.send({ type: 'message/send', id: answerId, body: 'I will send you a return label right away.' });
  const answer = (await alice.acked(answerId)).message;
  await client.next((f) => f.type === 'message/added' && f.message.id === answerId);
  const between = client.live.filter((m) => m.seq > question.seq && m.seq < answer.seq);
  assert.deepEqual(between.filter(isBot), [], 'the bot said nothing while a person had the conversation');
  assert.equal(answer.role === 'agent' && answer.name, 'Alice');

  alice.send({ type: 'conversation/release' });
  await client.notice('back-to-bot');
  await phaseOf(client, 'bot');
  await say(client, 'Can I send something back?');
  assert.equal((await botSays(client, 'answer')).entryId, 'returns-window');
});

test('the claim race: two agents claim at the same moment, exactly one wins and the other is told', async () => {
  const { grant, client } = await shopper('shop', 'en');
  await say(client, 'agent please');
  await botSays(client, 'handoff');
  const [alice, bob] = await Promise.all([agent(grant.conversationId, 'Alice'), agent(grant.conversationId, 'Bob')]);
  alice.send({ type: 'conversation/claim' });
  bob.send({ type: 'conversation/claim' });
  const joined = await client.notice('agent-joined');
  const loser = joined.notice.name === 'Alice' ? bob : alice;
  await loser.next((f) => f.type === 'error' && f.code === 'already-assigned');
  // The loser cannot write into the conversation either; the message is refused, not stored.
  const id = newId('x');
  loser.send({ type: 'message/send', id, body: 'Hello from the loser' });
  await loser.next((f) => f.type === 'error' && f.code === 'already-assigned' && f.ref === id);
  assert.equal(client.live.filter((m) => m.role === 'system' && m.notice.kind === 'agent-joined').length, 1);
});

test('resolve, then a new shopper message reopens the conversation with the bot', async () => {
  const { grant, client } = await shopper('shop', 'en');
  await say(client, 'let me speak to a person');
  await botSays(client, 'handoff');
  const alice = await agent(grant.conversationId, 'Alice');
  alice.send({ type: 'conversation/claim' });
  await phaseOf(client, 'assigned');
  alice.send({ type: 'conversation/resolve' });
  await client.notice('resolved');
  await phaseOf(client, 'resolved');
  await say(client, 'One more thing: what does delivery cost?');
  await phaseOf(client, 'bot');
  assert.equal((await botSays(client, 'answer')).entryId, 'shipping-costs');
});

test('the merchant endpoint timing out: one retry, then a clear message and a person', async () => {
  const { client } = await shopper('slow', 'en');
  const before = hanging.requests;
  await say(client, 'Where is my order NL-10042? My e-mail is anna@example.com');
  const handoff = await botSays(client, 'handoff', 20_000);
  assert.equal(handoff.reason, 'order-lookup-failed');
  assert.equal(hanging.requests - before, ORDER_LOOKUP_ATTEMPTS);
  await phaseOf(client, 'queued');
  await client.notice('auto-ack');
});
