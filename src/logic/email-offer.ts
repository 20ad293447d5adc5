import type { WaitEstimate } from '../protocol/wait.js';

/** From this many minutes at the top of the range, a shopper is offered to leave an e-mail address and go. */
export const OFFER_EMAIL_FROM_MINUTES = 30;

/** After hours, or when the wait is long, the shopper may leave an address instead of waiting. */
export const shouldOfferEmail = (estimate: WaitEstimate | null): boolean =>
  estimate !== null && (estimate.kind === 'closed' || estimate.highMinutes >= OFFER_EMAIL_FROM_MINUTES);
