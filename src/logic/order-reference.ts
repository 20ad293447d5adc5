/** Finds an order number and an e-mail address in what a shopper wrote ("#NL-10042, anna@example.com"). */
import { MAX_EMAIL_LENGTH } from '../protocol/limits.js';
import { normalizeEmail } from './contact.js';
import { toAsciiDigits } from './text.js';

export interface OrderReference {
  readonly orderNumber: string | null;
  readonly email: string | null;
}

// The local part is kept to ASCII so an address typed straight after Chinese or Japanese text is found.
const EMAIL = /[A-Za-z0-9._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}\p{N}-]*[\p{L}\p{N}]/u;
// Order numbers: 4 to 24 letters, digits and dashes with at least 3 digits, standing alone (any script may
// touch them: "注文番号は12345です").
const CANDIDATE = /(?<![A-Za-z0-9@.+-])([A-Za-z0-9][A-Za-z0-9-]{2,22}[A-Za-z0-9])(?![A-Za-z0-9@-])/gu;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function findOrderReference(text: string): OrderReference {
  // Full-width digits and letters (Japanese and Chinese input) and Arabic-Indic and Persian digits become
  // plain ones: merchants' systems know order numbers in ASCII.
  const plain = toAsciiDigits(text.normalize('NFKC'));
  const emailMatch = EMAIL.exec(plain);
  const email = emailMatch && emailMatch[0].length <= MAX_EMAIL_LENGTH ? normalizeEmail(emailMatch[0]) : null;
  const rest = emailMatch ? plain.replace(emailMatch[0], ' ') : plain;
  let orderNumber: string | null = null;
  for (const [, candidate] of rest.matchAll(CANDIDATE)) {
    if (candidate && !DATE.test(candidate) && (candidate.match(/\d/g)?.length ?? 0) >= 3) {
      orderNumber = candidate.toUpperCase();
      break;
    }
  }
  return { orderNumber, email };
}
