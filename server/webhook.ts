/** Env var with the key that signs webhook bodies; the merchant's endpoint verifies with the same key. */
export const WEBHOOK_SECRET_VAR = 'WEBHOOK_SECRET';

/** Header carrying `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` (a timestamp defeats replays). */
export const SIGNATURE_HEADER = 'x-cs-signature';

const WEBHOOK_TIMEOUT_MS = 5000;
const WEBHOOK_ATTEMPTS = 2;

export async function signWebhookBody(secret: string, body: string, timestampSeconds: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`${timestampSeconds}.${body}`));
  const hex = [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `t=${timestampSeconds},v1=${hex}`;
}

/** POSTs a signed JSON event to the merchant; one retry. Resolves to whether the merchant took it (2xx). */
export async function callWebhook(url: string, secret: string, event: Record<string, unknown>): Promise<boolean> {
  const body = JSON.stringify(event);
  for (let attempt = 1; attempt <= WEBHOOK_ATTEMPTS; attempt++) {
    try {
      const signature = await signWebhookBody(secret, body, Math.floor(Date.now() / 1000));
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signature },
        body,
        signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
      });
      if (response.ok) return true;
      console.error(`[webhook] ${url} answered ${response.status} (attempt ${attempt})`);
    } catch (error) {
      console.error(`[webhook] ${url} failed (attempt ${attempt})`, error);
    }
  }
  return false;
}
