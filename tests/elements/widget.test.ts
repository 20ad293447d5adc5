import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CsComposer } from '../../elements/composer/composer.js';
import { CsSendEvent } from '../../elements/events/cs-send.js';
import { defineElement } from '../../elements/internal/define.js';
import type { CsMessageList } from '../../elements/message-list/message-list.js';
import type { CsTypingIndicator } from '../../elements/typing-indicator/typing-indicator.js';
import '../../elements/widget/widget.js';
import { CsWidget } from '../../elements/widget/widget.js';
import type { TimelineItem } from '../../src/logic/timeline.js';
import { FakeSocket, connectedWidget, text, useFakeSockets } from './fake-room.js';

const part = (el: CsWidget, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const launcherOf = (el: CsWidget) => part(el, 'launcher') as HTMLButtonElement;
const listOf = (el: CsWidget) => part(el, 'messages') as CsMessageList;
const composerOf = (el: CsWidget) => part(el, 'composer') as CsComposer;
const textareaOf = (el: CsWidget) => composerOf(el).shadowRoot!.querySelector('textarea')!;
const messageTexts = (el: CsWidget) =>
  [...listOf(el).shadowRoot!.querySelectorAll('cs-message')].map((m) => m.shadowRoot!.textContent!.replace(/\s+/g, ' '));

const typingOf = (el: CsWidget) => part(el, 'typing') as CsTypingIndicator;

/** Opens the panel with the launcher and types a message into the composer (which opening focused). */
async function openAndSend(el: CsWidget, body: string) {
  launcherOf(el).click();
  await el.updateComplete;
  await sendKeys({ type: body });
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => messageTexts(el).some((t) => t.includes(body)), 'the message should show in the list');
}

