import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  businessMinutesBetween,
  isOpen,
  nextClosing,
  nextOpening,
  openPeriods,
  type OpenPeriod,
} from '../../src/logic/business-hours.ts';
import { WEEKDAYS, type BusinessHours, type Shift, type Weekday } from '../../src/config/site-config.ts';

// Every expected instant is written with the offset the site's zone has then, so a wrong offset fails loudly.

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

const at = (iso: string): number => {
  const instant = Date.parse(iso);
  assert.ok(Number.isFinite(instant), `bad ISO string in the test: ${iso}`);
  return instant;
};
/** Instants as UTC ISO strings, so a failure shows readable times rather than epoch numbers. */
const show = (instant: number | null): string | null => (instant === null ? null : new Date(instant).toISOString());
const assertInstant = (actual: number | null, expected: string | null, message?: string) =>
  assert.equal(show(actual), expected === null ? null : show(at(expected)), message);
const showPeriods = (periods: readonly OpenPeriod[]) => periods.map((p) => `${show(p.start)}..${show(p.end)}`);
const minutesBetween = (hours: BusinessHours, from: string, to: string) => businessMinutesBetween(hours, at(from), at(to));

const shift = (start: string, end: string): Shift => ({ start, end });
const makeHours = (
  timeZone: string,
  weekly: Partial<Record<Weekday, readonly Shift[]>>,
  closedDates: string[] = [],
): BusinessHours => ({
  timeZone,
  weekly: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [], ...weekly },
  closedDates,
});
const weekdays = (...shifts: Shift[]) => ({ mon: shifts, tue: shifts, wed: shifts, thu: shifts, fri: shifts });
const everyDay = (...shifts: Shift[]) => Object.fromEntries(WEEKDAYS.map((day) => [day, shifts])) as Record<Weekday, Shift[]>;

const NINE_TO_FIVE = shift('09:00', '17:00');
const berlinOffice = makeHours('Europe/Berlin', weekdays(NINE_TO_FIVE));
const newYorkOffice = makeHours('America/New_York', weekdays(NINE_TO_FIVE));
const sydneyOffice = makeHours('Australia/Sydney', weekdays(NINE_TO_FIVE));

