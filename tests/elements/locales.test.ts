// Every locale, loaded lazily as a shopper's browser loads it (elements/embed.ts); negotiation from the
// page and the browser; direction; switching at run time; bidi isolation of what people write; and the
// locale's own digits. The room is played over a fake WebSocket (fake-room.ts).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../elements/embed.js';
import type { CsWidget } from '../../elements/widget/widget.js';
import { allLocales } from '../../locales/generated/locale-codes.js';
import type { ChatMessage } from '../../src/protocol/messages.js';
import { FakeSocket, connectedWidget, text, useFakeSockets } from './fake-room.js';

const RTL = ['ar', 'fa', 'he'];
const base = (el: CsWidget) => el.shadowRoot!.querySelector<HTMLElement>('.base')!;
const speaks = (el: CsWidget, locale: string) =>
  waitUntil(() => base(el).lang === locale, `the widget should speak ${locale}, not ${base(el).lang}`);
const inner = (el: CsWidget, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const deep = (host: Element, selector: string) => host.shadowRoot!.querySelector<HTMLElement>(selector)!;

/** Every piece of UI text the open panel of a new conversation shows or announces, in render order. */
async function panelStrings(el: CsWidget): Promise<string[]> {
  const composer = inner(el, 'cs-composer');
  const list = inner(el, 'cs-message-list');
  const notice = deep(list, 'cs-notice');
  await Promise.all([el.updateComplete, (composer as CsWidget).updateComplete, (list as CsWidget).updateComplete, (notice as CsWidget).updateComplete]);
  const textarea = deep(composer, 'textarea') as HTMLTextAreaElement;
  return [
    inner(el, '.title').textContent!,
    inner(el, '.close').getAttribute('aria-label')!,
    inner(el, '.launcher').textContent!,
    deep(list, '[role="log"]').getAttribute('aria-label')!,
    textarea.placeholder,
    textarea.getAttribute('aria-label')!,
    deep(composer, 'button').textContent!,
    ...[...notice.shadowRoot!.querySelectorAll('p')].map((p) => p.textContent!),
  ].map((s) => s.replace(/\s+/g, ' ').trim());
}

let seq = 0;
const notice = (estimate: { kind: 'open'; ahead: number; lowMinutes: number; highMinutes: number; basis: 'measured' }): ChatMessage => ({
  id: `notice-${String(++seq).padStart(4, '0')}`,
  seq,
  role: 'system',
  notice: { kind: 'auto-ack', estimate },
  sentAt: Date.now(),
});

describe('locales', () => {
  useFakeSockets();
  afterEach(() => {
    localStorage.clear();
    document.documentElement.lang = 'en';
    document.documentElement.removeAttribute('dir');
  });

  it('loads each of the 19 locales and renders the panel with no English left', async () => {
    expect(allLocales.length).to.equal(19);
    const { el, socket } = await connectedWidget(html`<cs-widget server="127.0.0.1:9" site="test" locale="en" open></cs-widget>`);
    socket.deliver({ type: 'message/added', message: notice({ kind: 'open', ahead: 3, lowMinutes: 4, highMinutes: 12, basis: 'measured' }) });
    await waitUntil(() => deep(inner(el, 'cs-message-list'), 'cs-notice'), 'the notice should show');
    const english = await panelStrings(el);
    expect(english).to.include('We got your message.');

    for (const locale of allLocales.filter((l) => l !== 'en')) {
      el.locale = locale;
      await speaks(el, locale);
      const strings = await panelStrings(el);
      expect(base(el).dir, locale).to.equal(RTL.includes(locale) ? 'rtl' : 'ltr');
      expect(strings.length, locale).to.equal(english.length);
      // Some words are the same in both languages (French "Message"): the translation says so itself.
      const { templates } = (await import(`../../locales/generated/widget/${locale}.ts`)) as { templates: Record<string, unknown> };
      const sameOnPurpose = new Set(Object.values(templates).filter((t) => typeof t === 'string'));
      const untranslated = strings.filter((s, i) => s === '' || (s === english[i] && !sameOnPurpose.has(s)));
      expect(untranslated, `${locale}: strings still in English or empty`).to.deep.equal([]);
    }
  });

  it('switching the locale at run time keeps the conversation, its socket and its messages', async () => {
    const { el, socket } = await connectedWidget(html`<cs-widget server="127.0.0.1:9" site="test" locale="de" open></cs-widget>`);
    await speaks(el, 'de');
    socket.deliver({ type: 'history/synced', after: 0, messages: [text(1, 'visitor', 'Hallo'), text(2, 'agent', 'Guten Tag!')], hasMore: false });
    const bodies = () => [...deep(inner(el, 'cs-message-list'), '.log').querySelectorAll('cs-message')].map((m) => m.shadowRoot!.querySelector('.body')!.textContent);
    await waitUntil(() => bodies().length === 2);

    el.locale = 'ja';
    await speaks(el, 'ja');
    el.locale = 'ar';
    await speaks(el, 'ar');
    expect(bodies()).to.deep.equal(['Hallo', 'Guten Tag!']);
    expect(FakeSocket.opened.length, 'no second connection').to.equal(1);
    expect(socket.readyState).to.equal(FakeSocket.OPEN);
  });

  it('without a locale attribute: the page language, with regional fallbacks; zh-TW is not zh-Hans', async () => {
    document.documentElement.lang = 'pt-PT';
    const el = await fixture<CsWidget>(html`<cs-widget></cs-widget>`);
    await speaks(el, 'pt-BR');
    document.documentElement.lang = 'ar-EG';
    el.requestUpdate();
    await speaks(el, 'ar');
    document.documentElement.lang = 'zh-TW';
    el.requestUpdate();
    // Headless Chromium's languages are en-US: the next preference.
    await speaks(el, navigator.languages[0]!.startsWith('en') ? 'en' : base(el).lang);
    el.locale = 'not a language';
    document.documentElement.lang = 'fa-IR';
    await speaks(el, 'fa');
  });

  it('the panel follows the locale; the launcher follows the page (Arabic widget on an English page, and the reverse)', async () => {
    const side = (el: CsWidget) => {
      const box = inner(el, '.launcher').getBoundingClientRect();
      return box.left + box.width / 2 < window.innerWidth / 2 ? 'left' : 'right';
    };
    const arabic = await fixture<CsWidget>(html`<cs-widget locale="ar" open></cs-widget>`);
    await speaks(arabic, 'ar');
    expect(base(arabic).dir).to.equal('rtl');
    expect(side(arabic), 'LTR page: the launcher at the inline end, the right').to.equal('right');
    arabic.remove();

    document.documentElement.dir = 'rtl';
    document.documentElement.lang = 'he';
    const english = await fixture<CsWidget>(html`<cs-widget locale="en" open></cs-widget>`);
    await speaks(english, 'en');
    expect(base(english).dir).to.equal('ltr');
    expect(side(english), 'RTL page: the launcher at the inline end, the left').to.equal('left');
  });

  it('in RTL own bubbles sit at the inline end (the left) and only the send icon mirrors', async () => {
    for (const [locale, ownSide, scale] of [['en', 'right', 'none'], ['he', 'left', '-1 1']] as const) {
      localStorage.clear();
      FakeSocket.opened = [];
      const { el, socket } = await connectedWidget(html`<cs-widget server="127.0.0.1:9" site="test" locale=${locale} open></cs-widget>`);
      await speaks(el, locale);
      socket.deliver({ type: 'history/synced', after: 0, messages: [text(1, 'visitor', 'Hi'), text(2, 'agent', 'Hello')], hasMore: false });
      const list = inner(el, 'cs-message-list');
      await waitUntil(() => deep(list, '.log').querySelectorAll('cs-message').length === 2);
      const [own, theirs] = [...deep(list, '.log').querySelectorAll('cs-message')].map((m) => m.shadowRoot!.querySelector('.bubble')!.getBoundingClientRect());
      expect(own!.left > theirs!.left ? 'right' : 'left', locale).to.equal(ownSide);
      const composer = inner(el, 'cs-composer');
      expect(getComputedStyle(deep(composer, '.send-icon')).scale, locale).to.equal(scale);
      expect(getComputedStyle(inner(el, '.close svg')).scale, `${locale}: the close icon does not mirror`).to.equal('none');
      el.remove();
    }
  });

  it('uses the digits of the locale: Persian and Arabic queue positions', async () => {
    for (const locale of ['fa', 'ar', 'th']) {
      localStorage.clear();
      FakeSocket.opened = [];
      const { el, socket } = await connectedWidget(html`<cs-widget server="127.0.0.1:9" site="test" locale=${locale} open></cs-widget>`);
      await speaks(el, locale);
      socket.deliver({ type: 'message/added', message: notice({ kind: 'open', ahead: 3, lowMinutes: 4, highMinutes: 12, basis: 'measured' }) });
      await waitUntil(() => deep(inner(el, 'cs-message-list'), 'cs-notice')?.shadowRoot?.textContent?.includes(new Intl.NumberFormat(locale).format(3)), `${locale}: the count in the locale's digits`);
      el.remove();
    }
    expect(new Intl.NumberFormat('fa').format(3), 'Persian digits differ from ASCII, so the check above can fail').to.equal('۳');
  });
});

describe('bidi isolation of what people write', () => {
  useFakeSockets();
  afterEach(() => localStorage.clear());

  /** The x of the first occurrence of `char` in `node`'s text. */
  function xOf(node: Node, char: string): number {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const at = text.textContent!.indexOf(char);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 1);
      return range.getBoundingClientRect().left;
    }
    throw new Error(`no ${char} in ${node.textContent}`);
  }

  it('an override character in an agent name cannot reorder the sentence around it (notice, typing line)', async () => {
    for (const name of ['\u202EAlice', '\u202BAlice', '\u2067Alice', 'Alice\u202E']) {
      localStorage.clear();
      FakeSocket.opened = [];
      const { el, socket } = await connectedWidget(html`<cs-widget server="127.0.0.1:9" site="test" locale="en" open></cs-widget>`);
      await speaks(el, 'en');
      socket.deliver({ type: 'message/added', message: { id: `notice-${String(++seq).padStart(4, '0')}`, seq, role: 'system', notice: { kind: 'agent-joined', name }, sentAt: Date.now() } });
      socket.deliver({ type: 'typing/updated', role: 'agent', name, typing: true });
      const list = inner(el, 'cs-message-list');
      await waitUntil(() => deep(list, 'cs-notice')?.shadowRoot?.textContent?.includes('joined'), 'the notice should show');
      const joined = deep(list, 'cs-notice').shadowRoot!.querySelector('p')!;
      // "… from our team has joined": read left to right, the sentence after the name keeps its order.
      expect(xOf(joined, 'f') < xOf(joined, 'j'), `${JSON.stringify(name)}: "from" before "joined"`).to.be.true;
      const typing = inner(el, 'cs-typing-indicator');
      await waitUntil(() => typing.shadowRoot!.textContent!.includes('typing'), 'the typing line should show');
      const line = typing.shadowRoot!.querySelector('p')!;
      expect(xOf(line, 'i') < xOf(line, 'y'), `${JSON.stringify(name)}: "is" before "typing"`).to.be.true;
      el.remove();
    }
  });

  it('a Latin order number inside an Arabic sentence reads in its own order', async () => {
    const { el, socket } = await connectedWidget(html`<cs-widget server="127.0.0.1:9" site="test" locale="ar" open></cs-widget>`);
    await speaks(el, 'ar');
    socket.deliver({ type: 'message/added', message: { id: `botmsg-${String(++seq).padStart(4, '0')}`, seq, role: 'bot', reply: { kind: 'order-not-found', orderNumber: 'AB-1234' }, sentAt: Date.now() } });
    const list = inner(el, 'cs-message-list');
    await waitUntil(() => deep(list, 'cs-bot-message')?.shadowRoot?.textContent?.includes('AB-1234'));
    const sentence = deep(list, 'cs-bot-message').shadowRoot!;
    // Left to right inside the isolate: A, B, then 1 … 4, even in a right-to-left paragraph.
    expect(xOf(sentence, 'A') < xOf(sentence, 'B')).to.be.true;
    expect(xOf(sentence, 'B') < xOf(sentence, '1')).to.be.true;
    expect(xOf(sentence, '1') < xOf(sentence, '4')).to.be.true;
  });

  it('a message body with an override character stays inside its own bubble', async () => {
    const { el, socket } = await connectedWidget(html`<cs-widget server="127.0.0.1:9" site="test" locale="en" open></cs-widget>`);
    await speaks(el, 'en');
    socket.deliver({ type: 'history/synced', after: 0, messages: [text(1, 'agent', '\u202Eabc'), text(2, 'agent', 'xyz')], hasMore: false });
    const list = inner(el, 'cs-message-list');
    await waitUntil(() => deep(list, '.log').querySelectorAll('cs-message').length === 2);
    const [first, second] = [...deep(list, '.log').querySelectorAll('cs-message')].map((m) => m.shadowRoot!.querySelector('.body')!);
    expect(xOf(first!, 'a') > xOf(first!, 'c'), 'inside, the override applies: "abc" shows as "cba"').to.be.true;
    expect(xOf(second!, 'x') < xOf(second!, 'z'), 'the next message is untouched').to.be.true;
    const meta = [...deep(list, '.log').querySelectorAll('cs-message')][0]!.shadowRoot!.querySelector('.meta')!;
    expect(meta.textContent).to.not.include('\u202E');
  });
});
