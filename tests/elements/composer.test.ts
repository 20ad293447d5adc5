import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../elements/composer/composer.js';
import { TYPING_IDLE_MS, type CsComposer } from '../../elements/composer/composer.js';
import type { CsSendEvent } from '../../elements/events/cs-send.js';
import { MAX_BODY_LENGTH } from '../../src/protocol/limits.js';

const textareaOf = (el: CsComposer) => el.shadowRoot!.querySelector('textarea')!;
const buttonOf = (el: CsComposer) => el.shadowRoot!.querySelector('button')!;

/** Counts the cs-send events `el` dispatches. */
function recordSends(el: CsComposer) {
  const bodies: string[] = [];
  el.addEventListener('cs-send', (event) => bodies.push(event.body));
  return bodies;
}

/** The cs-typing values `el` dispatches, in order. */
function recordTyping(el: CsComposer) {
  const values: boolean[] = [];
  el.addEventListener('cs-typing', (event) => values.push(event.typing));
  return values;
}

/**
 * A clock for the composer's idle timer: timeouts of exactly TYPING_IDLE_MS are held until `elapse()`;
 * every other timer (the test runner's) runs for real.
 */
function holdIdleTimers() {
  const { setTimeout: realSet, clearTimeout: realClear } = window;
  const held = new Map<number, () => void>();
  let nextId = 1e9;
  window.setTimeout = ((handler: () => void, ms?: number, ...rest: unknown[]) => {
    if (ms !== TYPING_IDLE_MS) return realSet(handler, ms, ...rest);
    held.set(++nextId, handler);
    return nextId;
  }) as typeof setTimeout;
  window.clearTimeout = (id) => {
    if (!held.delete(id as number)) realClear(id);
  };
  return {
    get held() {
      return held.size;
    },
    elapse() {
      const due = [...held.values()];
      held.clear();
      for (const handler of due) handler();
    },
    restore() {
      window.setTimeout = realSet;
      window.clearTimeout = realClear;
    },
  };
}

