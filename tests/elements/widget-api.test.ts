// The public API of <cs-widget> as a page uses it: cs-ready, cs-message, cs-unread-change and cs-error with
// their details, unread counting, the theme attribute, identify(), and the custom states. The
// room is played over a fake WebSocket (fake-room.ts); embed.js brings the translations, as on a storefront.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../elements/embed.js';
import { CsLeaveContactEvent, CsSendEvent, type CsWidgetEvent, type CsWidgetEventDetails, type CsWidgetEventName } from '../../elements/events/index.js';
import type { CsWidget } from '../../elements/widget/widget.js';
import type { ChatMessage } from '../../src/protocol/messages.js';
import { emulateMedia } from '../support/emulate-media.js';
import { FakeSocket, connectedWidget, text, useFakeSockets } from './fake-room.js';

const inner = (el: CsWidget, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const launcherName = (el: CsWidget) => inner(el, '.launcher')!.textContent!.replace(/\s+/g, ' ').trim();

/** Every `name` event that reaches the document (so: bubbling and composed), in order. */
function record<Name extends CsWidgetEventName>(name: Name) {
  const details: CsWidgetEventDetails[Name][] = [];
  const listener = (event: Event) => details.push((event as CsWidgetEvent<Name>).detail);
  document.addEventListener(name, listener);
  after(() => document.removeEventListener(name, listener));
  return details;
}
let listeners: (() => void)[] = [];
const after = (cleanup: () => void) => listeners.push(cleanup);
afterEach(() => {
  for (const cleanup of listeners.splice(0)) cleanup();
  localStorage.clear();
});

const botAnswer = (seq: number, answer: string): ChatMessage => ({
  id: `message-${seq}`,
  seq,
  role: 'bot',
  reply: { kind: 'answer', entryId: 'shipping-times', language: 'en', text: answer },
  sentAt: 1000 + seq,
});

/** Lets the frames already delivered render. */
async function settle(el: CsWidget) {
  await el.updateComplete;
  await el.updateComplete;
}

describe('<cs-widget> public API', () => {
  useFakeSockets();

  describe('cs-ready', () => {
    it('fires once, composed, after the first render in the language asked for', async () => {
      let launcherAtReady = '';
      let count = 0;
      const listener = (event: Event) => {
        count++;
        launcherAtReady = launcherName(event.target as CsWidget);
        expect(event.composed && event.bubbles).to.be.true;
      };
      document.addEventListener('cs-ready', listener);
      after(() => document.removeEventListener('cs-ready', listener));
      const el = (await fixture(html`<div><cs-widget locale="de"></cs-widget></div>`)).querySelector('cs-widget')!;
      await waitUntil(() => count === 1, 'cs-ready should fire');
      // German was loaded before the widget said it was ready.
      expect(launcherAtReady).to.equal('Chatten Sie mit uns');
      el.locale = 'fr';
      await waitUntil(() => inner(el, '.base')!.lang === 'fr');
      await settle(el);
      expect(count).to.equal(1);
    });
  });

  describe('cs-message', () => {
    it('announces team and bot messages that arrive, never the shopper\'s own or the history', async () => {
      const messages = record('cs-message');
      const { el, socket } = await connectedWidget(html`<cs-widget server="127.0.0.1:9" site="test"></cs-widget>`);
      socket.deliver({ type: 'history/synced', after: 0, messages: [text(1, 'visitor'), text(2, 'agent', 'Old answer')], hasMore: false });
      await settle(el);
      expect(messages, 'the history is not news').to.deep.equal([]);

      socket.deliver({ type: 'message/added', message: text(3, 'visitor', 'Thanks!') });
      socket.deliver({ type: 'message/added', message: text(4, 'agent', 'Your parcel ships today.') });
      await settle(el);
      socket.deliver({ type: 'message/added', message: botAnswer(5, 'Parcels arrive in 3 days.') });
      await settle(el);
      expect(messages).to.deep.equal([
        { id: 'message-4', author: { kind: 'agent', name: 'Alice' }, body: 'Your parcel ships today.', time: 1004 },
        { id: 'message-5', author: { kind: 'bot', name: null }, body: 'Parcels arrive in 3 days.', time: 1005 },
      ]);

      // The same message again (a resend after a reconnect) is not announced twice.
      socket.deliver({ type: 'message/added', message: text(4, 'agent', 'Your parcel ships today.') });
      await settle(el);
      expect(messages.length).to.equal(2);
    });

    it('announces what arrived while the connection was down, once it is back', async () => {
      const messages = record('cs-message');
      const { el, socket } = await connectedWidget();
      socket.deliver({ type: 'history/synced', after: 0, messages: [text(1, 'visitor')], hasMore: false });
      await settle(el);
      socket.drop();
      await waitUntil(() => FakeSocket.opened.length === 2, 'partysocket should reconnect', { timeout: 5000 });
      const again = FakeSocket.opened[1]!;
      expect(new URL(again.url).searchParams.get('after')).to.equal('1');
      again.accept();
      again.deliver({ type: 'history/synced', after: 1, messages: [text(2, 'agent', 'Missed this one?')], hasMore: false });
      await settle(el);
      expect(messages.map((m) => m.body)).to.deep.equal(['Missed this one?']);
    });
  });

  describe('unread messages', () => {
    it('counts team and bot messages after the read mark while closed, and clears on opening', async () => {
      const counts = record('cs-unread-change');
      const { el, socket } = await connectedWidget(html`<cs-widget server="127.0.0.1:9" site="test"></cs-widget>`);
      expect(el.matches(':state(unread)')).to.be.false;

      socket.deliver({ type: 'history/synced', after: 0, messages: [text(1, 'visitor'), text(2, 'agent')], hasMore: false });
      socket.deliver({ type: 'read/updated', visitor: 2, agent: 1 });
      await settle(el);
      expect(counts, 'read on another visit: nothing unread').to.deep.equal([]);

      socket.deliver({ type: 'message/added', message: text(3, 'agent', 'Hello?') });
      await settle(el);
      socket.deliver({ type: 'message/added', message: botAnswer(4, 'Parcels arrive in 3 days.') });
      await settle(el);
      expect(counts).to.deep.equal([{ count: 1 }, { count: 2 }]);
      expect(el.matches(':state(unread)')).to.be.true;

      el.open();
      await settle(el);
      expect(counts.at(-1)).to.deep.equal({ count: 0 });
      expect(el.matches(':state(unread)')).to.be.false;
      await waitUntil(() => socket.readMarks.includes(4), 'opening should mark everything read');

      el.close();
      await settle(el);
      expect(counts.length, 'closing again changes nothing').to.equal(3);
    });

    it('counts only what came after the shopper\'s own last message', async () => {
      const counts = record('cs-unread-change');
      const { el, socket } = await connectedWidget(html`<cs-widget server="127.0.0.1:9" site="test"></cs-widget>`);
      socket.deliver({ type: 'history/synced', after: 0, messages: [text(1, 'agent'), text(2, 'visitor'), text(3, 'agent')], hasMore: false });
      await settle(el);
      expect(counts).to.deep.equal([{ count: 1 }]);
      // Read on another device: the room moves the shopper's read mark.
      socket.deliver({ type: 'read/updated', visitor: 3, agent: 2 });
      await settle(el);
      expect(counts).to.deep.equal([{ count: 1 }, { count: 0 }]);
    });

    it('counts while the panel is open but the page is hidden', async () => {
      const counts = record('cs-unread-change');
      const { el, socket } = await connectedWidget();
      const visibility = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      try {
        document.dispatchEvent(new Event('visibilitychange'));
        socket.deliver({ type: 'message/added', message: text(1, 'agent') });
        await settle(el);
        expect(counts).to.deep.equal([{ count: 1 }]);
      } finally {
        delete (document as { visibilityState?: unknown }).visibilityState;
      }
      expect(Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')).to.deep.equal(visibility);
      document.dispatchEvent(new Event('visibilitychange'));
      await settle(el);
      expect(counts).to.deep.equal([{ count: 1 }, { count: 0 }]);
    });
  });

  describe('cs-error', () => {
    it('fires once with the code when the room refuses a message', async () => {
      const errors = record('cs-error');
      const { el, socket } = await connectedWidget();
      el.shadowRoot!.querySelector('cs-composer')!.dispatchEvent(new CsSendEvent('Hello'));
      await waitUntil(() => socket.sent.some((m) => m.type === 'message/send'), 'the message should be sent');
      const { id } = socket.sent.find((m) => m.type === 'message/send') as { id: string };
      socket.deliver({ type: 'error', code: 'body-too-long', ref: id });
      await settle(el);
      expect(errors).to.deep.equal([{ code: 'body-too-long' }]);
      socket.deliver({ type: 'typing/updated', role: 'agent', name: 'Alice', typing: true });
      await settle(el);
      expect(errors.length, 'still the same error on screen: not again').to.equal(1);
    });
  });

  describe('cs-error for an e-mail address', () => {
    it('fires invalid-email each time the room refuses an address the shopper left (spaces and all)', async () => {
      const errors = record('cs-error');
      const { el, socket } = await connectedWidget();
      const banner = el.shadowRoot!.querySelector('cs-wait-banner')!;
      banner.dispatchEvent(new CsLeaveContactEvent('anna at example'));
      await waitUntil(() => socket.sent.some((m) => m.type === 'contact/leave'), 'the address should be sent');
      socket.deliver({ type: 'error', code: 'invalid-email' });
      await settle(el);
      expect(errors).to.deep.equal([{ code: 'invalid-email' }]);
      banner.dispatchEvent(new CsLeaveContactEvent('anna@ example'));
      await waitUntil(() => socket.sent.filter((m) => m.type === 'contact/leave').length === 2);
      socket.deliver({ type: 'error', code: 'invalid-email' });
      await settle(el);
      expect(errors).to.deep.equal([{ code: 'invalid-email' }, { code: 'invalid-email' }]);
    });
  });

  describe('states', () => {
    it('matches :state(queued) while waiting for a person and :state(reconnecting) while the connection is down', async () => {
      const { el, socket } = await connectedWidget();
      expect(el.matches(':state(queued)')).to.be.false;
      socket.deliver({ type: 'conversation/updated', phase: 'queued', agentName: null });
      await settle(el);
      expect(el.matches(':state(queued)')).to.be.true;
      socket.deliver({ type: 'conversation/updated', phase: 'assigned', agentName: 'Alice' });
      await settle(el);
      expect(el.matches(':state(queued)')).to.be.false;

      expect(el.matches(':state(reconnecting)')).to.be.false;
      socket.drop();
      await settle(el);
      expect(el.matches(':state(reconnecting)')).to.be.true;
    });
  });

  describe('theme', () => {
    afterEach(() => emulateMedia({ colorScheme: 'light' }));
    const surface = (el: CsWidget) => getComputedStyle(inner(el, '.panel')!).backgroundColor;
    const LIGHT = 'rgb(255, 255, 255)';
    const DARK = 'rgb(29, 29, 34)';

    it('follows prefers-color-scheme without the attribute', async () => {
      const el = await fixture<CsWidget>(html`<cs-widget open></cs-widget>`);
      await emulateMedia({ colorScheme: 'light' });
      expect(surface(el)).to.equal(LIGHT);
      await emulateMedia({ colorScheme: 'dark' });
      expect(surface(el)).to.equal(DARK);
    });

    it('forces the scheme with theme="dark" and theme="light", as attribute or property', async () => {
      const el = await fixture<CsWidget>(html`<cs-widget open theme="dark"></cs-widget>`);
      await emulateMedia({ colorScheme: 'light' });
      expect(surface(el)).to.equal(DARK);
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      await expect(el).to.be.accessible();

      el.theme = 'light';
      await el.updateComplete;
      expect(el.getAttribute('theme')).to.equal('light');
      await emulateMedia({ colorScheme: 'dark' });
      expect(surface(el)).to.equal(LIGHT);
    });
  });

  describe('identify()', () => {
    it('sets identityToken, which the identity-token attribute sets too', async () => {
      const el = await fixture<CsWidget>(html`<cs-widget identity-token="token-from-markup"></cs-widget>`);
      expect(el.identityToken).to.equal('token-from-markup');
      el.identify('token-from-script');
      expect(el.identityToken).to.equal('token-from-script');
    });
  });
});
