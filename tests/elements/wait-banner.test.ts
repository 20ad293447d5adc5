import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CsLeaveContactEvent } from '../../elements/events/cs-leave-contact.js';
import '../../elements/wait-banner/wait-banner.js';
import type { CsWaitBanner } from '../../elements/wait-banner/wait-banner.js';
import { OFFER_EMAIL_FROM_MINUTES } from '../../src/logic/email-offer.js';
import { MAX_EMAIL_LENGTH } from '../../src/protocol/limits.js';
import type { WaitEstimate } from '../../src/protocol/wait.js';
import type { ContactState } from '../../src/stores/conversation.js';

const minutes = new Intl.NumberFormat('en', { style: 'unit', unit: 'minute', unitDisplay: 'long' });

const open = (ahead: number, lowMinutes: number, highMinutes: number): WaitEstimate => ({
  kind: 'open',
  ahead,
  lowMinutes,
  highMinutes,
  basis: 'measured',
});
const SHORT = open(2, 4, 12);
const LONG = open(6, 10, OFFER_EMAIL_FROM_MINUTES);
const CLOSED: WaitEstimate = { kind: 'closed', opensAt: Date.now() + 7 * 3_600_000, timeZone: 'Pacific/Kiritimati' };
const EMAIL = 'shopper@example.com';

