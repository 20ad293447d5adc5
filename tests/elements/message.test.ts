import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { CsRetryEvent } from '../../elements/events/cs-retry.js';
import '../../elements/message/message.js';
import type { CsMessage } from '../../elements/message/message.js';

const AT = Date.UTC(2025, 0, 2, 15, 4);
/** What assistive technology reads: the text of the whole shadow root. */
const textOf = (el: CsMessage) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('<cs-message>', () => {
  describe('accessibility', () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      it(`passes an axe audit in every delivery state (${dir})`, async () => {
        const wrapper = await fixture(html`
          <div dir=${dir} lang=${dir === 'rtl' ? 'ar' : 'en'}>
            <cs-message self state="sending" body="On its way" .at=${AT}></cs-message>
            <cs-message self state="delivered" body="Stored" .at=${AT}></cs-message>
            <cs-message self read state="delivered" body="Seen" .at=${AT}></cs-message>
            <cs-message self state="failed" failure="server-error" body="Refused" .at=${AT}></cs-message>
            <cs-message author="agent" body="مرحبا، كيف يمكننا المساعدة؟" .at=${AT}></cs-message>
          </div>
        `);
        const messages = [...wrapper.querySelectorAll('cs-message')];
        await Promise.all(messages.map((m) => m.updateComplete));
        for (const message of messages) await expect(message).to.be.accessible();
      });
    }
  });

  describe('delivery state', () => {
    it('shows "Sending…" on an own pending message', async () => {
      const el = await fixture<CsMessage>(html`<cs-message self state="sending" body="Hi"></cs-message>`);
      expect(textOf(el)).to.include('Sending…');
      expect(textOf(el)).not.to.include('Delivered');
    });

    it('shows "Delivered" on an own stored message', async () => {
      const el = await fixture<CsMessage>(html`<cs-message self state="delivered" body="Hi"></cs-message>`);
      expect(textOf(el)).to.include('Delivered');
      expect(textOf(el)).not.to.include('Sending…');
    });

    it('shows "Read" instead of "Delivered" once the other side has read an own message', async () => {
      const el = await fixture<CsMessage>(html`<cs-message self read state="delivered" body="Hi"></cs-message>`);
      expect(el.shadowRoot!.querySelector('.state')!.textContent!.trim()).to.equal('Read');
      expect(textOf(el)).not.to.include('Delivered');
      el.read = false;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.state')!.textContent!.trim()).to.equal('Delivered');
    });

    it('does not say "Read" while sending or after a failure', async () => {
      for (const state of ['sending', 'failed']) {
        const el = await fixture<CsMessage>(html`<cs-message self read state=${state} failure="server-error" body="Hi"></cs-message>`);
        expect(el.shadowRoot!.querySelector('.state')!.textContent).not.to.match(/^\s*Read/);
      }
    });

    it('shows "Not sent." with the reason for the failure code, and a retry button', async () => {
      const el = await fixture<CsMessage>(
        html`<cs-message self state="failed" failure="body-too-long" body="Hi"></cs-message>`,
      );
      expect(textOf(el)).to.include('Not sent. The message is too long. Please split it.');
      expect(el.shadowRoot!.querySelector('button')!.textContent!.trim()).to.equal('Try again');
    });

    it('shows no delivery state on messages by others', async () => {
      for (const state of ['sending', 'delivered', 'failed']) {
        const el = await fixture<CsMessage>(
          html`<cs-message author="agent" read state=${state} failure="server-error" body="Hello"></cs-message>`,
        );
        expect(textOf(el)).to.include('Hello');
        for (const text of ['Sending…', 'Delivered', 'Read', 'Not sent', 'Try again']) expect(textOf(el)).not.to.include(text);
      }
    });

    it('tells screen readers who wrote it', async () => {
      const own = await fixture<CsMessage>(html`<cs-message self body="a"></cs-message>`);
      const agent = await fixture<CsMessage>(html`<cs-message author="agent" body="b"></cs-message>`);
      expect(textOf(own)).to.include('You:');
      expect(textOf(agent)).to.include('Support:');
    });
  });

  describe('body', () => {
    it('renders the body as text, never as markup', async () => {
      const body = '<img src=x onerror="window.__csXss = true"> <b>bold</b>';
      const el = await fixture<CsMessage>(html`<cs-message .body=${body}></cs-message>`);
      const paragraph = el.shadowRoot!.querySelector('[part="body"]')!;
      expect(paragraph.textContent).to.equal(body);
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect((window as { __csXss?: boolean }).__csXss).to.equal(undefined);
    });

    it('lets each body take its own direction (dir="auto")', async () => {
      const el = await fixture<CsMessage>(html`<cs-message body="שלום"></cs-message>`);
      const paragraph = el.shadowRoot!.querySelector('[part="body"]')!;
      expect(paragraph.getAttribute('dir')).to.equal('auto');
      expect(paragraph.matches(':dir(rtl)')).to.be.true;
    });
  });

  describe('time', () => {
    it('marks the time up with a machine-readable datetime', async () => {
      const el = await fixture<CsMessage>(html`<cs-message body="Hi" .at=${AT}></cs-message>`);
      const time = el.shadowRoot!.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal('2025-01-02T15:04:00.000Z');
      expect(time.textContent).to.match(/\d/);
    });
  });

  describe('retry', () => {
    it('dispatches cs-retry with the message id on "Try again"', async () => {
      const el = await fixture<CsMessage>(
        html`<cs-message message-id="msg-00000042" self state="failed" failure="server-error" body="Hi"></cs-message>`,
      );
      const retry = oneEvent<CsRetryEvent>(el, 'cs-retry');
      el.shadowRoot!.querySelector('button')!.click();
      const event = await retry;
      expect(event.messageId).to.equal('msg-00000042');
      expect(event.composed).to.be.false;
    });
  });
});
