/**
 * The shape of a language's triage rules. The rules are data: lists of cues (words, stems, phrases) grouped by
 * the signal they stand for. The engine in `../triage.ts` combines the signals into labels.
 *
 * How a cue is written:
 * - `match: 'words'` (languages written with spaces): a cue is one or more words, compared with whole words of
 *   the folded message (lower case, no accents). `broke*` matches any word that starts with `broke`, `*paket`
 *   any word that ends with `paket`, `*paket*` any word that contains it. `...` stands for up to three
 *   words of the same clause: `talk to ... human*` matches "talk to a real human", not "talk to me. Human".
 * - `match: 'chars'` (Chinese, Japanese, Thai, Korean): a cue is a piece of text found anywhere in the
 *   message; a space in a cue allows optional spaces, `...` allows up to 12 characters.
 * Write cues with their normal spelling (accents, capitals): they are folded like the messages.
 */

/** What a cue says about the message. */
export const SIGNALS = [
  // --- defects (priority high) ---
  /** Physical damage on arrival or in use: broken, cracked, torn, scratched, leaking, bent. */
  'damage',
  /** Malfunction: stopped working, will not turn on, will not charge, flickers, restarts by itself, faulty. */
  'defect',
  /** Wrong or incomplete item: wrong size or colour, "S instead of M", used, fake, parts missing. */
  'wrongItem',
  /** "I ordered", "I asked for", "pedí": with `received` after it, a wrong item unless late or welcome. */
  'ordered',
  /** What came: "got", "received", "you sent", "me llegó". */
  'received',
  /** A whole item missing from a delivered order ("only 2 of 3 arrived"): shipping, high. */
  'missingItem',
  /** A safety concern: smoke, burning smell, sparks, overheating, electric shock. */
  'safety',
  /** "Error", "Fehler", "エラー": a defect when the message also has an error code ("E21"). */
  'errorWord',
  /** Looks like a defect but is not one ("not broken but", "the tracking number does not work"). */
  'notDefect',
  /** The packaging (box) was damaged: a mild complaint unless the item is damaged too. */
  'packaging',

  // --- tone ---
  /** Threat: chargeback, card dispute, bad review, lawyer, police, consumer agency (complaint, high). */
  'threat',
  /** Clearly angry: worst, ridiculous, scam, shame on you, insults, swearing (high). */
  'anger',
  /** Sarcasm ("oh great", "love that for me", "thanks for nothing", 🙄) (high). */
  'sarcasm',
  /** Mild dissatisfaction: disappointed, not like the photos, rude staff, nobody answers, price dropped. */
  'disappointed',
  /** Frustration with the bot ("the bot does not understand"): negative, but not a complaint by itself. */
  'botFrustration',
  /** Other words that make a message negative without a topic (unfortunately, problem, sad). */
  'negative',

  // --- topics ---
  /** Return, refund, exchange, repair, warranty, replacement, cancelling an order, double charge. */
  'returns',
  /** Asking to be sent a new item or a part: counts as returns only when something is broken or wrong. */
  'replacement',
  /** Saying no return, refund or replacement is wanted ("no need to refund, just so you know"). */
  'noReturn',
  /** Shipping: where is my order, tracking, delivery, courier, customs, shipping costs, address. */
  'shipping',
  /** The shopper's own order or parcel ("my order", a tracking number): asked after buying, not before. */
  'myOrder',
  /** The shipment is late or stuck: not arrived yet, still waiting, no tracking update (shipping, negative). */
  'delay',
  /** "Still" ("my parcel is still in transit"): with a shipping word, a wait. */
  'still',
  /** The parcel is lost, destroyed, or marked delivered but never received (shipping, high). */
  'lost',
  /** The tracking says delivered ("marked as delivered", "zugestellt"): lost when nothing came (`delay`). */
  'delivered',
  /** "Delivered" as a bare word ("livré", "bezorgd"): like `delivered`, but only in a message that asks nothing. */
  'deliveredWord',
  /** Changing the delivery address or pickup point (shipping): not an exchange, not a wrong item. */
  'addressChange',
  /** A delivery that already arrived, late ("it took 3 weeks"): a complaint, not a shipping question. */
  'lateArrival',
  /** A wait of about a month or more said in words ("over a month"); numbers are read from `waitUnits`. */
  'longWait',
  /** Product questions: how to use, set up, pair, compatible, fits, size, manual, battery, material. */
  'product',
  /** A device that works but will not connect or pair (product, medium, negative). */
  'connectIssue',
  /** Asking how to fix a problem, or whether it is normal or safe (with a defect: product). */
  'askFix',
  /** Troubleshooting already tried (reset, another cable): the shopper wants a fix (product). */
  'tried',
  /** Asking how to repair or fix it ("how do I fix it", "直し方", "cách khắc phục"): a fault is implied (high). */
  'repair',
  /** Admin requests: invoice, account, unsubscribe, password, data deletion (other, medium). */
  'admin',
  /** Questions about the store itself: physical shop, hiring, discount codes, payment methods (other, low). */
  'storeInfo',
  /** Suggestions ("you should add", "it would be nice if") (other, low, neutral). */
  'suggestion',
  /** Thanks. */
  'thanks',
  /** Praise and compliments. */
  'praise',
  /** Praise of the service or its speed ("great service", "so fast", 👏): sarcasm next to a delay or silence. */
  'servicePraise',
  /** Greetings. */
  'greeting',
  /** Question words and particles, for shoppers who leave out the question mark. */
  'question',

  // --- handoff ---
  /** An explicit request for a human, agent, operator, manager or supervisor. */
  'human',
  /**
   * A person to talk to (agent, operator, manager): a request when the message is a few words long, or next to
   * an `ask`.
   */
  'person',
  /**
   * Asking for something ("can", "I want", "please", "give me", "connect"): with a `person` close by in the same
   * clause, in either order, a request for one ("can an agent check", "担当者に確認してもらえますか").
   */
  'ask',
  /**
   * Saying a human is not needed ("no need for an agent"), or asking whether one is there ("is this a bot or
   * a real person?"): cancels `human` and `person` in its clause.
   */
  'noHuman',
  /**
   * "I don't want", "no need", "ไม่ต้อง": in the clause of a `person` and an `ask`, the person is not asked for
   * ("je ne veux pas parler à un agent"). Lists in `not-needed.ts`.
   */
  'notNeeded',
] as const;
export type Signal = (typeof SIGNALS)[number];

