// axe-core over every state a shopper can meet (DESIGN.md section 7, issue 6), in English, Arabic (right
// to left) and Japanese, with the translations loaded as the widget's entry loads them. The room is played
// over a fake WebSocket (fake-room.ts); its real behaviour is tested against partykit dev in tests/server.
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../elements/embed.js';
import type { CsWidget } from '../../elements/widget/widget.js';
import type { ChatMessage } from '../../src/protocol/messages.js';
import type { WaitEstimate } from '../../src/protocol/wait.js';
import { FakeSocket, connectedWidget, text, useFakeSockets } from './fake-room.js';

const HOUR = 3_600_000;
const open = { open: true, agentsOnline: 2, changesAt: null, timeZone: 'Europe/Berlin', language: 'en' };
const queued: WaitEstimate = { kind: 'open', ahead: 3, lowMinutes: 4, highMinutes: 12, basis: 'measured' };
const afterHours: WaitEstimate = { kind: 'closed', opensAt: Date.now() + 7 * HOUR, timeZone: 'America/New_York' };

let seq = 0;
/** A bot message or a notice without the fields the room assigns. */
type Entry = ChatMessage extends infer M ? (M extends ChatMessage ? Omit<M, 'id' | 'seq' | 'sentAt'> : never) : never;
const entry = (message: Entry): ChatMessage =>
  ({ ...message, id: `entry-${String(++seq).padStart(4, '0')}`, seq, sentAt: Date.now() }) as ChatMessage;

/** Puts a connected, open widget into one state, the way the room would. */
const STATES: Record<string, (el: CsWidget, socket: FakeSocket) => Promise<unknown> | void> = {
  closed: (el) => el.close(),
  open: () => {},
  'bot answering': (_, socket) => {
    socket.deliver({ type: 'message/added', message: text(1, 'visitor', 'Where is my order #A-1001?') });
    socket.deliver({ type: 'message/added', message: entry({ role: 'bot', reply: { kind: 'ask-order', missing: 'email' } }) });
    socket.deliver({ type: 'message/added', message: entry({ role: 'bot', reply: { kind: 'clarify', suggestions: ['How do I return it?', 'Can I pair two speakers?'] } }) });
    socket.deliver({
      type: 'message/added',
      message: entry({
        role: 'bot',
        reply: { kind: 'order', order: { orderNumber: 'A-1001', status: 'shipped', carrier: 'DHL', trackingNumber: 'JD0123', trackingUrl: 'https://example.com/t', estimatedDelivery: '2026-12-01', items: [{ name: 'Speaker', quantity: 2 }] } },
      }),
    });
    socket.deliver({ type: 'conversation/updated', phase: 'bot', agentName: null });
  },
  'queued with estimate': (_, socket) => {
    socket.deliver({ type: 'message/added', message: text(1, 'visitor', 'My parcel arrived broken.') });
    socket.deliver({ type: 'message/added', message: entry({ role: 'bot', reply: { kind: 'handoff', reason: 'priority' } }) });
    socket.deliver({ type: 'message/added', message: entry({ role: 'system', notice: { kind: 'auto-ack', estimate: queued } }) });
    socket.deliver({ type: 'conversation/updated', phase: 'queued', agentName: null });
    socket.deliver({ type: 'wait/updated', estimate: queued, availability: open });
  },
  'agent typing': (_, socket) => {
    socket.deliver({ type: 'conversation/updated', phase: 'assigned', agentName: 'Alice' });
    socket.deliver({ type: 'message/added', message: entry({ role: 'system', notice: { kind: 'agent-joined', name: 'Alice' } }) });
    socket.deliver({ type: 'typing/updated', role: 'agent', name: 'Alice', typing: true });
  },
  reconnecting: async (el, socket) => {
    socket.drop();
    await waitUntil(() => el.matches(':state(reconnecting)'), 'the widget should show that it reconnects');
  },
  error: async (el, socket) => {
    el.shadowRoot!.querySelector<HTMLElement>('cs-composer')!.focus();
    await sendKeys({ type: 'Hello?' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => socket.sent.some((m) => m.type === 'message/send'), 'the message should be sent');
    const { id } = socket.sent.find((m) => m.type === 'message/send') as { id: string };
    socket.deliver({ type: 'error', code: 'server-error', ref: id });
  },
  'after hours': (_, socket) => {
    const closed = { open: false, agentsOnline: 0, changesAt: afterHours.kind === 'closed' ? afterHours.opensAt : null, timeZone: 'America/New_York', language: 'en' };
    socket.deliver({ type: 'message/added', message: text(1, 'visitor', 'Is anyone there?') });
    socket.deliver({ type: 'message/added', message: entry({ role: 'system', notice: { kind: 'auto-ack', estimate: afterHours } }) });
    socket.deliver({ type: 'conversation/updated', phase: 'queued', agentName: null });
    socket.deliver({ type: 'wait/updated', estimate: afterHours, availability: closed });
  },
};

const list = (el: CsWidget) => el.shadowRoot!.querySelector('cs-message-list')!.shadowRoot!;
const count = (el: CsWidget, selector: string) => list(el).querySelectorAll(selector).length;
const textOf = (el: CsWidget, selector: string) => el.shadowRoot!.querySelector(selector)?.shadowRoot?.textContent?.trim() ?? '';

/** What each state must have put on screen, so no audit passes on an empty panel. */
const SHOWN: Record<keyof typeof STATES, (el: CsWidget) => boolean> = {
  closed: (el) => el.shadowRoot!.querySelector<HTMLElement>('.panel')!.hidden,
  open: (el) => !el.shadowRoot!.querySelector<HTMLElement>('.panel')!.hidden,
  'bot answering': (el) => count(el, 'cs-bot-message') === 3 && !!el.shadowRoot!.querySelector('.person'),
  'queued with estimate': (el) => count(el, 'cs-notice') === 1 && textOf(el, 'cs-wait-banner') !== '',
  'agent typing': (el) => textOf(el, 'cs-typing-indicator') !== '',
  reconnecting: (el) => el.matches(':state(reconnecting)'),
  error: (el) => count(el, 'cs-message[state="failed"]') === 1,
  'after hours': (el) => count(el, 'cs-notice') === 1 && textOf(el, 'cs-wait-banner') !== '',
};

/** Waits until every element below the widget has rendered what the last frame changed. */
async function settled(el: CsWidget) {
  const pending = (root: ParentNode): Promise<unknown>[] =>
    [...root.querySelectorAll('*')].flatMap((node) => [
      ...('updateComplete' in node ? [(node as CsWidget).updateComplete] : []),
      ...(node.shadowRoot ? pending(node.shadowRoot) : []),
    ]);
  await el.updateComplete;
  await Promise.all(pending(el.shadowRoot!));
}

describe('<cs-widget> in every state passes axe', () => {
  useFakeSockets();
  afterEach(() => localStorage.clear());

  for (const locale of ['en', 'ar', 'ja']) {
    for (const [state, enter] of Object.entries(STATES)) {
      it(`${state} (${locale})`, async () => {
        const { el, socket } = await connectedWidget(html`<cs-widget server="127.0.0.1:9" site="test" locale=${locale} open></cs-widget>`);
        await waitUntil(() => el.shadowRoot!.querySelector(`.base[lang="${locale}"]`), `the widget should speak ${locale}`);
        await enter(el, socket);
        await waitUntil(() => SHOWN[state]!(el), `the widget should show the state "${state}"`);
        await settled(el);
        expect(el.shadowRoot!.querySelector('.base')!.getAttribute('dir')).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
        await expect(el).to.be.accessible();
      });
    }
  }
});
