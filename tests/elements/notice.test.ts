import { expect, fixture, html } from '@open-wc/testing';
import '../../elements/notice/notice.js';
import type { CsNotice } from '../../elements/notice/notice.js';
import type { Notice } from '../../src/protocol/messages.js';
import type { WaitEstimate } from '../../src/protocol/wait.js';

// Expected wording is computed through Intl here, as the element must do it: never hard-coded digits,
// separators or spaces (ICU puts a narrow no-break space before "PM", an en dash in ranges…).
const minutes = new Intl.NumberFormat('en', { style: 'unit', unit: 'minute', unitDisplay: 'long' });
const hours = new Intl.NumberFormat('en', { style: 'unit', unit: 'hour', unitDisplay: 'long' });
const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const clockIn = (epochMs: number, timeZone?: string) =>
  new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit', ...(timeZone ? { timeZone } : {}) }).format(epochMs);

/** The reader's (the browser's) zone, and a team zone surely different from it. */
const BROWSER_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
const OTHER_ZONE = BROWSER_ZONE === 'Pacific/Kiritimati' ? 'Pacific/Pago_Pago' : 'Pacific/Kiritimati';

const HOUR = 3_600_000;
/** Monday 2025-01-06 12:00 UTC: 02:00 on Tuesday in Kiritimati (UTC+14), 01:00 on Monday in Pago Pago (UTC-11). */
const MONDAY_NOON_UTC = Date.UTC(2025, 0, 6, 12, 0);

const open = (ahead: number, lowMinutes: number, highMinutes: number, basis: 'measured' | 'target' = 'measured'): WaitEstimate => ({
  kind: 'open',
  ahead,
  lowMinutes,
  highMinutes,
  basis,
});
const autoAck = (estimate: WaitEstimate): Notice => ({ kind: 'auto-ack', estimate });