describe('Europe/Berlin office, Mon-Fri 09:00-17:00, across the 2026 changes (29 Mar, 25 Oct)', () => {
  test('isOpen: the start is inside, the end is not', () => {
    assert.equal(isOpen(berlinOffice, at('2026-03-27T08:59:59.999+01:00')), false);
    assert.equal(isOpen(berlinOffice, at('2026-03-27T09:00:00+01:00')), true);
    assert.equal(isOpen(berlinOffice, at('2026-03-27T16:59:59.999+01:00')), true);
    assert.equal(isOpen(berlinOffice, at('2026-03-27T17:00:00+01:00')), false);
    assert.equal(isOpen(berlinOffice, at('2026-03-28T12:00:00+01:00')), false, 'Saturday');
  });

  test('isOpen uses summer time from Monday 30 March', () => {
    assert.equal(isOpen(berlinOffice, at('2026-03-30T08:59:00+02:00')), false);
    assert.equal(isOpen(berlinOffice, at('2026-03-30T09:00:00+02:00')), true);
    // 08:30 and 16:30 on winter time are 09:30 and 17:30 on the wall now.
    assert.equal(isOpen(berlinOffice, at('2026-03-30T08:30:00+01:00')), true);
    assert.equal(isOpen(berlinOffice, at('2026-03-30T16:30:00+01:00')), false);
    assert.equal(isOpen(berlinOffice, at('2026-03-30T16:59:00+02:00')), true);
  });

  test('isOpen uses winter time from Monday 26 October', () => {
    assert.equal(isOpen(berlinOffice, at('2026-10-26T09:30:00+02:00')), false, '08:30 on the wall');
    assert.equal(isOpen(berlinOffice, at('2026-10-26T09:00:00+01:00')), true);
    assert.equal(isOpen(berlinOffice, at('2026-10-26T17:30:00+02:00')), true, '16:30 on the wall');
    assert.equal(isOpen(berlinOffice, at('2026-10-26T17:00:00+01:00')), false);
  });

  test('nextOpening is the instant itself when open', () => {
    assertInstant(nextOpening(berlinOffice, at('2026-03-27T09:00:00+01:00')), '2026-03-27T09:00:00+01:00');
    assertInstant(nextOpening(berlinOffice, at('2026-03-27T12:34:56.789+01:00')), '2026-03-27T12:34:56.789+01:00');
  });

  test('nextOpening skips the weekend and the spring-forward change', () => {
    assertInstant(nextOpening(berlinOffice, at('2026-03-27T17:00:00+01:00')), '2026-03-30T09:00:00+02:00');
    assertInstant(nextOpening(berlinOffice, at('2026-03-29T02:30:00+01:00')), '2026-03-30T09:00:00+02:00');
    assertInstant(nextOpening(berlinOffice, at('2026-03-30T08:59:59+02:00')), '2026-03-30T09:00:00+02:00');
  });

  test('nextOpening skips the weekend and the fall-back change', () => {
    assertInstant(nextOpening(berlinOffice, at('2026-10-23T17:00:00+02:00')), '2026-10-26T09:00:00+01:00');
    assertInstant(nextOpening(berlinOffice, at('2026-10-25T02:30:00+02:00')), '2026-10-26T09:00:00+01:00');
  });

  test('nextOpening on a weekday evening is the next morning', () => {
    assertInstant(nextOpening(berlinOffice, at('2026-03-25T18:00:00+01:00')), '2026-03-26T09:00:00+01:00');
  });

  test('nextClosing is the end of the shift, or null when closed', () => {
    assertInstant(nextClosing(berlinOffice, at('2026-03-30T10:00:00+02:00')), '2026-03-30T17:00:00+02:00');
    assertInstant(nextClosing(berlinOffice, at('2026-03-27T09:00:00+01:00')), '2026-03-27T17:00:00+01:00');
    assertInstant(nextClosing(berlinOffice, at('2026-10-26T09:00:00+01:00')), '2026-10-26T17:00:00+01:00');
    assertInstant(nextClosing(berlinOffice, at('2026-03-27T17:00:00+01:00')), null);
    assertInstant(nextClosing(berlinOffice, at('2026-03-28T12:00:00+01:00')), null);
  });

  test('businessMinutesBetween over the DST weekends', () => {
    // Friday 12:00-17:00 and Monday 09:00-12:00.
    assert.equal(minutesBetween(berlinOffice, '2026-03-27T12:00:00+01:00', '2026-03-30T12:00:00+02:00'), 480);
    // Friday 15:00-17:00 and Monday 09:00-10:30.
    assert.equal(minutesBetween(berlinOffice, '2026-10-23T15:00:00+02:00', '2026-10-26T10:30:00+01:00'), 210);
  });

  test('businessMinutesBetween over whole weeks is 5 x 8 hours, DST or not', () => {
    assert.equal(minutesBetween(berlinOffice, '2026-03-23T00:00:00+01:00', '2026-03-30T00:00:00+02:00'), 2400);
    assert.equal(minutesBetween(berlinOffice, '2026-10-19T00:00:00+02:00', '2026-10-26T00:00:00+01:00'), 2400);
    assert.equal(minutesBetween(berlinOffice, '2026-03-23T00:00:00+01:00', '2026-04-13T00:00:00+02:00'), 3 * 2400);
  });

  test('openPeriods lists each shift of the week as real instants', () => {
    assert.deepEqual(showPeriods(openPeriods(berlinOffice, at('2026-03-26T00:00:00+01:00'), at('2026-04-01T00:00:00+02:00'))), [
      '2026-03-26T08:00:00.000Z..2026-03-26T16:00:00.000Z',
      '2026-03-27T08:00:00.000Z..2026-03-27T16:00:00.000Z',
      '2026-03-30T07:00:00.000Z..2026-03-30T15:00:00.000Z',
      '2026-03-31T07:00:00.000Z..2026-03-31T15:00:00.000Z',
    ]);
  });

  test('a whole-day shift lasts 23 hours on the spring-forward day and 25 on the fall-back day', () => {
    const sundays = makeHours('Europe/Berlin', { sun: [shift('00:00', '24:00')] });
    assert.equal(minutesBetween(sundays, '2026-03-28T00:00:00+01:00', '2026-03-30T00:00:00+02:00'), 23 * 60);
    assert.equal(minutesBetween(sundays, '2026-10-24T00:00:00+02:00', '2026-10-26T00:00:00+01:00'), 25 * 60);
    assert.equal(minutesBetween(sundays, '2026-03-21T00:00:00+01:00', '2026-03-23T00:00:00+01:00'), 24 * 60);
    assertInstant(nextClosing(sundays, at('2026-03-29T00:00:00+01:00')), '2026-03-30T00:00:00+02:00');
    assertInstant(nextClosing(sundays, at('2026-10-25T12:00:00+01:00')), '2026-10-26T00:00:00+01:00');
    assertInstant(nextOpening(sundays, at('2026-10-23T12:00:00+02:00')), '2026-10-25T00:00:00+02:00');
  });
});

