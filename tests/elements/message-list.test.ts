import { expect, fixture, html } from '@open-wc/testing';
import type { CsRetryEvent } from '../../elements/events/cs-retry.js';
import '../../elements/message-list/message-list.js';
import type { CsMessageList } from '../../elements/message-list/message-list.js';
import type { CsMessage } from '../../elements/message/message.js';
import type { TimelineItem } from '../../src/logic/timeline.js';

const AT = Date.UTC(2025, 0, 2, 15, 4);
const ITEMS: readonly TimelineItem[] = [
  { kind: 'text', id: 'agent-0001', seq: 1, role: 'agent', body: 'Hello! How can we help?', at: AT, state: 'delivered' },
  { kind: 'text', id: 'visit-0002', seq: 2, role: 'visitor', body: 'Where is my order?', at: AT + 1, state: 'delivered' },
  { kind: 'text', id: 'visit-0003', role: 'visitor', body: 'It was due Monday.', at: AT + 2, state: 'sending' },
  { kind: 'text', id: 'visit-0004', role: 'visitor', body: 'x'.repeat(20), at: AT + 3, state: 'failed', failure: 'body-too-long' },
];

const messagesOf = (list: CsMessageList) => [...list.shadowRoot!.querySelectorAll('cs-message')];

async function renderList(items: readonly TimelineItem[], dir: 'ltr' | 'rtl' = 'ltr', readUpTo = 0) {
  const wrapper = await fixture(html`
    <div dir=${dir} lang=${dir === 'rtl' ? 'ar' : 'en'}>
      <cs-message-list .items=${items} read-up-to=${readUpTo}></cs-message-list>
    </div>
  `);
  const list = wrapper.querySelector('cs-message-list')!;
  await list.updateComplete;
  await Promise.all(messagesOf(list).map((m) => m.updateComplete));
  return list;
}

describe('<cs-message-list>', () => {
  describe('accessibility', () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      it(`passes an axe audit with messages in every delivery state, one read (${dir})`, async () => {
        const list = await renderList(ITEMS, dir, 2);
        expect(messagesOf(list).map((m) => m.read)).to.deep.equal([false, true, false, false]);
        await expect(list).to.be.accessible();
      });

      it(`passes an axe audit when empty (${dir})`, async () => {
        const list = await renderList([], dir);
        await expect(list).to.be.accessible();
      });
    }

    it('is a named live log', async () => {
      const list = await renderList(ITEMS);
      const log = list.shadowRoot!.querySelector('[role="log"]')!;
      expect(log.getAttribute('aria-label')).to.equal('Messages');
      expect(log.contains(messagesOf(list)[0]!)).to.be.true;
    });
  });

  describe('rendering', () => {
    it('renders the items in order, each with its delivery state', async () => {
      const list = await renderList(ITEMS);
      expect(messagesOf(list).map((m) => m.messageId)).to.deep.equal(ITEMS.map((i) => i.id));
      expect(messagesOf(list).map((m) => m.state)).to.deep.equal(['delivered', 'delivered', 'sending', 'failed']);
      expect(messagesOf(list).map((m) => m.self)).to.deep.equal([false, true, true, true]);
    });

    it('marks own stored messages up to readUpTo as read, and nothing else', async () => {
      const items: readonly TimelineItem[] = [
        ...ITEMS.slice(0, 2),
        { kind: 'text', id: 'visit-0005', seq: 3, role: 'visitor', body: 'Hello?', at: AT + 4, state: 'delivered' },
        ITEMS[2]!, // pending: no seq yet
      ];
      const list = await renderList(items);
      const read = () => messagesOf(list).map((m) => m.read);
      expect(read()).to.deep.equal([false, false, false, false]);

      list.readUpTo = 2;
      await list.updateComplete;
      expect(read()).to.deep.equal([false, true, false, false]);
      await messagesOf(list)[1]!.updateComplete;
      expect(messagesOf(list)[1]!.shadowRoot!.textContent).to.include('Read');

      list.readUpTo = 99;
      await list.updateComplete;
      expect(read()).to.deep.equal([false, true, true, false]);

      // The agent console: its own messages are the agent's, read by the shopper.
      list.self = 'agent';
      await list.updateComplete;
      expect(read()).to.deep.equal([true, false, false, false]);
    });

    it('shows an empty-state text only while there are no messages', async () => {
      const list = await renderList([]);
      expect(list.shadowRoot!.textContent).to.include('Ask us anything. We read every message.');
      list.items = ITEMS;
      await list.updateComplete;
      expect(list.shadowRoot!.textContent).not.to.include('Ask us anything.');
    });

    for (const dir of ['ltr', 'rtl'] as const) {
      it(`puts own messages at the inline end with logical CSS (${dir})`, async () => {
        const list = await renderList(ITEMS.slice(0, 2), dir);
        const [other, own] = messagesOf(list) as [CsMessage, CsMessage];
        expect(getComputedStyle(own).alignItems).to.equal('end');
        expect(getComputedStyle(other).alignItems).to.equal('start');

        // The bubble hugs the host's inline-end edge: the right in LTR, the left in RTL.
        const edge = (host: HTMLElement) => {
          const box = host.getBoundingClientRect();
          const bubble = host.shadowRoot!.querySelector('[part="bubble"]')!.getBoundingClientRect();
          return { left: Math.round(bubble.left - box.left), right: Math.round(box.right - bubble.right) };
        };
        const inlineEnd = dir === 'ltr' ? 'right' : 'left';
        const inlineStart = dir === 'ltr' ? 'left' : 'right';
        expect(edge(own)[inlineEnd]).to.equal(0);
        expect(edge(own)[inlineStart]).to.be.greaterThan(0);
        expect(edge(other)[inlineStart]).to.equal(0);
        expect(edge(other)[inlineEnd]).to.be.greaterThan(0);
      });
    }
  });

  describe('cs-retry', () => {
    it('passes a message\'s cs-retry on from the list element, once', async () => {
      const list = await renderList(ITEMS);
      const seen: { target: EventTarget | null; id: string; composed: boolean }[] = [];
      const record = (event: CsRetryEvent) => seen.push({ target: event.target, id: event.messageId, composed: event.composed });
      document.addEventListener('cs-retry', record);
      try {
        messagesOf(list)[3]!.shadowRoot!.querySelector('button')!.click();
      } finally {
        document.removeEventListener('cs-retry', record);
      }
      // Uncomposed, but the list sits in the document here, so its own event bubbles to `document`.
      expect(seen.length).to.equal(1);
      expect(seen[0]!.target === list).to.be.true;
      expect(seen[0]!.id).to.equal('visit-0004');
      expect(seen[0]!.composed).to.be.false;
    });

    it('does not reach the document when the list is inside another shadow root', async () => {
      const host = await fixture(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      const list = document.createElement('cs-message-list');
      list.items = ITEMS;
      root.append(list);
      await list.updateComplete;
      await Promise.all(messagesOf(list).map((m) => m.updateComplete));

      const inRoot: string[] = [];
      let reachedDocument = false;
      root.addEventListener('cs-retry', (event) => inRoot.push((event as CsRetryEvent).messageId));
      const onDocument = () => (reachedDocument = true);
      document.addEventListener('cs-retry', onDocument);
      try {
        messagesOf(list)[3]!.shadowRoot!.querySelector('button')!.click();
      } finally {
        document.removeEventListener('cs-retry', onDocument);
      }
      expect(inRoot).to.deep.equal(['visit-0004']);
      expect(reachedDocument).to.be.false;
    });
  });
});