async function typeInto(el: CsComposer, text: string) {
  el.focus(); // delegatesFocus: lands on the textarea
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('<cs-composer>', () => {
  describe('accessibility', () => {
    it('passes an axe audit (LTR)', async () => {
      const el = await fixture<CsComposer>(html`<cs-composer></cs-composer>`);
      await expect(el).to.be.accessible();
    });

    it('passes an axe audit (RTL)', async () => {
      const wrapper = await fixture(html`<div dir="rtl" lang="ar"><cs-composer></cs-composer></div>`);
      const el = wrapper.querySelector('cs-composer')!;
      await el.updateComplete;
      await typeInto(el, 'مرحبا');
      await expect(el).to.be.accessible();
    });

    it('names the input and limits it to the protocol maximum', async () => {
      const el = await fixture<CsComposer>(html`<cs-composer></cs-composer>`);
      expect(textareaOf(el).getAttribute('aria-label')).to.equal('Message');
      expect(textareaOf(el).maxLength).to.equal(MAX_BODY_LENGTH);
    });
  });

  describe('sending', () => {
    it('emits cs-send with the trimmed body on Enter and clears the draft', async () => {
      const el = await fixture<CsComposer>(html`<cs-composer></cs-composer>`);
      await typeInto(el, '  hello  ');
      const sent = oneEvent<CsSendEvent>(el, 'cs-send');
      await sendKeys({ press: 'Enter' });
      expect((await sent).body).to.equal('hello');
      await el.updateComplete;
      expect(textareaOf(el).value).to.equal('');
      expect(buttonOf(el).disabled).to.be.true;
    });

    it('sends with the button too', async () => {
      const el = await fixture<CsComposer>(html`<cs-composer></cs-composer>`);
      await typeInto(el, 'by click');
      const sent = oneEvent<CsSendEvent>(el, 'cs-send');
      buttonOf(el).click();
      expect((await sent).body).to.equal('by click');
    });

    it('inserts a newline on Shift+Enter and does not send', async () => {
      const el = await fixture<CsComposer>(html`<cs-composer></cs-composer>`);
      const sends = recordSends(el);
      await typeInto(el, 'line one');
      // down/press/up rather than press 'Shift+Enter': puppeteer (Firefox) presses single keys only.
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ up: 'Shift' });
      await sendKeys({ type: 'line two' });
      await el.updateComplete;
      expect(sends).to.deep.equal([]);
      expect(textareaOf(el).value).to.equal('line one\nline two');

      await sendKeys({ press: 'Enter' });
      expect(sends).to.deep.equal(['line one\nline two']);
    });

    it('does not send on an Enter that confirms an IME composition', async () => {
      const el = await fixture<CsComposer>(html`<cs-composer></cs-composer>`);
      const sends = recordSends(el);
      await typeInto(el, 'にほん');
      const enter = new KeyboardEvent('keydown', {
        key: 'Enter',
        isComposing: true,
        bubbles: true,
        composed: true,
        cancelable: true,
      });
      textareaOf(el).dispatchEvent(enter);
      await el.updateComplete;
      expect(sends).to.deep.equal([]);
      expect(enter.defaultPrevented).to.be.false;
      expect(textareaOf(el).value).to.equal('にほん');
    });

    it('does not send an empty or blank draft, and disables the button until there is text', async () => {
      const el = await fixture<CsComposer>(html`<cs-composer></cs-composer>`);
      const sends = recordSends(el);
      expect(buttonOf(el).disabled).to.be.true;
      el.focus();
      await sendKeys({ press: 'Enter' });
      await typeInto(el, '   ');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(sends).to.deep.equal([]);
      expect(buttonOf(el).disabled).to.be.true;

      await sendKeys({ type: 'x' });
      await el.updateComplete;
      expect(buttonOf(el).disabled).to.be.false;
    });

    it('keeps the draft when the container cancels cs-send', async () => {
      const el = await fixture<CsComposer>(html`<cs-composer></cs-composer>`);
      el.addEventListener('cs-send', (event) => event.preventDefault());
      await typeInto(el, 'draft');
      const sent = oneEvent<CsSendEvent>(el, 'cs-send');
      await sendKeys({ press: 'Enter' });
      await sent;
      await el.updateComplete;
      expect(textareaOf(el).value).to.equal('draft');
    });

    it('neither sends nor accepts input when disabled (set by attribute)', async () => {
      const el = await fixture<CsComposer>(html`<cs-composer disabled></cs-composer>`);
      expect(el.disabled).to.be.true;
      expect(textareaOf(el).disabled).to.be.true;
      expect(buttonOf(el).disabled).to.be.true;
    });
  });

  describe('typing', () => {
    it('says typing once when the draft gets text, and stops when it is cleared, then again', async () => {
      const el = await fixture<CsComposer>(html`<cs-composer></cs-composer>`);
      const typing = recordTyping(el);
      await typeInto(el, '  ');
      expect(typing, 'blank is not typing').to.deep.equal([]);
      await sendKeys({ type: 'hi there' });
      expect(typing, 'one event for many keys').to.deep.equal([true]);
      for (let i = 0; i < 10; i++) await sendKeys({ press: 'Backspace' });
      expect(typing).to.deep.equal([true, false]);
      await sendKeys({ type: 'x' });
      expect(typing).to.deep.equal([true, false, true]);
    });

    it('stops on send (before cs-send) and on blur', async () => {
      const el = await fixture<CsComposer>(html`<cs-composer></cs-composer>`);
      const events: string[] = [];
      el.addEventListener('cs-typing', (event) => events.push(`typing ${event.typing}`));
      el.addEventListener('cs-send', (event) => events.push(`send ${event.body}`));
      await typeInto(el, 'one');
      await sendKeys({ press: 'Enter' });
      expect(events).to.deep.equal(['typing true', 'typing false', 'send one']);

      await sendKeys({ type: 'two' });
      textareaOf(el).blur();
      expect(events.slice(3)).to.deep.equal(['typing true', 'typing false']);
    });

    it(`stops after ${TYPING_IDLE_MS} ms without input; each keystroke restarts the wait`, async () => {
      const clock = holdIdleTimers();
      try {
        const el = await fixture<CsComposer>(html`<cs-composer></cs-composer>`);
        const typing = recordTyping(el);
        await typeInto(el, 'wait');
        await sendKeys({ type: 'ing' });
        expect(typing).to.deep.equal([true]);
        expect(clock.held, 'one countdown, restarted, not one per key').to.equal(1);
        clock.elapse();
        expect(typing).to.deep.equal([true, false]);
        expect(clock.held).to.equal(0);
        await sendKeys({ type: '!' });
        expect(typing).to.deep.equal([true, false, true]);
      } finally {
        clock.restore();
      }
    });

    it('dispatches cs-typing uncomposed', async () => {
      const el = await fixture<CsComposer>(html`<cs-composer></cs-composer>`);
      const event = oneEvent(el, 'cs-typing');
      await typeInto(el, 'a');
      expect((await event).composed).to.be.false;
    });
  });

  describe('insert()', () => {
    it('puts text at the cursor, replacing the selection, focused for editing, never sending', async () => {
      const el = await fixture<CsComposer>(html`<cs-composer></cs-composer>`);
      const sends = recordSends(el);
      await typeInto(el, 'Hello world');
      textareaOf(el).setSelectionRange(6, 11); // "world"
      textareaOf(el).blur();
      const typing = recordTyping(el);

      el.insert('there');
      await el.updateComplete;
      expect(textareaOf(el).value).to.equal('Hello there');
      expect(el.shadowRoot!.activeElement === textareaOf(el)).to.be.true;
      expect(textareaOf(el).selectionStart).to.equal(11);
      expect(typing).to.deep.equal([true]);
      expect(buttonOf(el).disabled).to.be.false;

      textareaOf(el).setSelectionRange(0, 0);
      el.insert('Hi! ');
      await el.updateComplete;
      expect(textareaOf(el).value).to.equal('Hi! Hello there');
      await sendKeys({ type: '…' });
      expect(textareaOf(el).value).to.equal('Hi! …Hello there');
      expect(sends).to.deep.equal([]);
    });

    it('fills an empty draft that Enter then sends as edited', async () => {
      const el = await fixture<CsComposer>(html`<cs-composer></cs-composer>`);
      const sends = recordSends(el);
      el.insert('Thanks for waiting.');
      await sendKeys({ type: ' Sorry!' });
      await sendKeys({ press: 'Enter' });
      expect(sends).to.deep.equal(['Thanks for waiting. Sorry!']);
    });
  });

  describe('containment', () => {
    it('dispatches cs-send uncomposed: it stays inside the shadow root that holds the composer', async () => {
      const host = await fixture(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = '<cs-composer></cs-composer>';
      const el = root.querySelector('cs-composer')!;
      await el.updateComplete;

      let reachedDocument = false;
      const onDocument = () => (reachedDocument = true);
      document.addEventListener('cs-send', onDocument);
      try {
        await typeInto(el, 'private');
        const inRoot = oneEvent<CsSendEvent>(root, 'cs-send');
        await sendKeys({ press: 'Enter' });
        const event = await inRoot;
        expect(event.composed).to.be.false;
        expect(reachedDocument).to.be.false;
      } finally {
        document.removeEventListener('cs-send', onDocument);
      }
    });
  });
});