describe('DST edge cases inside shifts (Europe/Berlin)', () => {
  test('a shift starting in the spring-forward gap starts when the gap ends', () => {
    // 02:30 does not exist on 29 March: clocks jump from 02:00 to 03:00.
    const hours = makeHours('Europe/Berlin', { sun: [shift('02:30', '05:00')] });
    assertInstant(nextOpening(hours, at('2026-03-28T12:00:00+01:00')), '2026-03-29T03:00:00+02:00');
    assert.equal(isOpen(hours, at('2026-03-29T01:59:59+01:00')), false);
    assert.equal(isOpen(hours, at('2026-03-29T03:00:00+02:00')), true);
    assertInstant(nextClosing(hours, at('2026-03-29T03:00:00+02:00')), '2026-03-29T05:00:00+02:00');
    assert.equal(minutesBetween(hours, '2026-03-29T00:00:00+01:00', '2026-03-30T00:00:00+02:00'), 120);
    assert.equal(minutesBetween(hours, '2026-03-22T00:00:00+01:00', '2026-03-23T00:00:00+01:00'), 150, 'a normal Sunday');
  });

  test('a shift ending in the spring-forward gap ends when the gap ends', () => {
    const hours = makeHours('Europe/Berlin', { sat: [shift('22:00', '02:30')] });
    assertInstant(nextClosing(hours, at('2026-03-28T22:00:00+01:00')), '2026-03-29T03:00:00+02:00');
    assert.equal(minutesBetween(hours, '2026-03-28T12:00:00+01:00', '2026-03-29T12:00:00+02:00'), 4 * 60);
  });

  test('a shift lying wholly in the gap does not happen that day', () => {
    const hours = makeHours('Europe/Berlin', { sun: [shift('02:00', '02:45')] });
    assert.deepEqual(openPeriods(hours, at('2026-03-29T00:00:00+01:00'), at('2026-03-30T00:00:00+02:00')), []);
    assertInstant(nextOpening(hours, at('2026-03-28T12:00:00+01:00')), '2026-04-05T02:00:00+02:00');
  });

  test('a shift starting in the repeated hour starts at its first occurrence', () => {
    // 02:00-03:00 happens twice on 25 October: first at +02:00, then at +01:00.
    const hours = makeHours('Europe/Berlin', { sun: [shift('02:30', '03:30')] });
    assertInstant(nextOpening(hours, at('2026-10-24T12:00:00+02:00')), '2026-10-25T02:30:00+02:00');
    assertInstant(nextClosing(hours, at('2026-10-25T02:30:00+02:00')), '2026-10-25T03:30:00+01:00');
    assert.equal(isOpen(hours, at('2026-10-25T02:15:00+02:00')), false);
    assert.equal(isOpen(hours, at('2026-10-25T02:15:00+01:00')), true, 'the second 02:15 is inside the shift');
    assert.equal(minutesBetween(hours, '2026-10-25T00:00:00+02:00', '2026-10-26T00:00:00+01:00'), 120);
  });

  test('a shift ending in the repeated hour ends at its first occurrence', () => {
    const hours = makeHours('Europe/Berlin', { sun: [shift('01:00', '02:30')] });
    assertInstant(nextClosing(hours, at('2026-10-25T01:00:00+02:00')), '2026-10-25T02:30:00+02:00');
    assert.equal(isOpen(hours, at('2026-10-25T02:10:00+01:00')), false, 'the second 02:10 is after closing');
    assert.equal(minutesBetween(hours, '2026-10-25T00:00:00+02:00', '2026-10-26T00:00:00+01:00'), 90);
  });

  test('a shift crossing midnight into the spring-forward night merges with one starting at 00:00', () => {
    const hours = makeHours('Europe/Berlin', { sat: [shift('22:00', '24:00')], sun: [shift('00:00', '05:00')] });
    assertInstant(nextClosing(hours, at('2026-03-28T23:00:00+01:00')), '2026-03-29T05:00:00+02:00');
    // Two hours on Saturday, then four real hours from 00:00 to 05:00.
    assert.equal(minutesBetween(hours, '2026-03-28T12:00:00+01:00', '2026-03-29T12:00:00+02:00'), 6 * 60);
  });
});

describe('America/New_York across the 2026 changes (8 Mar, 1 Nov)', () => {
  test('isOpen uses daylight time from Monday 9 March', () => {
    assert.equal(isOpen(newYorkOffice, at('2026-03-09T08:59:59-04:00')), false);
    assert.equal(isOpen(newYorkOffice, at('2026-03-09T09:00:00-04:00')), true);
    assert.equal(isOpen(newYorkOffice, at('2026-03-09T16:30:00-05:00')), false, '17:30 on the wall');
    assert.equal(isOpen(newYorkOffice, at('2026-03-06T16:30:00-05:00')), true, 'the Friday before');
  });

  test('nextOpening over the weekends of both changes', () => {
    assertInstant(nextOpening(newYorkOffice, at('2026-03-06T17:00:00-05:00')), '2026-03-09T09:00:00-04:00');
    assertInstant(nextOpening(newYorkOffice, at('2026-10-30T17:00:00-04:00')), '2026-11-02T09:00:00-05:00');
  });

  test('nextClosing', () => {
    assertInstant(nextClosing(newYorkOffice, at('2026-11-02T12:00:00-05:00')), '2026-11-02T17:00:00-05:00');
    assertInstant(nextClosing(newYorkOffice, at('2026-03-09T09:00:00-04:00')), '2026-03-09T17:00:00-04:00');
  });

  test('businessMinutesBetween over the DST weekend and a whole week', () => {
    assert.equal(minutesBetween(newYorkOffice, '2026-03-06T16:00:00-05:00', '2026-03-09T10:00:00-04:00'), 120);
    assert.equal(minutesBetween(newYorkOffice, '2026-03-02T00:00:00-05:00', '2026-03-09T00:00:00-04:00'), 2400);
    assert.equal(minutesBetween(newYorkOffice, '2026-10-26T00:00:00-04:00', '2026-11-02T00:00:00-05:00'), 2400);
  });

  test('a night shift 22:00-06:00 is 7 real hours into spring-forward and 9 into fall-back', () => {
    const nights = makeHours('America/New_York', everyDay(shift('22:00', '06:00')));
    assertInstant(nextClosing(nights, at('2026-03-07T23:00:00-05:00')), '2026-03-08T06:00:00-04:00');
    assertInstant(nextOpening(nights, at('2026-03-08T06:00:00-04:00')), '2026-03-08T22:00:00-04:00');
    assertInstant(nextClosing(nights, at('2026-11-01T01:30:00-05:00')), '2026-11-01T06:00:00-05:00');
    assert.equal(minutesBetween(nights, '2026-03-07T12:00:00-05:00', '2026-03-08T12:00:00-04:00'), 7 * 60);
    assert.equal(minutesBetween(nights, '2026-10-31T12:00:00-04:00', '2026-11-01T12:00:00-05:00'), 9 * 60);
    assert.equal(isOpen(nights, at('2026-03-08T05:59:00-04:00')), true);
    assert.equal(isOpen(nights, at('2026-03-08T05:30:00-05:00')), false, '06:30 on the wall');
  });

  test('a shift starting in the gap (02:30 on 8 March) starts at 03:00', () => {
    const hours = makeHours('America/New_York', { sun: [shift('02:30', '04:00')] });
    assertInstant(nextOpening(hours, at('2026-03-07T12:00:00-05:00')), '2026-03-08T03:00:00-04:00');
    assert.equal(minutesBetween(hours, '2026-03-08T00:00:00-05:00', '2026-03-09T00:00:00-04:00'), 60);
  });
});