/** Writing systems, to choose which languages' rules read a message. */
export const SCRIPTS = ['Latin', 'Cyrillic', 'Arabic', 'Hebrew', 'Han', 'Kana', 'Hangul', 'Thai'] as const;
export type Script = (typeof SCRIPTS)[number];

/** Words for time units, to read waits such as "6 weeks" or "40 días" (stems: `week` matches `weeks`). */
export interface WaitUnits {
  readonly day?: readonly string[];
  readonly week?: readonly string[];
  readonly month?: readonly string[];
}

export interface TriageRules {
  /** BCP 47 tag. */
  readonly lang: string;
  readonly scripts: readonly Script[];
  /**
   * Letters only this language uses. When given, its rules read a message only if it has one of them or
   * the hint names the language: Vietnamese cues folded without tones ("vấn đề" → "van de") would
   * otherwise be found in Dutch, Italian or Portuguese ("si", "nao").
   */
  readonly letters?: RegExp;
  /**
   * Common words of the language (articles, pronouns, particles), to tell it from other languages written in
   * the same script. Only needed where several of our languages share a script.
   */
  readonly markers?: readonly string[];
  /** Scripts that show a message is in another language (kana: Japanese, not Chinese), unless hinted. */
  readonly notWith?: readonly Script[];
  readonly match: 'words' | 'chars';
  /**
   * Words mode: what an apostrophe does. `join` (English "don't" → "dont") or `split` (French "l'avis" →
   * "l avis", so `avis` matches).
   */
  readonly apostrophe?: 'join' | 'split';
  /**
   * Chars mode: a short cue (up to 4 characters) must start and end where `Intl.Segmenter` puts word
   * boundaries, so that it is not found inside a longer word (Thai งอ "bent" in ของ "thing", เสีย "broken"
   * in เสียง "sound"). A `*` at the end (or start) of a cue lets it run into the rest of a word (`แตก*`).
   * Longer cues are found anywhere: the segmenter does not know every informal word (แบต "battery").
   */
  readonly wordBounded?: boolean;
  /** Chars mode: a space ends a clause, as Thai writes sentences and clauses without marks. */
  readonly spaceEndsClause?: boolean;
  /** Words mode: clitics that may be glued to the front of any cue word (Arabic و ال ب, Hebrew ה ו ב ל). */
  readonly prefixes?: readonly string[];
  readonly cues: Partial<Record<Signal, readonly string[]>>;
  readonly waitUnits?: WaitUnits;
  /** Number words that can come before a unit ("six weeks"); digits are always read. */
  readonly numbers?: Readonly<Record<string, number>>;
}