describe('<cs-widget>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  describe('accessibility', () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      const lang = dir === 'rtl' ? 'ar' : 'en';

      it(`passes an axe audit closed and open (${dir})`, async () => {
        const wrapper = await fixture(html`<div dir=${dir} lang=${lang}><cs-widget></cs-widget></div>`);
        const el = wrapper.querySelector('cs-widget')!;
        await el.updateComplete;
        await expect(el).to.be.accessible();
        el.open();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });

      it(`passes an axe audit open with messages in every delivery state (${dir})`, async () => {
        const wrapper = await fixture(html`<div dir=${dir} lang=${lang}><cs-widget open></cs-widget></div>`);
        const el = wrapper.querySelector('cs-widget')!;
        await el.updateComplete;
        // Without a server only "sending" can happen for real; the other states are handed to the list.
        const items: TimelineItem[] = [
          { kind: 'text', id: 'agent-0001', role: 'agent', body: 'Hello! How can we help?', at: 1, state: 'delivered' },
          { kind: 'text', id: 'visit-0002', role: 'visitor', body: 'Where is my order?', at: 2, state: 'delivered' },
          { kind: 'text', id: 'visit-0003', role: 'visitor', body: 'Hello?', at: 3, state: 'sending' },
          { kind: 'text', id: 'visit-0004', role: 'visitor', body: 'Anyone?', at: 4, state: 'failed', failure: 'server-error' },
        ];
        listOf(el).items = items;
        await listOf(el).updateComplete;
        expect(messageTexts(el).length).to.equal(4);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('opening and closing', () => {
    it('opens the panel from the launcher, which reports aria-expanded', async () => {
      const el = await fixture<CsWidget>(html`<cs-widget></cs-widget>`);
      expect(launcherOf(el).getAttribute('aria-expanded')).to.equal('false');
      expect(part(el, 'panel').hidden).to.be.true;
      expect(part(el, 'panel').getBoundingClientRect().height).to.equal(0);

      launcherOf(el).click();
      await el.updateComplete;
      expect(el.isOpen).to.be.true;
      expect(el.hasAttribute('open')).to.be.true;
      expect(launcherOf(el).getAttribute('aria-expanded')).to.equal('true');
      expect(part(el, 'panel').getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('fires composed cs-open / cs-close that reach the document, from the launcher', async () => {
      const el = await fixture<CsWidget>(html`<cs-widget></cs-widget>`);
      const opened = oneEvent(document, 'cs-open');
      launcherOf(el).click();
      const openEvent = await opened;
      expect(openEvent.target === el).to.be.true;
      expect(openEvent.composed).to.be.true;

      const closed = oneEvent(document, 'cs-close');
      launcherOf(el).click();
      expect((await closed).composed).to.be.true;
    });

    it('fires cs-open / cs-close on show() and hide()', async () => {
      const el = await fixture<CsWidget>(html`<cs-widget></cs-widget>`);
      const opened = oneEvent(document, 'cs-open');
      el.open();
      await opened;
      const closed = oneEvent(document, 'cs-close');
      el.close();
      await closed;
      expect(el.isOpen).to.be.false;
    });

    it('matches :state(open) while open', async () => {
      const el = await fixture<CsWidget>(html`<cs-widget></cs-widget>`);
      expect(el.matches(':state(open)')).to.be.false;
      el.open();
      await el.updateComplete;
      expect(el.matches(':state(open)')).to.be.true;
      el.close();
      await el.updateComplete;
      expect(el.matches(':state(open)')).to.be.false;
    });
  });

  describe('focus', () => {
    it('focuses the composer input when it opens', async () => {
      const el = await fixture<CsWidget>(html`<cs-widget></cs-widget>`);
      launcherOf(el).click();
      await el.updateComplete;
      expect(composerOf(el).shadowRoot!.activeElement === textareaOf(el)).to.be.true;
    });

    it('closes on Escape and gives focus back to the launcher', async () => {
      const el = await fixture<CsWidget>(html`<cs-widget></cs-widget>`);
      launcherOf(el).click();
      await el.updateComplete;
      const closed = oneEvent(document, 'cs-close');
      await sendKeys({ press: 'Escape' });
      await closed;
      await el.updateComplete;
      expect(el.isOpen).to.be.false;
      expect(document.activeElement === el).to.be.true;
      expect(el.shadowRoot!.activeElement === launcherOf(el)).to.be.true;
    });
  });

  describe('sending without a server', () => {
    it('shows a typed message in the list as "Sending…", never "Delivered"', async () => {
      const el = await fixture<CsWidget>(html`<cs-widget></cs-widget>`);
      await openAndSend(el, 'Is anyone there?');
      const [text] = messageTexts(el);
      expect(text).to.include('Sending…');
      expect(text).not.to.include('Delivered');
      expect(textareaOf(el).value).to.equal('');
    });

    it('keeps cs-send inside its shadow root', async () => {
      const el = await fixture<CsWidget>(html`<cs-widget open></cs-widget>`);
      let leaked = false;
      const listener = () => (leaked = true);
      document.addEventListener('cs-send', listener);
      try {
        composerOf(el).dispatchEvent(new CsSendEvent('hi'));
      } finally {
        document.removeEventListener('cs-send', listener);
      }
      expect(leaked).to.be.false;
      await waitUntil(() => messageTexts(el).length === 1, 'the widget should still have handled it');
    });
  });

  describe('typing and read receipts (the room played on a fake socket)', () => {
    useFakeSockets();

    for (const dir of ['ltr', 'rtl'] as const) {
      it(`shows the agent typing under the log until their message arrives, and passes axe (${dir})`, async () => {
        const lang = dir === 'rtl' ? 'ar' : 'en';
        const { el, socket } = await connectedWidget(
          html`<div dir=${dir} lang=${lang}><cs-widget server="127.0.0.1:9" site="test" open></cs-widget></div>`,
        );
        expect(typingOf(el).textContent!.trim()).to.equal('');
        expect(typingOf(el).shadowRoot!.textContent!.trim()).to.equal('');

        socket.deliver({ type: 'typing/updated', role: 'agent', name: 'Alice', typing: true });
        await el.updateComplete;
        await typingOf(el).updateComplete;
        expect(typingOf(el).shadowRoot!.textContent).to.include('\u2068Alice\u2069 is typing…');
        // Its own status, not an entry of the message log.
        expect(listOf(el).shadowRoot!.querySelector('[role="log"]')!.contains(typingOf(el))).to.be.false;
        expect(typingOf(el).closest('[role="log"]')).to.equal(null);
        await expect(el).to.be.accessible();

        socket.deliver({ type: 'message/added', message: text(1, 'agent', 'Here is your tracking link.') });
        await el.updateComplete;
        await typingOf(el).updateComplete;
        expect(messageTexts(el)[0]).to.include('Here is your tracking link.');
        expect(typingOf(el).shadowRoot!.textContent!.trim()).to.equal('');
      });
    }

    it('shows "Read" on own messages up to what the agent has read', async () => {
      const { el, socket } = await connectedWidget();
      socket.deliver({ type: 'history/synced', after: 0, messages: [text(1, 'visitor'), text(2, 'visitor')], hasMore: false });
      await el.updateComplete;
      await waitUntil(() => messageTexts(el).length === 2);
      expect(messageTexts(el).map((t) => t.includes('Read'))).to.deep.equal([false, false]);

      socket.deliver({ type: 'read/updated', visitor: 2, agent: 1 });
      await waitUntil(() => messageTexts(el)[0]!.includes('Read'), 'the first message should say Read');
      expect(messageTexts(el)[1]).to.include('Delivered');
    });

    it('marks what it shows read only while open and in view, and again as messages arrive', async () => {
      const { el, socket } = await connectedWidget(html`<cs-widget server="127.0.0.1:9" site="test"></cs-widget>`);
      socket.deliver({ type: 'history/synced', after: 0, messages: [text(1, 'visitor'), text(2, 'agent')], hasMore: false });
      await el.updateComplete;
      expect(socket.readMarks, 'closed: nothing is read').to.deep.equal([]);

      el.open();
      await el.updateComplete;
      expect(socket.readMarks).to.deep.equal([2]);

      socket.deliver({ type: 'message/added', message: text(3, 'agent') });
      await el.updateComplete;
      expect(socket.readMarks).to.deep.equal([2, 3]);

      // The shopper switched tabs: what arrives meanwhile is not read until the page is back in view.
      const visibility = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      try {
        document.dispatchEvent(new Event('visibilitychange'));
        socket.deliver({ type: 'message/added', message: text(4, 'agent') });
        await el.updateComplete;
        expect(socket.readMarks).to.deep.equal([2, 3]);
      } finally {
        delete (document as { visibilityState?: unknown }).visibilityState;
      }
      expect(Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')).to.deep.equal(visibility);
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      expect(socket.readMarks).to.deep.equal([2, 3, 4]);
    });

    it('tells the room while the shopper types, and that they stopped when they send', async () => {
      const { el, socket } = await connectedWidget();
      const typingSent = () => socket.sent.filter((m) => m.type === 'typing/set').map((m) => m.typing);
      composerOf(el).focus();
      await sendKeys({ type: 'Where is' });
      expect(typingSent()).to.deep.equal([true]);
      await sendKeys({ type: ' my parcel?' });
      await sendKeys({ press: 'Enter' });
      expect(typingSent()).to.deep.equal([true, false]);
      await waitUntil(() => socket.sent.some((m) => m.type === 'message/send' && m.body === 'Where is my parcel?'));
    });
  });

  describe('theming', () => {
    it('exposes its parts, and exported inner parts can be styled from the page', async () => {
      const el = await fixture<CsWidget>(html`<cs-widget open></cs-widget>`);
      expect(part(el, 'launcher').tagName).to.equal('BUTTON');
      expect(part(el, 'panel').tagName).to.equal('SECTION');

      const style = document.createElement('style');
      style.textContent = 'cs-widget::part(composer__input) { color: rgb(1, 2, 3); }';
      document.head.append(style);
      try {
        expect(getComputedStyle(textareaOf(el)).color).to.equal('rgb(1, 2, 3)');
      } finally {
        style.remove();
      }
      expect(getComputedStyle(textareaOf(el)).color).not.to.equal('rgb(1, 2, 3)');
    });
  });

  describe('placement', () => {
    /** Which half of the viewport the launcher is in. */
    const side = (el: CsWidget) => {
      const box = launcherOf(el).getBoundingClientRect();
      return box.left + box.width / 2 < window.innerWidth / 2 ? 'left' : 'right';
    };

    afterEach(() => document.documentElement.removeAttribute('dir'));

    it('sits at the inline end by default and at the inline start with placement="start" (LTR page)', async () => {
      const end = await fixture<CsWidget>(html`<cs-widget></cs-widget>`);
      expect(side(end)).to.equal('right');
      const start = await fixture<CsWidget>(html`<cs-widget placement="start"></cs-widget>`);
      expect(side(start)).to.equal('left');
    });

    it('follows the page direction (RTL page)', async () => {
      document.documentElement.dir = 'rtl';
      const end = await fixture<CsWidget>(html`<cs-widget></cs-widget>`);
      expect(side(end)).to.equal('left');
      const start = await fixture<CsWidget>(html`<cs-widget placement="start"></cs-widget>`);
      expect(side(start)).to.equal('right');
    });
  });

  describe('storage', () => {
    const widgetKeys = () => Object.keys(localStorage).filter((k) => k.startsWith('cs-widget:'));

    it('writes nothing to localStorage without a server, even after sending', async () => {
      const el = await fixture<CsWidget>(html`<cs-widget></cs-widget>`);
      await openAndSend(el, 'no server');
      expect(localStorage.length).to.equal(0);
    });

    it('with a server, writes nothing before the first message, then persists the outbox', async () => {
      const el = await fixture<CsWidget>(html`<cs-widget server="127.0.0.1:9" site="test"></cs-widget>`);
      el.open();
      await el.updateComplete;
      expect(localStorage.length).to.equal(0);

      await sendKeys({ type: 'Keep me' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => widgetKeys().length === 1, 'the outbox should be persisted');
      const saved = JSON.parse(localStorage.getItem(widgetKeys()[0]!)!) as { outbox: { body: string }[] };
      expect(saved.outbox.map((m) => m.body)).to.deep.equal(['Keep me']);
    });
  });

  describe('registration', () => {
    it('survives being defined twice: warns and keeps the first definition', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      try {
        expect(() => defineElement('cs-widget', class extends HTMLElement {})).not.to.throw();
      } finally {
        console.warn = warn;
      }
      expect(warnings.length).to.equal(1);
      expect(warnings[0]).to.include('<cs-widget>');
      expect(customElements.get('cs-widget') === CsWidget).to.be.true;
    });
  });
});