describe('Australia/Sydney across the 2026 changes (5 Apr ends DST, 4 Oct starts it)', () => {
  test('isOpen uses standard time from Monday 6 April', () => {
    assert.equal(isOpen(sydneyOffice, at('2026-04-06T09:30:00+11:00')), false, '08:30 on the wall');
    assert.equal(isOpen(sydneyOffice, at('2026-04-06T09:00:00+10:00')), true);
    assert.equal(isOpen(sydneyOffice, at('2026-04-06T17:30:00+11:00')), true, '16:30 on the wall');
    assert.equal(isOpen(sydneyOffice, at('2026-04-06T17:00:00+10:00')), false);
  });

  test('nextOpening over the weekends of both changes', () => {
    assertInstant(nextOpening(sydneyOffice, at('2026-04-03T17:00:00+11:00')), '2026-04-06T09:00:00+10:00');
    assertInstant(nextOpening(sydneyOffice, at('2026-10-02T17:00:00+10:00')), '2026-10-05T09:00:00+11:00');
  });

  test('nextClosing', () => {
    assertInstant(nextClosing(sydneyOffice, at('2026-10-05T09:00:00+11:00')), '2026-10-05T17:00:00+11:00');
    assertInstant(nextClosing(sydneyOffice, at('2026-04-06T16:00:00+10:00')), '2026-04-06T17:00:00+10:00');
    assertInstant(nextClosing(sydneyOffice, at('2026-04-05T12:00:00+10:00')), null);
  });

  test('businessMinutesBetween over the DST weekend and a whole week', () => {
    assert.equal(minutesBetween(sydneyOffice, '2026-10-02T15:00:00+10:00', '2026-10-05T10:00:00+11:00'), 180);
    assert.equal(minutesBetween(sydneyOffice, '2026-03-30T00:00:00+11:00', '2026-04-06T00:00:00+10:00'), 2400);
    assert.equal(minutesBetween(sydneyOffice, '2026-09-28T00:00:00+10:00', '2026-10-05T00:00:00+11:00'), 2400);
  });

  test('a whole-day Sunday is 25 hours on 5 April and 23 on 4 October', () => {
    const sundays = makeHours('Australia/Sydney', { sun: [shift('00:00', '24:00')] });
    assert.equal(minutesBetween(sundays, '2026-04-05T00:00:00+11:00', '2026-04-06T00:00:00+10:00'), 25 * 60);
    assert.equal(minutesBetween(sundays, '2026-10-04T00:00:00+10:00', '2026-10-05T00:00:00+11:00'), 23 * 60);
  });

  test('the repeated hour (5 April) and the gap (4 October)', () => {
    const hours = makeHours('Australia/Sydney', { sun: [shift('02:30', '04:00')] });
    assertInstant(nextOpening(hours, at('2026-04-04T12:00:00+11:00')), '2026-04-05T02:30:00+11:00');
    assertInstant(nextClosing(hours, at('2026-04-05T02:30:00+11:00')), '2026-04-05T04:00:00+10:00');
    assert.equal(minutesBetween(hours, '2026-04-05T00:00:00+11:00', '2026-04-06T00:00:00+10:00'), 150);
    assertInstant(nextOpening(hours, at('2026-10-03T12:00:00+10:00')), '2026-10-04T03:00:00+11:00');
    assert.equal(minutesBetween(hours, '2026-10-04T00:00:00+10:00', '2026-10-05T00:00:00+11:00'), 60);
  });

  test('a closed date is a date on the site calendar, not in UTC', () => {
    // Labour Day 5 October begins at 2026-10-04T13:00Z.
    const hours = makeHours('Australia/Sydney', weekdays(NINE_TO_FIVE), ['2026-10-05']);
    assert.equal(isOpen(hours, at('2026-10-05T09:30:00+11:00')), false);
    assertInstant(nextOpening(hours, at('2026-10-02T17:00:00+10:00')), '2026-10-06T09:00:00+11:00');
  });
});