async function render(notice: Notice, at = MONDAY_NOON_UTC) {
  return fixture<CsNotice>(html`<cs-notice .notice=${notice} at=${at}></cs-notice>`);
}
/** The notice's paragraphs, as read. */
const lines = (el: CsNotice): string[] =>
  [...el.shadowRoot!.querySelectorAll('p')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
/** The second line: the wait. */
const waitLine = (el: CsNotice): string => lines(el)[1] ?? '';
const textOf = (el: CsNotice) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('<cs-notice>', () => {
  describe('auto-acknowledgement, open and measured', () => {
    it('says the message arrived, then the range worded through Intl', async () => {
      const el = await render(autoAck(open(0, 4, 12)));
      const [first, wait] = lines(el);
      expect(first).to.equal('We got your message.');
      expect(wait).to.equal(`A person usually answers in ${minutes.formatRange(4, 12)}.`);
    });

    it('gives the place in the queue: next, one ahead, several ahead', async () => {
      const cases: [number, string][] = [
        [0, 'You are next.'],
        [1, 'One conversation is ahead of yours.'],
        [5, 'Conversations ahead of yours: 5'],
        [1234, `Conversations ahead of yours: ${new Intl.NumberFormat('en').format(1234)}`],
      ];
      for (const [ahead, expected] of cases) {
        const el = await render(autoAck(open(ahead, 4, 12)));
        expect(lines(el)).to.deep.equal([
          'We got your message.',
          `A person usually answers in ${minutes.formatRange(4, 12)}.`,
          expected,
        ]);
      }
    });

    it('says "within a minute" under a minute, never a range', async () => {
      for (const [low, high] of [[0, 0], [0, 1], [1, 1]] as const) {
        const el = await render(autoAck(open(0, low, high)));
        expect(waitLine(el)).to.equal('A person usually answers within a minute.');
      }
      // Just above: a range again.
      const el = await render(autoAck(open(0, 1, 2)));
      expect(waitLine(el)).to.equal(`A person usually answers in ${minutes.formatRange(1, 2)}.`);
    });

    it('counts minutes below two hours and hours from two hours (rounded outwards)', async () => {
      const below = await render(autoAck(open(3, 60, 119)));
      expect(waitLine(below)).to.equal(`A person usually answers in ${minutes.formatRange(60, 119)}.`);

      const at = await render(autoAck(open(3, 60, 120)));
      expect(waitLine(at)).to.equal(`A person usually answers in ${hours.formatRange(1, 2)}.`);

      // 90-200 minutes: never shown narrower than it is, so 1-4 hours (not 2-3).
      const above = await render(autoAck(open(3, 90, 200)));
      expect(waitLine(above)).to.equal(`A person usually answers in ${hours.formatRange(1, 4)}.`);
      expect(waitLine(above)).not.to.include('minute');
    });
  });

  describe('auto-acknowledgement, open with the target only', () => {
    it('says "within" the target, never a range', async () => {
      const cases: [number, string][] = [
        [45, minutes.format(45)],
        [60, minutes.format(60)],
        [240, hours.format(4)],
        [1440, hours.format(24)],
      ];
      for (const [target, within] of cases) {
        const el = await render(autoAck(open(2, 0, target, 'target')));
        const wait = waitLine(el);
        expect(wait).to.equal(`A person will answer within ${within}.`);
        expect(wait).not.to.include('usually');
        expect(wait).not.to.include(minutes.formatRange(0, Math.min(target, 119)));
        expect(wait).not.to.match(/[–-]/);
      }
    });

    it('rounds a target in hours up, never promising sooner than the target', async () => {
      // 130 minutes is not "within 2 hours".
      const el = await render(autoAck(open(0, 0, 130, 'target')));
      expect(waitLine(el)).to.equal(`A person will answer within ${hours.format(3)}.`);
    });
  });

  describe('auto-acknowledgement, closed', () => {
    it("names the opening time in the team's zone and in the reader's when they differ", async () => {
      // Opens 7 hours later: 09:00 on Tuesday in Kiritimati (the same day there as `at`).
      const opensAt = MONDAY_NOON_UTC + 7 * HOUR;
      const el = await render(autoAck({ kind: 'closed', opensAt, timeZone: OTHER_ZONE }));
      const [first, ...rest] = lines(el);
      const wait = waitLine(el);
      expect(first).to.equal('We got your message.');
      expect(rest.length).to.equal(1); // no queue position when closed

      const match = /^We are closed now\. A person will answer after we open at (.+) our time \((.+) your time\), (.+)\.$/.exec(wait);
      expect(match, wait).to.not.equal(null);
      const [, theirs = '', yours = '', when = ''] = match!;
      expect(theirs).to.equal(clockIn(opensAt, OTHER_ZONE));
      // The reader's clock, with the weekday in front when the opening is on another day there.
      expect(yours.endsWith(clockIn(opensAt))).to.be.true;
      expect(yours).not.to.equal(theirs);
      expect(when).to.equal(relative.format(7, 'hour'));
    });

    it('names the opening time only once when the team and the reader share a zone', async () => {
      const opensAt = MONDAY_NOON_UTC + 7 * HOUR;
      const el = await render(autoAck({ kind: 'closed', opensAt, timeZone: BROWSER_ZONE }));
      const wait = waitLine(el);
      const clock = clockIn(opensAt);
      expect(wait).to.match(/^We are closed now\. A person will answer after we open at .+, .+\.$/);
      expect(wait).to.include(clock);
      expect(wait.split(clock).length - 1).to.equal(1);
      expect(wait).not.to.include('our time');
      expect(wait).not.to.include('your time');
      expect(wait.endsWith(`, ${relative.format(7, 'hour')}.`)).to.be.true;
    });

    it('adds the weekday when the team opens on another day, and counts days from two days on', async () => {
      // Friday 12:00 UTC (Saturday 02:00 in Kiritimati) → Monday 09:00 in Kiritimati, 55 hours later.
      const at = Date.UTC(2025, 0, 3, 12, 0);
      const opensAt = Date.UTC(2025, 0, 5, 19, 0);
      const el = await render(autoAck({ kind: 'closed', opensAt, timeZone: 'Pacific/Kiritimati' }), at);
      const wait = waitLine(el);
      const weekday = new Intl.DateTimeFormat('en', { weekday: 'short', timeZone: 'Pacific/Kiritimati' }).format(opensAt);
      expect(weekday).to.equal('Mon');
      expect(wait).to.include(
        new Intl.DateTimeFormat('en', { weekday: 'short', hour: 'numeric', minute: '2-digit', timeZone: 'Pacific/Kiritimati' }).format(opensAt),
      );
      expect(wait.endsWith(`, ${relative.format(2, 'day')}.`)).to.be.true;
    });
  });

  describe('contact saved', () => {
    it('confirms the e-mail address and says the page can be closed', async () => {
      const el = await render({ kind: 'contact-saved' });
      expect(lines(el)).to.deep.equal(['Thank you. We will also answer by e-mail, so you can close this page.']);
      expect(textOf(el)).not.to.include('We got your message.');
    });
  });

  it('renders nothing without a notice', async () => {
    const el = await fixture<CsNotice>(html`<cs-notice></cs-notice>`);
    expect(textOf(el)).to.equal('');
    expect(el.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
  });

  describe('accessibility', () => {
    const notices: Notice[] = [
      autoAck(open(0, 4, 12)),
      autoAck(open(5, 90, 200)),
      autoAck(open(1, 0, 1)),
      autoAck(open(2, 0, 240, 'target')),
      autoAck({ kind: 'closed', opensAt: MONDAY_NOON_UTC + 7 * HOUR, timeZone: OTHER_ZONE }),
      autoAck({ kind: 'closed', opensAt: MONDAY_NOON_UTC + 7 * HOUR, timeZone: BROWSER_ZONE }),
      { kind: 'contact-saved' },
    ];
    for (const dir of ['ltr', 'rtl'] as const) {
      it(`passes an axe audit for every kind (${dir})`, async () => {
        const wrapper = await fixture(html`
          <div dir=${dir} lang=${dir === 'rtl' ? 'ar' : 'en'}>
            ${notices.map((notice) => html`<cs-notice .notice=${notice} at=${MONDAY_NOON_UTC}></cs-notice>`)}
          </div>
        `);
        const elements = [...wrapper.querySelectorAll('cs-notice')];
        await Promise.all(elements.map((e) => e.updateComplete));
        expect(elements.length).to.equal(notices.length);
        for (const el of elements) {
          expect(lines(el).length).to.be.greaterThan(0);
          await expect(el).to.be.accessible();
        }
      });
    }
  });
});
