import { msg, str } from '@lit/localize';
import { formatClock, formatCount, formatMinutes, formatMinutesRange, formatRelative } from '../../src/i18n/format.js';
import type { Availability, WaitEstimate } from '../../src/protocol/wait.js';

// The room sends the wait as facts; these word them in the shopper's language, clock and time zone.
// Call from `render()` only.

/** How long until a person answers: a range, or when the team opens. */
export function waitText(estimate: WaitEstimate, locale: string, now: number): string {
  switch (estimate.kind) {
    case 'open':
      if (estimate.basis === 'target') {
        // Too little history: the site's target, and no more precise than that.
        const within = formatMinutes(estimate.highMinutes, locale);
        return msg(str`A person will answer within ${within}.`, { desc: 'Expected wait when only the team target is known; ${0} is a duration like "4 hours"' });
      }
      if (estimate.highMinutes <= 1) return msg('A person usually answers within a minute.', { desc: 'Expected wait: under a minute' });
      const range = formatMinutesRange(estimate.lowMinutes, estimate.highMinutes, locale);
      return msg(str`A person usually answers in ${range}.`, { desc: 'Expected wait measured from recent answers; ${0} is a range like "4–12 minutes"' });
    case 'closed': {
      const theirs = formatClock(estimate.opensAt, now, locale, estimate.timeZone);
      const yours = formatClock(estimate.opensAt, now, locale);
      const relative = formatRelative(estimate.opensAt, now, locale);
      return theirs === yours
        ? msg(str`We are closed now. A person will answer after we open at ${theirs}, ${relative}.`, {
            desc: 'After hours, team and shopper in the same time zone; ${0} a clock time, ${1} like "in 7 hours"',
          })
        : msg(str`We are closed now. A person will answer after we open at ${theirs} our time (${yours} your time), ${relative}.`, {
            desc: "After hours; ${0} the opening time in the team's zone, ${1} the same instant in the shopper's, ${2} like \"in 7 hours\"",
          });
    }
  }
}

/** The shopper's place in the queue. */
export function aheadText(ahead: number, locale: string): string {
  if (ahead === 0) return msg('You are next.', { desc: 'Queue position: nobody is waiting before the shopper' });
  if (ahead === 1) return msg('One conversation is ahead of yours.', { desc: 'Queue position: one conversation first' });
  const count = formatCount(ahead, locale);
  // "Label: number" needs no plural forms, which differ by language (Arabic has six).
  return msg(str`Conversations ahead of yours: ${count}`, { desc: 'Queue position: ${0} (2 or more) conversations first' });
}

/** The team's availability, for the header. */
export function availabilityText(availability: Availability, locale: string, now: number): string {
  if (!availability.open) {
    if (availability.changesAt === null) return msg('Closed', { desc: 'Team availability: closed, no opening time known' });
    const opens = formatClock(availability.changesAt, now, locale);
    return msg(str`Closed · opens ${opens}`, { desc: "Team availability in the header; ${0} the opening time in the shopper's time zone" });
  }
  return availability.agentsOnline > 0
    ? msg('Online', { desc: 'Team availability: someone is online now' })
    : msg('Open · the team is busy', { desc: 'Team availability: open hours, but nobody is online right now' });
}