describe('Asia/Shanghai (no DST), Mon-Sat with a lunch break', () => {
  // Listed afternoon first on purpose: order in the configuration must not matter.
  const lunchBreak = [shift('13:00', '18:00'), shift('09:00', '12:00')];
  const shanghai = makeHours('Asia/Shanghai', { ...weekdays(...lunchBreak), sat: lunchBreak });

  test('isOpen around the lunch break', () => {
    assert.equal(isOpen(shanghai, at('2026-03-27T08:59:59+08:00')), false);
    assert.equal(isOpen(shanghai, at('2026-03-27T09:00:00+08:00')), true);
    assert.equal(isOpen(shanghai, at('2026-03-27T11:59:59+08:00')), true);
    assert.equal(isOpen(shanghai, at('2026-03-27T12:00:00+08:00')), false);
    assert.equal(isOpen(shanghai, at('2026-03-27T12:59:59+08:00')), false);
    assert.equal(isOpen(shanghai, at('2026-03-27T13:00:00+08:00')), true);
    assert.equal(isOpen(shanghai, at('2026-03-27T18:00:00+08:00')), false);
  });

  test('nextOpening after lunch, and over Sunday', () => {
    assertInstant(nextOpening(shanghai, at('2026-03-27T12:00:00+08:00')), '2026-03-27T13:00:00+08:00');
    assertInstant(nextOpening(shanghai, at('2026-03-27T07:00:00+08:00')), '2026-03-27T09:00:00+08:00');
    assertInstant(nextOpening(shanghai, at('2026-03-28T18:00:00+08:00')), '2026-03-30T09:00:00+08:00');
  });

  test('nextClosing at lunch and in the evening', () => {
    assertInstant(nextClosing(shanghai, at('2026-03-27T10:00:00+08:00')), '2026-03-27T12:00:00+08:00');
    assertInstant(nextClosing(shanghai, at('2026-03-27T13:00:00+08:00')), '2026-03-27T18:00:00+08:00');
    assertInstant(nextClosing(shanghai, at('2026-03-27T12:30:00+08:00')), null);
  });

  test('businessMinutesBetween leaves out lunch and Sunday, unmoved by Europe changing its clocks', () => {
    // Saturday 10:00-12:00 and 13:00-18:00, Monday 09:00-10:00.
    assert.equal(minutesBetween(shanghai, '2026-03-28T10:00:00+08:00', '2026-03-30T10:00:00+08:00'), 480);
    assert.equal(minutesBetween(shanghai, '2026-03-23T00:00:00+08:00', '2026-03-30T00:00:00+08:00'), 6 * 480);
    assert.equal(minutesBetween(shanghai, '2026-10-19T00:00:00+08:00', '2026-10-26T00:00:00+08:00'), 6 * 480);
    assert.deepEqual(showPeriods(openPeriods(shanghai, at('2026-03-27T10:00:00+08:00'), at('2026-03-27T14:00:00+08:00'))), [
      '2026-03-27T02:00:00.000Z..2026-03-27T04:00:00.000Z',
      '2026-03-27T05:00:00.000Z..2026-03-27T06:00:00.000Z',
    ]);
  });
});

describe('holidays', () => {
  const easter = makeHours('Europe/Berlin', weekdays(NINE_TO_FIVE), ['2026-04-03', '2026-04-06']);

  test('a holiday skips the day', () => {
    assert.equal(isOpen(easter, at('2026-04-02T10:00:00+02:00')), true);
    assert.equal(isOpen(easter, at('2026-04-03T10:00:00+02:00')), false);
    assertInstant(nextClosing(easter, at('2026-04-03T10:00:00+02:00')), null);
    assert.equal(minutesBetween(easter, '2026-03-30T00:00:00+02:00', '2026-04-06T00:00:00+02:00'), 4 * 480);
  });

  test('nextOpening jumps over a holiday, the weekend and another holiday', () => {
    assertInstant(nextOpening(easter, at('2026-04-02T17:00:00+02:00')), '2026-04-07T09:00:00+02:00');
    const holidays = ['2026-12-24', '2026-12-25', '2026-12-31', '2027-01-01'];
    const christmas = makeHours('Europe/Berlin', weekdays(NINE_TO_FIVE), holidays);
    assertInstant(nextOpening(christmas, at('2026-12-23T17:00:00+01:00')), '2026-12-28T09:00:00+01:00');
    assertInstant(nextOpening(christmas, at('2026-12-30T17:00:00+01:00')), '2027-01-04T09:00:00+01:00');
  });

  test('a shift crossing midnight into a holiday still runs; the holiday\'s own shift does not', () => {
    const nights = makeHours('Europe/Berlin', everyDay(shift('22:00', '06:00')), ['2026-12-25']);
    assert.equal(isOpen(nights, at('2026-12-25T03:00:00+01:00')), true);
    assertInstant(nextClosing(nights, at('2026-12-24T23:00:00+01:00')), '2026-12-25T06:00:00+01:00');
    assert.equal(isOpen(nights, at('2026-12-25T23:00:00+01:00')), false);
    assert.equal(isOpen(nights, at('2026-12-26T03:00:00+01:00')), false);
    assertInstant(nextOpening(nights, at('2026-12-25T06:00:00+01:00')), '2026-12-26T22:00:00+01:00');
    assert.equal(minutesBetween(nights, '2026-12-24T12:00:00+01:00', '2026-12-27T12:00:00+01:00'), 2 * 480);
  });
});