async function render(estimate: WaitEstimate | null, contact: ContactState | null = null) {
  return fixture<CsWaitBanner>(html`<cs-wait-banner .estimate=${estimate} .contact=${contact}></cs-wait-banner>`);
}
const $ = <T extends Element>(el: CsWaitBanner, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const statusOf = (el: CsWaitBanner) => $<HTMLElement>(el, '[role="status"]');
const formOf = (el: CsWaitBanner) => $<HTMLFormElement>(el, 'form');
const inputOf = (el: CsWaitBanner) => $<HTMLInputElement>(el, 'input')!;
const buttonOf = (el: CsWaitBanner) => $<HTMLButtonElement>(el, 'button')!;
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const textOf = (el: CsWaitBanner) => squash(el.shadowRoot!.textContent);

/** Records every cs-leave-contact the element dispatches (as primitives). */
function recordLeaves(el: CsWaitBanner) {
  const emails: string[] = [];
  el.addEventListener('cs-leave-contact', (event) => emails.push(event.email));
  return emails;
}

describe('<cs-wait-banner>', () => {
  describe('visibility', () => {
    it('renders nothing visible without an estimate, and shows up once there is one', async () => {
      const el = await render(null);
      expect(textOf(el)).to.equal('');
      expect($(el, '[part="banner"]')).to.equal(null);
      expect(el.getBoundingClientRect().height).to.equal(0);

      el.estimate = SHORT;
      await el.updateComplete;
      expect(el.getBoundingClientRect().height).to.be.greaterThan(0);

      el.estimate = null;
      await el.updateComplete;
      expect($(el, '[part="banner"]')).to.equal(null);
      expect(el.getBoundingClientRect().height).to.equal(0);
    });
  });

  describe('open, short wait', () => {
    it('announces the wait and the position in a role=status live region', async () => {
      const el = await render(SHORT);
      const status = statusOf(el)!;
      expect(status).to.not.equal(null);
      expect(status.hidden).to.be.false;
      expect(status.checkVisibility()).to.be.true;
      expect(squash(status.textContent)).to.equal(
        `A person usually answers in ${minutes.formatRange(4, 12)}. Conversations ahead of yours: 2`,
      );
    });

    it('updates the same live region in place as the wait changes', async () => {
      const el = await render(SHORT);
      const status = statusOf(el)!;
      el.estimate = open(0, 1, 5);
      await el.updateComplete;
      expect(statusOf(el) === status).to.be.true;
      expect(squash(status.textContent)).to.equal(`A person usually answers in ${minutes.formatRange(1, 5)}. You are next.`);
    });

    it('offers no e-mail form below the threshold', async () => {
      for (const estimate of [SHORT, open(2, 10, OFFER_EMAIL_FROM_MINUTES - 1)]) {
        const el = await render(estimate);
        expect(formOf(el)).to.equal(null);
        expect($(el, 'input')).to.equal(null);
        expect(textOf(el)).not.to.include('e-mail');
      }
    });
  });

  describe('open, long wait', () => {
    it(`offers the e-mail form from ${OFFER_EMAIL_FROM_MINUTES} minutes, next to the wait`, async () => {
      const el = await render(LONG);
      expect(formOf(el)).to.not.equal(null);
      expect(inputOf(el).checkVisibility()).to.be.true;
      expect(statusOf(el)!.checkVisibility()).to.be.true;
      expect(squash(statusOf(el)!.textContent)).to.include(minutes.formatRange(10, OFFER_EMAIL_FROM_MINUTES));
    });
  });

  describe('closed', () => {
    it('offers the e-mail form and hides the status text', async () => {
      const el = await render(CLOSED);
      expect(formOf(el)).to.not.equal(null);
      expect(inputOf(el).checkVisibility()).to.be.true;
      const status = statusOf(el)!;
      expect(status.hidden).to.be.true;
      expect(status.checkVisibility()).to.be.false;
      expect(squash(status.textContent)).to.equal('');
      expect(textOf(el)).not.to.include('closed');
    });
  });

  describe('e-mail form', () => {
    it('has a labelled e-mail input with autocomplete and the length limit', async () => {
      const el = await render(CLOSED);
      const input = inputOf(el);
      expect(input.type).to.equal('email');
      expect(input.getAttribute('autocomplete')).to.equal('email');
      expect(input.maxLength).to.equal(MAX_EMAIL_LENGTH);
      expect(input.required).to.be.true;
      expect(input.labels!.length).to.equal(1);
      expect(squash(input.labels![0]!.textContent)).to.equal(
        "Don't want to wait? Leave your e-mail address and we will answer there too.",
      );
      expect(input.getAttribute('aria-invalid')).to.equal('false');
      expect(input.hasAttribute('aria-describedby')).to.be.false;
      expect(buttonOf(el).type).to.equal('submit');
      expect(buttonOf(el).disabled).to.be.false;
      expect(squash(buttonOf(el).textContent)).to.equal('Send');
    });

    it('dispatches cs-leave-contact (not composed) with the trimmed address on submit', async () => {
      const el = await render(LONG);
      inputOf(el).focus();
      await sendKeys({ type: `  ${EMAIL}  ` });
      const left = oneEvent<CsLeaveContactEvent>(el, 'cs-leave-contact');
      buttonOf(el).click();
      const event = await left;
      expect(event.email).to.equal(EMAIL);
      expect(event.composed).to.be.false;
    });

    it('submits with Enter in the input too', async () => {
      const el = await render(CLOSED);
      inputOf(el).focus();
      await sendKeys({ type: EMAIL });
      const left = oneEvent<CsLeaveContactEvent>(el, 'cs-leave-contact');
      await sendKeys({ press: 'Enter' });
      expect((await left).email).to.equal(EMAIL);
    });

    it('does not dispatch for an invalid or empty address', async () => {
      const el = await render(CLOSED);
      const emails = recordLeaves(el);
      const input = inputOf(el);

      buttonOf(el).click(); // empty
      input.focus();
      await sendKeys({ type: 'not an address' });
      buttonOf(el).click();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(input.value).to.equal('not an address');
      expect(input.validity.valid).to.be.false;
      expect(emails.length).to.equal(0);

      // The same form does dispatch once the address is fixed.
      input.value = '';
      input.focus();
      await sendKeys({ type: EMAIL });
      buttonOf(el).click();
      expect(emails.join(',')).to.equal(EMAIL);
    });

    it('disables the button while the address is being sent', async () => {
      const el = await render(CLOSED, { state: 'sending', email: EMAIL });
      expect(buttonOf(el).disabled).to.be.true;
      expect(inputOf(el).value).to.equal(EMAIL);

      // Enter in the input does not send it again either.
      const emails = recordLeaves(el);
      inputOf(el).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(emails.length).to.equal(0);
    });

    it('shows the error for a refused address, tied to the input', async () => {
      const el = await render(CLOSED, { state: 'invalid', email: 'me@localhost' });
      const input = inputOf(el);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      const describedBy = input.getAttribute('aria-describedby');
      expect(describedBy).to.be.a('string');
      const error = el.shadowRoot!.getElementById(describedBy!);
      expect(error).to.not.equal(null);
      expect(squash(error!.textContent)).to.equal('me@localhost does not look like an e-mail address.');
      expect(error!.querySelector('bdi')?.textContent).to.equal('me@localhost');
      expect(error!.checkVisibility()).to.be.true;
      // The room refuses the address after the submit, so the error is announced when it appears.
      expect(error!.getAttribute('role')).to.equal('alert');
      expect(input.value).to.equal('me@localhost');
      expect(buttonOf(el).disabled).to.be.false;
    });

    it('replaces the form with the confirmation once saved, the address isolated in a <bdi>', async () => {
      const el = await render(CLOSED, { state: 'sending', email: EMAIL });
      expect(formOf(el)).to.not.equal(null);
      el.contact = { state: 'saved', email: EMAIL };
      await el.updateComplete;
      expect(formOf(el)).to.equal(null);
      expect($(el, 'input')).to.equal(null);
      expect(textOf(el)).to.equal(`We will also answer at ${EMAIL}.`);
      expect($(el, 'bdi')?.textContent).to.equal(EMAIL);
    });
  });

  describe('accessibility', () => {
    const states: [string, WaitEstimate, ContactState | null][] = [
      ['open', SHORT, null],
      ['open, long', LONG, null],
      ['closed with the form', CLOSED, null],
      ['invalid', CLOSED, { state: 'invalid', email: 'me@localhost' }],
      ['saved', CLOSED, { state: 'saved', email: 'بريد@example.com' }],
    ];
    for (const dir of ['ltr', 'rtl'] as const) {
      it(`passes an axe audit open, closed with the form, invalid and saved (${dir})`, async () => {
        const wrapper = await fixture(html`
          <div dir=${dir} lang=${dir === 'rtl' ? 'ar' : 'en'}>
            ${states.map(([, estimate, contact]) => html`<cs-wait-banner .estimate=${estimate} .contact=${contact}></cs-wait-banner>`)}
          </div>
        `);
        const banners = [...wrapper.querySelectorAll('cs-wait-banner')];
        await Promise.all(banners.map((b) => b.updateComplete));
        expect(banners.length).to.equal(states.length);
        for (const banner of banners) {
          expect(textOf(banner).length).to.be.greaterThan(0);
          await expect(banner).to.be.accessible();
        }
      });
    }
  });
});
