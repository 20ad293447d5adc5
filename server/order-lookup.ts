import { parseOrderCard, type OrderCard } from '../src/protocol/handoff.js';
import { ORDER_LOOKUP_ATTEMPTS, ORDER_LOOKUP_TIMEOUT_MS } from '../src/protocol/limits.js';

export type OrderLookupResult =
  | { readonly kind: 'found'; readonly order: OrderCard }
  | { readonly kind: 'not-found' }
  /** Timed out, unreachable, or an answer we cannot read, on every attempt. */
  | { readonly kind: 'failed' };

/**
 * Asks the merchant's endpoint (docs/site-config.md, `orderLookupUrl`) for an order. A 404 is an answer
 * ("no such order"); a timeout, a network error, a 5xx or an unreadable body is retried once.
 */
export async function lookUpOrder(url: string, orderNumber: string, email: string): Promise<OrderLookupResult> {
  for (let attempt = 1; attempt <= ORDER_LOOKUP_ATTEMPTS; attempt++) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ orderNumber, email }),
        signal: AbortSignal.timeout(ORDER_LOOKUP_TIMEOUT_MS),
      });
      if (response.status === 404) return { kind: 'not-found' };
      const order = response.ok ? parseOrderCard(await response.json()) : null;
      if (order) return { kind: 'found', order };
      console.error(`[order-lookup] attempt ${attempt}: the endpoint answered ${response.status} without a readable order`);
    } catch (error) {
      console.error(`[order-lookup] attempt ${attempt} failed`, error);
    }
  }
  return { kind: 'failed' };
}