describe('shifts that cross or touch midnight', () => {
  test('22:00-06:00 runs into the next day, even into a closed day of the week', () => {
    const fridayNight = makeHours('Europe/Berlin', { fri: [shift('22:00', '06:00')] });
    assert.equal(isOpen(fridayNight, at('2026-03-27T21:59:00+01:00')), false);
    assert.equal(isOpen(fridayNight, at('2026-03-27T22:00:00+01:00')), true);
    assert.equal(isOpen(fridayNight, at('2026-03-28T05:59:00+01:00')), true);
    assert.equal(isOpen(fridayNight, at('2026-03-28T06:00:00+01:00')), false);
    assertInstant(nextClosing(fridayNight, at('2026-03-28T00:00:00+01:00')), '2026-03-28T06:00:00+01:00');
    assertInstant(nextOpening(fridayNight, at('2026-03-28T06:00:00+01:00')), '2026-04-03T22:00:00+02:00');
  });

  test('a shift ending at 24:00 and one starting at 00:00 are one period', () => {
    const hours = makeHours('Europe/Berlin', { fri: [shift('22:00', '24:00')], sat: [shift('00:00', '06:00')] });
    assert.equal(isOpen(hours, at('2026-03-28T00:00:00+01:00')), true);
    assertInstant(nextClosing(hours, at('2026-03-27T23:00:00+01:00')), '2026-03-28T06:00:00+01:00');
    assert.deepEqual(showPeriods(openPeriods(hours, at('2026-03-27T12:00:00+01:00'), at('2026-03-28T12:00:00+01:00'))), [
      '2026-03-27T21:00:00.000Z..2026-03-28T05:00:00.000Z',
    ]);
  });

  test('a shift crossing midnight overlapping one starting at 00:00 is one period, counted once', () => {
    const hours = makeHours('Europe/Berlin', { fri: [shift('20:00', '02:00')], sat: [shift('00:00', '04:00')] });
    assertInstant(nextClosing(hours, at('2026-03-27T21:00:00+01:00')), '2026-03-28T04:00:00+01:00');
    assertInstant(nextClosing(hours, at('2026-03-28T01:00:00+01:00')), '2026-03-28T04:00:00+01:00');
    assert.equal(minutesBetween(hours, '2026-03-27T12:00:00+01:00', '2026-03-28T12:00:00+01:00'), 8 * 60);
  });

  test('shifts touching after midnight (22:00-02:00 then 02:00-06:00) are one period', () => {
    const hours = makeHours('Asia/Shanghai', { mon: [shift('22:00', '02:00')], tue: [shift('02:00', '06:00')] });
    assertInstant(nextClosing(hours, at('2026-03-23T22:00:00+08:00')), '2026-03-24T06:00:00+08:00');
    assert.equal(isOpen(hours, at('2026-03-24T02:00:00+08:00')), true);
  });

  test('several shifts a day that overlap merge', () => {
    const hours = makeHours('Asia/Shanghai', {
      mon: [shift('09:00', '13:00'), shift('12:00', '17:00'), shift('17:00', '19:00')],
    });
    assertInstant(nextClosing(hours, at('2026-03-23T10:00:00+08:00')), '2026-03-23T19:00:00+08:00');
    assert.equal(minutesBetween(hours, '2026-03-23T00:00:00+08:00', '2026-03-24T00:00:00+08:00'), 10 * 60);
  });

  test('a shift whose end equals its start lasts a whole day', () => {
    const noonToNoon = makeHours('Europe/Berlin', everyDay(shift('12:00', '12:00')), ['2026-12-25']);
    assert.equal(isOpen(noonToNoon, at('2026-12-24T11:59:00+01:00')), true);
    assertInstant(nextClosing(noonToNoon, at('2026-12-24T13:00:00+01:00')), '2026-12-25T12:00:00+01:00');
    assertInstant(nextOpening(noonToNoon, at('2026-12-25T12:00:00+01:00')), '2026-12-26T12:00:00+01:00');
  });
});

