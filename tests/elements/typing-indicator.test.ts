import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '../support/emulate-media.js';
import '../../elements/typing-indicator/typing-indicator.js';
import type { CsTypingIndicator } from '../../elements/typing-indicator/typing-indicator.js';

const statusOf = (el: CsTypingIndicator) => el.shadowRoot!.querySelector('[role="status"]')!;
const dotsOf = (el: CsTypingIndicator) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="dots"] span')];

describe('<cs-typing-indicator>', () => {
  describe('accessibility', () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      it(`passes an axe audit active and inactive (${dir})`, async () => {
        const wrapper = await fixture(html`
          <div dir=${dir} lang=${dir === 'rtl' ? 'ar' : 'en'}>
            <cs-typing-indicator active name=${dir === 'rtl' ? 'سارة' : 'Alice'}></cs-typing-indicator>
            <cs-typing-indicator></cs-typing-indicator>
          </div>
        `);
        for (const el of wrapper.querySelectorAll('cs-typing-indicator')) {
          await el.updateComplete;
          await expect(el).to.be.accessible();
        }
      });
    }

    it('is a live status that exists while inactive, so the start of typing is announced', async () => {
      const el = await fixture<CsTypingIndicator>(html`<cs-typing-indicator></cs-typing-indicator>`);
      expect(statusOf(el)).to.exist;
      el.active = true;
      await el.updateComplete;
      expect(statusOf(el).textContent).to.include('is typing…');
      expect(el.shadowRoot!.querySelector('[part="dots"]')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('announces once: refreshes while typing goes on leave the live region untouched', async () => {
      const el = await fixture<CsTypingIndicator>(html`<cs-typing-indicator name="Alice"></cs-typing-indicator>`);
      const changes: MutationRecord[] = [];
      const observer = new MutationObserver((records) => changes.push(...records));
      observer.observe(statusOf(el), { childList: true, subtree: true, characterData: true });
      el.active = true;
      await el.updateComplete;
      const started = observer.takeRecords().length + changes.splice(0).length;
      expect(started).to.be.greaterThan(0);

      // What a `typing/updated` refresh does to the holder: the same values set again, and a re-render.
      el.active = true;
      el.name = 'Alice';
      el.requestUpdate();
      await el.updateComplete;
      expect(observer.takeRecords().length + changes.length).to.equal(0);
      observer.disconnect();
    });
  });

  describe('wording', () => {
    const textOf = async (template: ReturnType<typeof html>) => {
      const el = await fixture<CsTypingIndicator>(template);
      return statusOf(el).textContent!.trim();
    };

    it('names the agent, isolated so a right-to-left name cannot reorder the sentence', async () => {
      expect(await textOf(html`<cs-typing-indicator active name="Alice"></cs-typing-indicator>`)).to.equal('\u2068Alice\u2069 is typing…');
      expect(await textOf(html`<cs-typing-indicator active name="سارة 2"></cs-typing-indicator>`)).to.equal('\u2068سارة 2\u2069 is typing…');
    });

    it('says "Someone from the team" for an agent without a name, and "The customer" for the shopper', async () => {
      expect(await textOf(html`<cs-typing-indicator active></cs-typing-indicator>`)).to.equal('Someone from the team is typing…');
      expect(await textOf(html`<cs-typing-indicator active author="visitor" name="x"></cs-typing-indicator>`)).to.equal('The customer is typing…');
    });

    it('shows and says nothing while inactive', async () => {
      const el = await fixture<CsTypingIndicator>(html`<cs-typing-indicator name="Alice"></cs-typing-indicator>`);
      expect(statusOf(el).textContent!.trim()).to.equal('');
      expect(dotsOf(el).length).to.equal(0);
      expect(el.getBoundingClientRect().height).to.equal(0);
      el.active = true;
      await el.updateComplete;
      expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
    });
  });

  describe('dots', () => {
    afterEach(() => emulateMedia({ reducedMotion: 'no-preference', forcedColors: 'none' }));

    it('are animated, and still under prefers-reduced-motion', async () => {
      const el = await fixture<CsTypingIndicator>(html`<cs-typing-indicator active></cs-typing-indicator>`);
      expect(dotsOf(el).map((dot) => getComputedStyle(dot).animationName)).to.deep.equal(['cs-typing', 'cs-typing', 'cs-typing']);
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.be.true;
      expect(dotsOf(el).map((dot) => getComputedStyle(dot).animationName)).to.deep.equal(['none', 'none', 'none']);
    });

    it('stay visible in forced colours, in the text colour', async () => {
      const el = await fixture<CsTypingIndicator>(html`<cs-typing-indicator active></cs-typing-indicator>`);
      await emulateMedia({ forcedColors: 'active' });
      expect(matchMedia('(forced-colors: active)').matches).to.be.true;
      const [dot] = dotsOf(el);
      const style = getComputedStyle(dot!);
      expect(dot!.getBoundingClientRect().width).to.be.greaterThan(0);
      expect(style.borderTopStyle).to.equal('solid');
      expect(style.borderTopColor).to.equal(getComputedStyle(statusOf(el)).color);
      expect(style.borderTopColor).not.to.equal(getComputedStyle(el).backgroundColor);
    });
  });
});
