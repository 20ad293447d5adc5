import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../elements/composer/composer.js';
import type { CsComposer } from '../../elements/composer/composer.js';
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
      await sendKeys({ press: 'Shift+Enter' });
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