describe('always open, never open, and the 366-day horizon', () => {
  const allHours = makeHours('Europe/Berlin', everyDay(shift('00:00', '24:00')));
  const never = makeHours('Europe/Berlin', {});

  test('24/7: open at any instant, including inside the DST gap, and never closing', () => {
    const instants = ['2026-03-29T01:59:59+01:00', '2026-03-29T03:00:00+02:00', '2026-10-25T02:30:00+01:00', '2026-06-01T00:00:00+02:00'];
    for (const iso of instants) {
      assert.equal(isOpen(allHours, at(iso)), true, iso);
      assertInstant(nextOpening(allHours, at(iso)), iso);
      assertInstant(nextClosing(allHours, at(iso)), null);
    }
  });

  test('24/7: business minutes are real minutes, 167 hours in the spring-forward week', () => {
    assert.equal(minutesBetween(allHours, '2026-03-23T00:00:00+01:00', '2026-03-30T00:00:00+02:00'), 167 * 60);
    assert.equal(minutesBetween(allHours, '2026-10-19T00:00:00+02:00', '2026-10-26T00:00:00+01:00'), 169 * 60);
    assert.equal(openPeriods(allHours, at('2026-03-23T00:00:00+01:00'), at('2026-04-06T00:00:00+02:00')).length, 1);
  });

  test('24/7 with a holiday closes for that date only, even after most of a year', () => {
    const exceptChristmas = makeHours('Europe/Berlin', everyDay(shift('00:00', '24:00')), ['2026-12-25']);
    assertInstant(nextClosing(exceptChristmas, at('2026-01-01T00:00:00+01:00')), '2026-12-25T00:00:00+01:00');
    assertInstant(nextOpening(exceptChristmas, at('2026-12-25T00:00:00+01:00')), '2026-12-26T00:00:00+01:00');
  });

  test('nextClosing is null when the open period runs past 366 days', () => {
    const closedAfterAYear = makeHours('Europe/Berlin', everyDay(shift('00:00', '24:00')), ['2027-01-03']);
    // 2027-01-03T00:00+01:00 is 367 days after 2026-01-01T00:00+01:00, and 366 days after 2026-01-02.
    assertInstant(nextClosing(closedAfterAYear, at('2026-01-01T00:00:00+01:00')), null);
    assertInstant(nextClosing(closedAfterAYear, at('2026-01-01T23:59:00+01:00')), null);
    assertInstant(nextClosing(closedAfterAYear, at('2026-01-02T00:00:00+01:00')), '2027-01-03T00:00:00+01:00');
  });

  test('never open: no opening, no closing, no minutes', () => {
    assert.equal(isOpen(never, at('2026-03-27T12:00:00+01:00')), false);
    assertInstant(nextOpening(never, at('2026-03-27T12:00:00+01:00')), null);
    assertInstant(nextClosing(never, at('2026-03-27T12:00:00+01:00')), null);
    assert.equal(minutesBetween(never, '2026-03-01T00:00:00+01:00', '2026-04-01T00:00:00+02:00'), 0);
  });

  test('nextOpening is null when the next opening is more than 366 days away', () => {
    // Open Mondays only, but every Monday of 2026 is closed; the next one is 2027-01-04.
    const mondays: string[] = [];
    for (let day = Date.UTC(2026, 0, 5); day <= Date.UTC(2026, 11, 28); day += 7 * DAY_MS) {
      mondays.push(new Date(day).toISOString().slice(0, 10));
    }
    assert.equal(mondays.length, 52);
    const hours = makeHours('Europe/Berlin', { mon: [NINE_TO_FIVE] }, mondays);
    assertInstant(nextOpening(hours, at('2026-01-01T00:00:00+01:00')), null);
    assertInstant(nextOpening(hours, at('2026-01-04T00:00:00+01:00')), '2027-01-04T09:00:00+01:00');
    // The boundary: exactly 366 days ahead still counts, an hour more does not.
    assertInstant(nextOpening(hours, at('2026-01-03T09:00:00+01:00')), '2027-01-04T09:00:00+01:00');
    assertInstant(nextOpening(hours, at('2026-01-03T08:00:00+01:00')), null);
  });
});

describe('businessMinutesBetween edges', () => {
  test('0 when to is at or before from', () => {
    assert.equal(minutesBetween(berlinOffice, '2026-03-27T12:00:00+01:00', '2026-03-27T12:00:00+01:00'), 0);
    assert.equal(minutesBetween(berlinOffice, '2026-03-27T13:00:00+01:00', '2026-03-27T12:00:00+01:00'), 0);
    assert.deepEqual(openPeriods(berlinOffice, at('2026-03-27T13:00:00+01:00'), at('2026-03-27T12:00:00+01:00')), []);
  });

  test('counts partial minutes inside a shift and clips at its edges', () => {
    assert.equal(minutesBetween(berlinOffice, '2026-03-27T12:00:00+01:00', '2026-03-27T12:00:30+01:00'), 0.5);
    assert.equal(minutesBetween(berlinOffice, '2026-03-27T16:45:00+01:00', '2026-03-27T18:00:00+01:00'), 15);
    assert.equal(minutesBetween(berlinOffice, '2026-03-27T07:00:00+01:00', '2026-03-27T09:10:00+01:00'), 10);
    assert.equal(minutesBetween(berlinOffice, '2026-03-27T17:00:00+01:00', '2026-03-28T23:00:00+01:00'), 0);
  });
});

