import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../elements/agent-conversation/agent-conversation.js';
import type { CsAgentConversation } from '../../elements/agent-conversation/agent-conversation.js';
import '../../elements/conversation-list/conversation-list.js';
import type { CsConversationList } from '../../elements/conversation-list/conversation-list.js';
import type { CsSelectEvent } from '../../elements/events/cs-select.js';
import type { HandoffSummary } from '../../src/protocol/handoff.js';
import type { ConsoleSetup, QueueItem } from '../../src/protocol/inbox.js';
import { createAgentConversation } from '../../src/stores/agent-conversation.js';

const NOW = Date.UTC(2026, 10, 22, 10, 0);
const SUMMARY: HandoffSummary = {
  reason: 'priority',
  category: 'complaint',
  priority: 'high',
  sentiment: 'negative',
  language: 'ar',
  timeZone: 'Asia/Riyadh',
  orderNumber: 'NL-10042',
  botTried: ['returns-window'],
  firstLine: 'وصل الطرد مكسورا',
  at: NOW - 5 * 60_000,
};
const ITEMS: QueueItem[] = [
  { conversationId: 'conversation-1', priority: 'high', waitingSince: NOW - 61 * 60_000, language: 'ar', hasEmail: false, summary: SUMMARY, assignee: null },
  { conversationId: 'conversation-2', priority: 'low', waitingSince: NOW - 65_000, language: 'de', hasEmail: true, summary: null, assignee: { id: 'agent-bo', name: 'Bo \u202Eevil' } },
];
const SETUP: ConsoleSetup = {
  agent: { id: 'agent-alice', name: 'Alice', expiresAt: NOW + 3_600_000 },
  site: { name: 'Nordlicht Goods', timeZone: 'Europe/Berlin', languages: ['en', 'ar'], targetMinutes: { high: 60, medium: 240, low: 1440 } },
  cannedReplies: [
    { id: 'de-escalate', title: 'Apologise and promise a time', parts: { en: ['Sorry.', '{agent} has it.', 'By {time}.'], ar: ['نعتذر.', '{agent} يتابع.', 'قبل {time}.'] } },
  ],
};
const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('<cs-conversation-list>', () => {
  const render = (dir = 'ltr') =>
    fixture<CsConversationList>(html`<cs-conversation-list dir=${dir} .items=${ITEMS} .now=${NOW} label="Unassigned" selected="conversation-1"></cs-conversation-list>`);

  for (const dir of ['ltr', 'rtl']) {
    it(`passes an axe audit (${dir})`, async () => {
      await expect(await render(dir)).to.be.accessible();
    });
  }

  it('shows priority, a timer against the target (over it for the first), category, language, local time, order and holder', async () => {
    const el = await render();
    const [first, second] = [...el.shadowRoot!.querySelectorAll('.item')];
    expect(first!.textContent).to.contain('High').and.contain('1:01:00').and.contain('over the 60 minutes target');
    expect(first!.querySelector('.timer')!.getAttribute('data-overdue')).to.equal('true');
    expect(first!.textContent).to.contain('Complaint').and.contain('Arabic (ar)').and.contain('for them').and.contain('Order \u2068NL-10042\u2069');
    expect(first!.getAttribute('aria-current')).to.equal('true');
    expect(second!.textContent).to.contain('1:05').and.contain('of 1,440 minutes');
    // A name with a bidi override is isolated: it cannot reorder the sentence around it.
    expect(second!.textContent).to.contain('Held by \u2068Bo \u202Eevil\u2069');
  });

  it('tells its holder which conversation was picked', async () => {
    const el = await render();
    const picked = oneEvent(el, 'cs-select');
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.item')[1]!.click();
    expect(((await picked) as unknown as CsSelectEvent).conversationId).to.equal('conversation-2');
  });
});

describe('<cs-agent-conversation>', () => {
  async function render(dir = 'ltr') {
    const store = createAgentConversation('conversation-1');
    store.conversation.receive({
      type: 'history/synced',
      after: 0,
      hasMore: false,
      messages: [
        { id: 'message-0001', seq: 1, role: 'visitor', body: 'وصل الطرد مكسورا', sentAt: NOW - 300_000 },
        { id: 'bot-00000002', seq: 2, role: 'bot', reply: { kind: 'handoff', reason: 'priority' }, sentAt: NOW - 299_000 },
      ],
    });
    store.conversation.receive({ type: 'conversation/updated', phase: 'queued', agentName: null, agentId: null, summary: SUMMARY });
    store.receiveNotes({ type: 'notes/synced', notes: [{ id: 'note-000001', body: 'VIP customer', agentId: 'agent-bo', name: 'Bo', sentAt: NOW - 60_000 }] });
    const el = await fixture<CsAgentConversation>(
      html`<cs-agent-conversation dir=${dir} lang=${dir === 'rtl' ? 'ar' : 'en'} .conversation=${store} .setup=${SETUP} .agents=${[]} .now=${NOW} active></cs-agent-conversation>`,
    );
    return { el, store };
  }

  for (const dir of ['ltr', 'rtl']) {
    it(`passes an axe audit (${dir})`, async () => {
      const { el } = await render(dir);
      await expect(el).to.be.accessible();
    });
  }

  it('shows the handoff summary, the transcript with the bot’s part, and the notes', async () => {
    const { el } = await render();
    const summary = el.shadowRoot!.querySelector('.summary')!;
    expect(summary.textContent).to.contain('Urgent: damage, a defect, safety or anger').and.contain('Complaint').and.contain('NL-10042').and.contain('(Asia/Riyadh)').and.contain('returns-window');
    const list = el.shadowRoot!.querySelector('cs-message-list')!;
    await list.updateComplete;
    expect(list.shadowRoot!.querySelectorAll('cs-message, cs-bot-message')).to.have.length(2);
    expect(el.shadowRoot!.querySelector('.notes')!.textContent).to.contain('VIP customer').and.contain('Bo');
    expect(text(el)).to.contain('Waiting for a person');
  });

  it('inserts a canned reply in the shopper’s language for editing, and writes notes only in note mode', async () => {
    const { el, store } = await render();
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('.canned select')!;
    select.value = 'de-escalate';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('.canned button')!.click();
    const composer = el.shadowRoot!.querySelector('cs-composer')!;
    await composer.updateComplete;
    const textarea = composer.shadowRoot!.querySelector('textarea')!;
    expect(textarea.value).to.match(/^نعتذر\.\n\nAlice يتابع\.\n\nقبل .+\.$/);
    expect(store.conversation.$unsent.get()).to.have.length(0); // inserted, not sent

    el.toggleMode();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.compose')!.getAttribute('data-mode')).to.equal('note');
    textarea.value = 'Offer a replacement';
    textarea.dispatchEvent(new Event('input'));
    textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(store.$unsentNotes.get().map((n) => n.body)).to.deep.equal(['Offer a replacement']);
    expect(store.conversation.$unsent.get()).to.have.length(0);
  });

  it('marks what is on screen as read', async () => {
    const { store } = await render();
    expect(store.conversation.$ownRead.get()).to.equal(2);
  });
});
