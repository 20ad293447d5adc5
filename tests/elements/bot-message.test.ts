import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../elements/bot-message/bot-message.js';
import type { CsBotMessage } from '../../elements/bot-message/bot-message.js';
import type { CsSuggestEvent } from '../../elements/events/cs-suggest.js';
import type { BotReply } from '../../src/protocol/handoff.js';

const AT = Date.UTC(2025, 0, 2, 15, 4);
const textOf = (el: CsBotMessage) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

const ORDER: BotReply = {
  kind: 'order',
  order: {
    orderNumber: 'NL-10042',
    status: 'shipped',
    carrier: 'DHL',
    trackingNumber: 'JJD000390007729',
    trackingUrl: 'https://example.com/track/JJD000390007729',
    estimatedDelivery: '2026-11-26',
    items: [{ name: 'Aurora speaker', quantity: 2 }],
  },
};
const REPLIES: BotReply[] = [
  { kind: 'answer', entryId: 'returns', language: 'ar', text: 'يمكنك إرجاع أي منتج خلال 30 يوما.' },
  { kind: 'clarify', suggestions: ['How do I return an item?', 'How much is shipping?'] },
  { kind: 'clarify', suggestions: [] },
  { kind: 'ask-order', missing: 'both' },
  ORDER,
  { kind: 'order-not-found', orderNumber: 'NL-1' },
  { kind: 'handoff', reason: 'priority' },
];

const render = (reply: BotReply) => fixture<CsBotMessage>(html`<cs-bot-message .reply=${reply} .at=${AT}></cs-bot-message>`);

describe('<cs-bot-message>', () => {
  for (const dir of ['ltr', 'rtl'] as const) {
    it(`passes an axe audit for every kind of reply (${dir})`, async () => {
      const wrapper = await fixture(html`
        <div dir=${dir} lang=${dir === 'rtl' ? 'ar' : 'en'}>
          ${REPLIES.map((reply) => html`<cs-bot-message .reply=${reply} .at=${AT}></cs-bot-message>`)}
        </div>
      `);
      const messages = [...wrapper.querySelectorAll('cs-bot-message')];
      await Promise.all(messages.map((m) => m.updateComplete));
      for (const message of messages) await expect(message).to.be.accessible();
    });
  }

  it('is marked as the bot, visibly and for screen readers', async () => {
    const el = await render(REPLIES[0]!);
    const badge = el.shadowRoot!.querySelector('[part="badge"]')!;
    expect(badge.textContent).to.equal('Bot');
    expect(badge.checkVisibility()).to.be.true;
    expect(el.shadowRoot!.querySelector('.visually-hidden')!.textContent).to.equal('Automatic assistant (bot):');
  });

  it("shows the merchant's answer as written, in its language, taking its own direction", async () => {
    const el = await render(REPLIES[0]!);
    const body = el.shadowRoot!.querySelector('.body')!;
    expect(body.getAttribute('lang')).to.equal('ar');
    expect(body.matches(':dir(rtl)')).to.be.true;
  });

  it('never renders markup from an answer', async () => {
    const el = await render({ kind: 'answer', entryId: 'x', language: 'en', text: '<img src=x onerror=alert(1)>' });
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(textOf(el)).to.include('<img src=x onerror=alert(1)>');
  });

  it('offers suggested questions as buttons that send them', async () => {
    const el = await render(REPLIES[1]!);
    const buttons = [...el.shadowRoot!.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).to.deep.equal(['How do I return an item?', 'How much is shipping?']);
    setTimeout(() => buttons[1]!.click());
    const event = (await oneEvent(el, 'cs-suggest')) as CsSuggestEvent;
    expect(event.text).to.equal('How much is shipping?');
  });

  it('shows an order as a card: status, carrier, tracking link, local date, items', async () => {
    const el = await render(ORDER);
    const card = el.shadowRoot!.querySelector('[part="order"]')!;
    expect(card.getAttribute('aria-label')).to.equal('Order \u2068NL-10042\u2069');
    expect(card.querySelector('h3')!.textContent).to.equal('NL-10042: On its way');
    const link = card.querySelector('a')!;
    expect(link.href).to.equal('https://example.com/track/JJD000390007729');
    expect(link.rel).to.equal('noopener noreferrer');
    const date = new Intl.DateTimeFormat('en', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.UTC(2026, 10, 26, 12));
    expect(textOf(el)).to.include(date);
    expect(textOf(el)).to.include('Aurora speaker × 2');
  });

  it('says why a person takes over', async () => {
    expect(textOf(await render({ kind: 'handoff', reason: 'order-lookup-failed' }))).to.include('cannot reach the order system');
    expect(textOf(await render({ kind: 'handoff', reason: 'asked' }))).to.include('You do not need to repeat anything');
  });
});