describe('malformed configuration', () => {
  test('throws a RangeError naming the bad value', () => {
    const withMonday = (start: string, end: string) => makeHours('Europe/Berlin', { mon: [shift(start, end)] });
    assert.throws(() => isOpen(withMonday('9:00', '17:00'), 0), { name: 'RangeError', message: /"9:00"/ });
    assert.throws(() => isOpen(withMonday('24:00', '06:00'), 0), { name: 'RangeError', message: /"24:00"/ });
    assert.throws(() => isOpen(withMonday('09:00', '24:01'), 0), { name: 'RangeError', message: /"24:01"/ });
    assert.throws(() => isOpen(makeHours('Mars/Olympus_Mons', {}), 0), RangeError);
    assert.throws(() => businessMinutesBetween(berlinOffice, 0, Number.POSITIVE_INFINITY), RangeError);
  });
});

describe('agreement with a minute-by-minute walk', () => {
  // Every shift boundary below falls on a whole minute (gaps end on the hour), so sampling isOpen each minute
  // gives the exact answer for all four functions.
  const berlinMixed = {
    ...weekdays(shift('09:00', '12:00'), shift('13:00', '17:00')),
    sat: [shift('22:00', '02:30')],
    sun: [shift('02:30', '05:00'), shift('22:00', '24:00')],
  };
  const newYorkNights = { ...everyDay(shift('22:00', '06:00')), sun: [shift('01:30', '03:30'), shift('22:00', '06:00')] };
  const cases: { name: string; hours: BusinessHours; from: string; to: string }[] = [
    {
      name: 'Berlin, lunch breaks, night and gap shifts, a holiday, spring',
      hours: makeHours('Europe/Berlin', berlinMixed, ['2026-03-31']),
      from: '2026-03-26T00:00:00+01:00',
      to: '2026-04-02T00:00:00+02:00',
    },
    {
      name: 'Berlin, same shifts, autumn',
      hours: makeHours('Europe/Berlin', berlinMixed),
      from: '2026-10-22T00:00:00+02:00',
      to: '2026-10-29T00:00:00+01:00',
    },
    {
      name: 'New York nights, both changes',
      hours: makeHours('America/New_York', newYorkNights),
      from: '2026-03-05T00:00:00-05:00',
      to: '2026-03-11T00:00:00-04:00',
    },
    {
      name: 'New York nights, autumn',
      hours: makeHours('America/New_York', newYorkNights),
      from: '2026-10-29T00:00:00-04:00',
      to: '2026-11-04T00:00:00-05:00',
    },
    {
      name: 'Sydney office and Sunday 02:30-04:00, April',
      hours: makeHours('Australia/Sydney', { ...weekdays(NINE_TO_FIVE), sun: [shift('02:30', '04:00')] }),
      from: '2026-04-02T00:00:00+11:00',
      to: '2026-04-08T00:00:00+10:00',
    },
    {
      name: 'Sydney office and Sunday 02:30-04:00, October',
      hours: makeHours('Australia/Sydney', { ...weekdays(NINE_TO_FIVE), sun: [shift('02:30', '04:00')] }),
      from: '2026-10-01T00:00:00+10:00',
      to: '2026-10-07T00:00:00+11:00',
    },
  ];

  for (const { name, hours, from, to } of cases) {
    test(name, () => {
      const start = at(from);
      const instants: number[] = [];
      for (let t = start; t < at(to); t += MINUTE_MS) instants.push(t);
      const open = instants.map((t) => isOpen(hours, t));
      const openMinutes = open.filter(Boolean).length;
      assert.ok(openMinutes > 0);
      assert.equal(businessMinutesBetween(hours, start, at(to)), openMinutes);
      const periods = openPeriods(hours, start, at(to));
      assert.equal(periods.reduce((sum, p) => sum + (p.end - p.start), 0) / MINUTE_MS, openMinutes);
      // Merged periods never touch, and each starts where the walk turns from closed to open.
      for (const [i, period] of periods.entries()) {
        if (i > 0) assert.ok(period.start > periods[i - 1]!.end);
        assert.equal(open[(period.start - start) / MINUTE_MS], true);
        if (period.start > start) assert.equal(open[(period.start - start) / MINUTE_MS - 1], false);
      }

      // Walk backwards, remembering the next open and the next closed minute.
      let nextOpenIndex: number | undefined;
      let nextClosedIndex: number | undefined;
      for (let i = instants.length - 1; i >= 0; i--) {
        const t = instants[i]!;
        if (open[i]) {
          nextOpenIndex = i;
          assertInstant(nextOpening(hours, t), show(t), `nextOpening at ${show(t)}`);
          if (nextClosedIndex !== undefined) {
            assert.equal(show(nextClosing(hours, t)), show(instants[nextClosedIndex]!), `nextClosing at ${show(t)}`);
          }
        } else {
          nextClosedIndex = i;
          assert.equal(nextClosing(hours, t), null, `nextClosing at ${show(t)}`);
          if (nextOpenIndex !== undefined) {
            assert.equal(show(nextOpening(hours, t)), show(instants[nextOpenIndex]!), `nextOpening at ${show(t)}`);
          }
        }
      }
    });
  }
});
