/**
 * Triage of a shopper's message: what they want (category), how urgent it is (priority), their mood
 * (sentiment) and whether they asked for a person (wantsHuman). The labels follow the definitions in
 * eval/README.md. The words live in `triage-rules/<lang>.ts`; this file only combines signals.
 *
 * A message is read with the rules of every language written in its scripts (plus the `lang` hint), because
 * a shopper may write in another language than the page's, and a wrong hint must not blind the triage.
 */
import { CATEGORIES, SENTIMENTS, type Category, type Sentiment } from '../protocol/handoff.js';
import { PRIORITIES, type Priority } from '../protocol/wait.js';
import { foldText, toAsciiDigits, wordsOf } from './text.js';
import { COMMON_RULES, RULES } from './triage-rules/index.js';
import type { Script, Signal, TriageRules } from './triage-rules/types.js';

// The label values (shared with the handoff summary on the wire), re-exported for users of the triage.
export { CATEGORIES, PRIORITIES, SENTIMENTS, type Category, type Priority, type Sentiment };

export interface Triage {
  readonly category: Category;
  readonly priority: Priority;
  readonly sentiment: Sentiment;
  readonly wantsHuman: boolean;
}

// A signal's matches are dropped where they overlap a match of one of these ("not broken" hides "broken").
const MASKED_BY: Partial<Record<Signal, readonly Signal[]>> = {
  // Thai ขาด is "torn" but also "lacking" (ขาดไปหนึ่งชิ้น "one piece short")
  damage: ['notDefect', 'packaging', 'missingItem'],
  defect: ['notDefect', 'connectIssue'],
  suggestion: ['askFix'],
  // "smoke detector" is a product, not smoke
  safety: ['notDefect'],
  // "fix my address", "reparar el pedido" are not repairs
  repair: ['notDefect', 'addressChange', 'admin'],
  human: ['noHuman'],
  person: ['noHuman'],
  ask: ['noHuman'],
  // "connect me with an agent" asks for a person, not how to connect a device; "is this a bot?" asks nothing
  // about a product
  product: ['human', 'noHuman'],
  connectIssue: ['human', 'botFrustration'],
  praise: ['sarcasm'],
  thanks: ['sarcasm'],
  // "no need to refund, just so you know", "cancel the newsletter", "change the delivery address"
  // "how do I fix it myself" is not "please repair it"
  returns: ['noReturn', 'admin', 'addressChange', 'askFix', 'repair'],
  replacement: ['noReturn'],
  wrongItem: ['notDefect', 'addressChange'],
  negative: ['notDefect'],
  // "waiting for an answer" is about the service, not about a parcel
  delay: ['disappointed', 'defect'],
  // "the chat bot is no help" is not a fix already tried
  tried: ['botFrustration'],
};

// ------------------------------------------------------------------------------------------ compiled rules

/**
 * One cue: the literal pieces no match can do without, tested first with `includes` (most cues are ruled
 * out that way), and its pattern, compiled the first time the pieces are all there. One alternation per
 * signal instead took ~5 ms a message and ~1 s to compile on the first one.
 */
interface Cue {
  /** The cue as written in the rules, to explain a reading. */
  readonly text: string;
  readonly literals: readonly string[];
  readonly source: string;
  /** Word-bounded chars mode: a short cue must be a whole word, except where `*` allows more letters. */
  readonly wordBounded: boolean;
  readonly inWord: { readonly start: boolean; readonly end: boolean };
  regex?: RegExp;
}

interface Compiled {
  readonly rules: TriageRules;
  /** Prepared the first time a message is read in this language (most isolates see a few languages). */
  cues?: ReadonlyMap<Signal, readonly Cue[]>;
  readonly wait: RegExp | null;
  /** The language's common words, folded. */
  readonly markers: readonly string[];
}

/** Word-bounded languages: cues this long or shorter must be whole words; longer ones are specific enough. */
const SHORT_CUE = 4;

/** Currency words and signs, folded, that can stand between a number and a time unit ("40 ש״ח יום"). */
const CURRENCIES = new Set(['ש״ח', 'שח', 'שקל', 'שקלים', 'tl', 'lira', 'eur', 'euro', 'euros', 'usd', 'dollar', 'dollars', 'reais', 'real', 'zl', 'zloty', 'zlotych', 'rub', 'руб', 'рублей', 'рубля', 'rb', 'ribu', 'rupiah', 'baht', 'บาท', 'dong', 'k', 'تومان', 'تومن', 'ريال', 'درهم', 'دينار', 'جنيه', '円', '元', '块', '块钱', '원'].map((word) => fold(word)));

/** Counts of items above this are sizes (EU shoes) or quantities nobody miscounts. */
const MAX_ITEM_COUNT = 20;

/** A number of days, weeks or months at least this big is an order number, not a wait. */
const MAX_WAIT_AMOUNT = 1000;

/** A device's error code: a letter or two and a few digits ("E21", "F05", "EH-3", "E:01"), or digits and a letter. */
const ERROR_CODE = /(?<![\p{L}\d])(?:\p{Lu}{1,2}[-:]?\d{1,3}|\d{1,2}\p{Lu})(?![\p{L}\d])/u;

/** An order or tracking number: four digits or more. */
const ORDER_NUMBER = /\d{4,}/;

/**
 * A few words in quotes: next to thanks or praise, sarcasm ('thanks for the "fast" delivery', "真是"高效"啊").
 * The quotes stand apart from letters, so that the apostrophes of "it's" and "I'm" are not read as quotes.
 */
const SCARE_QUOTES = /(?<![\p{L}\p{N}])["'“”„«「‘][^"'“”„«»「」‘’\n]{1,25}["'“”»」’](?![\p{L}\p{N}])/u;

/** At most this many words, a message naming a person (agent, operator) asks for one. */
const SHORT_REQUEST = 5;

/**
 * Where a clause ends: a sentence mark, a comma, a line break. A full stop or comma counts unless a digit
 * follows, so that "3.5" and "1,5" stay numbers (folding turns "，" and "。" into "," and ".").
 */
const CLAUSE_END = /[.,](?!\d)|[!?;。，、！？；؟،\n]/u;

/** In words mode, the clauses are joined by this word, which no cue's `...` gap crosses. */
const CLAUSE_BREAK = '|';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Folding shared by messages and cues: ASCII digits for Arabic and Persian ones, one apostrophe. */
function fold(text: string): string {
  return toAsciiDigits(foldText(text))
    .replace(/[’‘ʼ`´]/g, "'")
    // Letters that do not lose their stroke in Unicode folding but that shoppers often type without it.
    .replace(/[łđø]/g, (letter) => ({ ł: 'l', đ: 'd', ø: 'o' })[letter] ?? letter)
    // Hebrew abbreviations typed with an ASCII quote (ש"ח, מע"מ) as with their own mark (ש״ח).
    .replace(/(\p{Script=Hebrew})"(\p{Script=Hebrew})/gu, '$1״$2');
}

function applyApostrophe(text: string, rules: TriageRules): string {
  return text.replace(/'/g, rules.apostrophe === 'split' ? ' ' : '');
}

/** A words-mode cue's tokens: words, `*`-marked stems and `...` gaps. */
const wordsTokens = (cue: string, rules: TriageRules): string[] =>
  applyApostrophe(fold(cue), rules)
    .replace(/[-‐.,!?;:"«»()]+/g, (marks) => (marks === '...' ? marks : ' '))
    .split(' ')
    .filter(Boolean);

/** A chars-mode cue's tokens: pieces of text and `...` gaps. */
const charsTokens = (cue: string): string[] => fold(cue).replace(/\*/g, '').split(' ').filter(Boolean);

/** A words-mode cue as a regular expression over ` word word word ` (one space around every word). */
function wordsPattern(tokens: readonly string[], rules: TriageRules): string {
  const clitics = rules.prefixes?.length ? `(?:${rules.prefixes.map((p) => escape(fold(p))).join('|')})?` : '';
  let pattern = '(?<= )';
  for (const token of tokens) {
    if (token === '...') {
      pattern += `(?:[^ ${CLAUSE_BREAK}]+ ){0,3}`;
      continue;
    }
    const body = escape(token.replace(/^\*|\*$/g, ''));
    const start = token.startsWith('*') ? '[^ ]*' : clitics;
    const end = token.endsWith('*') ? '[^ ]*' : '';
    pattern += `${start}${body}${end} `;
  }
  // The last space is looked at, not taken, so that the next cue can start there.
  return `${pattern.replace(/ $/, '')}(?= )`;
}

/** A chars-mode cue: a piece of text; spaces are optional, `...` is up to 12 characters. */
function charsPattern(tokens: readonly string[]): string {
  return tokens.map((token) => (token === '...' ? '.{0,12}?' : escape(token))).join('\\s*');
}

function waitPattern(rules: TriageRules): RegExp | null {
  const units = rules.waitUnits;
  if (!units) return null;
  const number = ['\\d+(?:[.,]\\d+)?', ...Object.keys(rules.numbers ?? {}).map((word) => escape(fold(word)))].join('|');
  // `week*` is a stem (weeks, weekow); `mes` is the exact word (not "messages").
  const word = (unit: string) =>
    rules.match === 'words' && unit.endsWith('*') ? `${escape(fold(unit.slice(0, -1)))}[^ ]*` : escape(fold(unit));
  const group = (name: string, units: readonly string[] | undefined) =>
    units?.length ? `(?<${name}>${units.map(word).join('|')})` : null;
  const unit = [group('day', units.day), group('week', units.week), group('month', units.month)]
    .filter(Boolean)
    .join('|');
  // Words: "6 weeks", "seit 6 wochen", "40 gundur"; chars: "3周", "10日".
  const source =
    rules.match === 'words'
      ? `(?<= )(?<n>${number}) (?:(?<gap>[^ ]+) )?(?:${unit})(?= )`
      : `(?<n>${number})\\s*(?:${unit})`;
  return new RegExp(source, 'gu');
}

function compile(rules: TriageRules): Compiled {
  return { rules, wait: waitPattern(rules), markers: (rules.markers ?? []).map(fold) };
}

function cuesOf(one: Compiled): ReadonlyMap<Signal, readonly Cue[]> {
  const { rules } = one;
  if (one.cues) return one.cues;
  const cues = new Map<Signal, Cue[]>();
  for (const [signal, list] of Object.entries(rules.cues) as [Signal, readonly string[]][]) {
    if (list.length === 0) continue;
    const compiledCues = list.map((cue): Cue => {
      const tokens = rules.match === 'words' ? wordsTokens(cue, rules) : charsTokens(cue);
      const literals = tokens.filter((t) => t !== '...').map((t) => t.replace(/^\*|\*$/g, ''));
      return { text: cue, wordBounded: !!rules.wordBounded && literals.join('').length <= SHORT_CUE, inWord: { start: cue.startsWith('*'), end: cue.endsWith('*') }, literals, source: rules.match === 'words' ? wordsPattern(tokens, rules) : charsPattern(tokens) };
    });
    cues.set(signal, compiledCues);
  }
  return (one.cues = cues);
}

let compiled: { readonly byLang: ReadonlyMap<string, Compiled>; readonly common: Compiled } | null = null;

function compiledRules() {
  compiled ??= {
    byLang: new Map(RULES.map((rules) => [rules.lang, compile(rules)])),
    common: compile(COMMON_RULES),
  };
  return compiled;
}

// ------------------------------------------------------------------------------------------ which languages

const SCRIPT_TESTS: Readonly<Record<Script, RegExp>> = {
  Latin: /\p{Script=Latin}/u,
  Cyrillic: /\p{Script=Cyrillic}/u,
  Arabic: /\p{Script=Arabic}/u,
  Hebrew: /\p{Script=Hebrew}/u,
  Han: /\p{Script=Han}/u,
  Kana: /[\p{Script=Hiragana}\p{Script=Katakana}]/u,
  Hangul: /\p{Script=Hangul}/u,
  Thai: /\p{Script=Thai}/u,
};

/** The language of our rules a BCP 47 tag points at ("pt" → pt-BR, "zh-CN" → zh-Hans), or null. */
export function rulesLanguage(tag: string | undefined): string | null {
  if (!tag) return null;
  const wanted = tag.trim().replace(/_/g, '-').toLowerCase();
  const base = wanted.split('-')[0] ?? '';
  // Old codes still sent by some browsers.
  const aliases: Readonly<Record<string, string>> = { iw: 'he', in: 'id' };
  let found: string | null = null;
  for (const { rules } of compiledRules().byLang.values()) {
    const lang = rules.lang.toLowerCase();
    if (lang === wanted) return rules.lang;
    if (lang.split('-')[0] === base) found ??= rules.lang;
  }
  if (found) return found;
  return aliases[base] ?? null;
}

/**
 * The languages whose rules read a message. Languages of the message's scripts are candidates; those that
 * share a script are told apart by their common words (`markers`), so that Italian "mi" is not read as the
 * Turkish question particle, nor English "was" as German "what". The hinted language always reads; another
 * candidate reads too when the message has more of its common words (a Spanish message on an English page).
 * Without a hint, the candidates with the most common words read (all of them when none has any).
 */
function languagesFor(text: string, folded: string, hint: string | undefined): Compiled[] {
  const { byLang } = compiledRules();
  const present = new Set<Script>((Object.keys(SCRIPT_TESTS) as Script[]).filter((s) => SCRIPT_TESTS[s].test(text)));
  const candidates = [...byLang.values()].filter(
    ({ rules }) =>
      rules.scripts.some((script) => present.has(script)) &&
      !rules.notWith?.some((script) => present.has(script)) &&
      (!rules.letters || rules.letters.test(text)),
  );
  const hinted = byLang.get(rulesLanguage(hint) ?? '');
  const words = new Set(wordsOf(folded));
  const score = (one: Compiled) => one.markers.filter((word) => words.has(word)).length;
  const best = Math.max(0, ...candidates.map(score));
  // Another language must beat the hinted one; without a hint (or one in another script), the best ones read.
  // A hinted language written in the message's script keeps the bar even when its letters are missing
  // (Vietnamese typed without tones).
  const hintedScript = hinted?.rules.scripts.some((script) => present.has(script));
  const bar = hinted && hintedScript ? score(hinted) + 1 : best;
  const chosen = candidates.filter((one) => one === hinted || one.markers.length === 0 || score(one) >= bar);
  if (hinted && !chosen.includes(hinted)) chosen.push(hinted);
  return chosen;
}

// ------------------------------------------------------------------------------------------ signals

type Span = readonly [start: number, end: number, cue: string];

interface Reading {
  readonly counts: Map<Signal, number>;
  longWait: boolean;
  /** A product cue that is more than a question's wording ("battery", not "how can I"). */
  productTopic: boolean;
  /** "I ordered …" followed by "… came / you sent …". */
  orderedThenReceived: boolean;
  /** A number of days, weeks or months ("3 weeks"). */
  waitMentioned: boolean;
  /** A `person` and an `ask` close together in one clause ("can an agent check", "麻烦人工看一下"). */
  asksForPerson: boolean;
  /** When explaining: `signal(cue)` for every match kept. */
  readonly trace?: string[];
}

/** Where a signal's cues match, left to right, without overlaps (as one alternation would find them). */
function spansOf(cues: readonly Cue[], text: string, boundaries: ReadonlySet<number> | null): Span[] {
  const spans: Span[] = [];
  for (const cue of cues) {
    if (!cue.literals.every((literal) => text.includes(literal))) continue;
    cue.regex ??= new RegExp(cue.source, 'gu');
    for (const match of text.matchAll(cue.regex)) {
      const end = match.index + Math.max(1, match[0].length);
      const cutsWord = cue.wordBounded && boundaries && ((!cue.inWord.start && !boundaries.has(match.index)) || (!cue.inWord.end && !boundaries.has(end)));
      if (cutsWord) continue;
      spans.push([match.index, end, cue.text]);
    }
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const kept: Span[] = [];
  for (const span of spans) if (span[0] >= (kept.at(-1)?.[1] ?? 0)) kept.push(span);
  return kept;
}

const segmenters = new Map<string, Intl.Segmenter>();

/** Where words start and end in a text written without spaces (Thai), by `Intl.Segmenter`. */
function wordBoundaries(text: string, lang: string): Set<number> {
  let segmenter = segmenters.get(lang);
  if (!segmenter) segmenters.set(lang, (segmenter = new Intl.Segmenter(lang, { granularity: 'word' })));
  const boundaries = new Set<number>([text.length]);
  for (const { index } of segmenter.segment(text)) boundaries.add(index);
  return boundaries;
}

/** The text a language's cues are matched against. */
function prepare(folded: string, { rules }: Compiled): string {
  if (rules.match === 'chars') return folded;
  const clauses = applyApostrophe(folded, rules)
    .split(CLAUSE_END)
    .map((clause) => wordsOf(clause, rules.lang).join(' '))
    .filter(Boolean);
  return ` ${clauses.join(` ${CLAUSE_BREAK} `)} `;
}

/** At most this many words (or, without spaces, characters) between a person and an asking word. */
const PERSON_ASK_GAP = { words: 4, chars: 8 } as const;

/** Whether nothing between two places of a prepared text ends a clause. */
function sameClause(text: string, from: number, to: number, rules: TriageRules): boolean {
  const between = text.slice(Math.min(from, to), Math.max(from, to));
  if (rules.match === 'words') return !between.split(' ').includes(CLAUSE_BREAK);
  return !CLAUSE_END.test(between) && !(rules.spaceEndsClause && between.includes(' '));
}

/** A person and a way of asking close together in one clause, in either order. */
function personAsked(persons: readonly Span[], asks: readonly Span[], text: string, rules: TriageRules): boolean {
  return persons.some((person) =>
    asks.some((ask) => {
      const [first, second] = person[0] < ask[0] ? [person, ask] : [ask, person];
      if (second[0] < first[1] || !sameClause(text, first[1], second[0], rules)) return false;
      const between = text.slice(first[1], second[0]);
      return rules.match === 'chars' ? between.length <= PERSON_ASK_GAP.chars : between.split(' ').filter(Boolean).length <= PERSON_ASK_GAP.words;
    }),
  );
}

function read(one: Compiled, folded: string, reading: Reading): void {
  const text = prepare(folded, one);
  const boundaries = one.rules.wordBounded ? wordBoundaries(text, one.rules.lang) : null;
  const spans = new Map<Signal, Span[]>();
  for (const [signal, cues] of cuesOf(one)) spans.set(signal, spansOf(cues, text, boundaries));
  const kept = new Map<Signal, Span[]>();
  for (const [signal, found] of spans) {
    const masks = (MASKED_BY[signal] ?? []).flatMap((mask) => spans.get(mask) ?? []);
    kept.set(signal, found.filter(([start, end]) => !masks.some(([s, e]) => start < e && s < end)));
  }
  // "Is this a bot?" or "I don't need" cancels a person asked for anywhere in its clause
  // ("je ne veux pas parler à un agent", "ไม่ต้องต่อแอดมิน").
  const refusals = [...(kept.get('noHuman') ?? []), ...(kept.get('notNeeded') ?? [])];
  for (const signal of ['human', 'person'] as const) {
    kept.set(signal, (kept.get(signal) ?? []).filter(([start]) => !refusals.some(([at]) => sameClause(text, at, start, one.rules))));
  }
  for (const [signal, found] of kept) {
    if (found.length > 0) reading.counts.set(signal, (reading.counts.get(signal) ?? 0) + found.length);
    reading.trace?.push(...found.map(([, , cue]) => `${signal}(${cue})`));
  }
  if (personAsked(kept.get('person') ?? [], kept.get('ask') ?? [], text, one.rules)) {
    reading.asksForPerson = true;
    reading.trace?.push('asksForPerson');
  }
  // "How can I…" is a way of asking, not a product topic: "how can I delete my account" is an admin request.
  const questions = spans.get('question') ?? [];
  const namesProduct = (kept.get('product') ?? []).some(([start, end]) => !questions.some(([s, e]) => start < e && s < end));
  if (namesProduct) reading.productTopic = true;
  // "I ordered an M … and got an L": an order, then what came, however far apart.
  const ordered = spans.get('ordered')?.[0];
  if (ordered && (spans.get('received') ?? []).some(([start]) => start > ordered[0])) reading.orderedThenReceived = true;
  if (one.wait) {
    for (const match of text.matchAll(one.wait)) {
      const { n = '', week, month, gap } = match.groups ?? {};
      // "40 ₪ a day after I bought it" is a price.
      if (gap && CURRENCIES.has(gap)) continue;
      const amount = one.rules.numbers?.[n] ?? Number.parseFloat(n.replace(',', '.'));
      const days = amount * (month ? 30 : week ? 7 : 1);
      // An order number before a unit ("#84012 일주일째") is not a wait.
      if (amount >= MAX_WAIT_AMOUNT) continue;
      reading.waitMentioned = true;
      if (days >= 28) reading.longWait = true;
    }
  }
}

/** A sum of money: a currency sign, or a number and a currency word ("$12", "19€", "500 рублей", "150 บาท"). */
function mentionsMoney(text: string, words: readonly string[]): boolean {
  if (/\p{Sc}/u.test(text)) return true;
  return words.some((word, i) => CURRENCIES.has(word) && /\d/.test(words[i - 1] ?? ''));
}

/** Small numbers standing alone: counts of items, not order numbers, sizes, prices, dates or times ("3 of 4"). */
function itemCounts(text: string): Set<number> {
  const counts = [...toAsciiDigits(text).matchAll(/(?<![\p{L}\d.,:/#\p{Sc}-])\d{1,2}(?![\d%°\p{Sc}]|[.,:/-]\d)/gu)].map(([n]) => Number(n));
  return new Set(counts.filter((n) => n >= 1 && n <= MAX_ITEM_COUNT));
}

/** Shouting: several words in capitals, or a long one, or a message mostly in capitals. */
function isShouting(text: string): boolean {
  const words = wordsOf(text);
  const shouted = words.filter((w) => w.length >= 4 && !/\d/.test(w) && w === w.toUpperCase() && w !== w.toLowerCase());
  const cased = [...text].filter((c) => c.toUpperCase() !== c.toLowerCase());
  const upper = cased.filter((c) => c === c.toUpperCase());
  return shouted.length >= 2 || shouted.some((w) => w.length >= 7) || (cased.length >= 12 && upper.length / cased.length >= 0.7);
}

// ------------------------------------------------------------------------------------------ labels

function readAll(text: string, lang: string | undefined, trace?: string[]): Reading {
  const folded = fold(text);
  const reading: Reading = { counts: new Map(), longWait: false, productTopic: false, orderedThenReceived: false, waitMentioned: false, asksForPerson: false, ...(trace && { trace }) };
  read(compiledRules().common, folded, reading);
  for (const one of languagesFor(text, folded, lang)) read(one, folded, reading);
  return reading;
}

export function triage(text: string, lang?: string): Triage {
  const reading = readAll(text, lang);
  const has = (signal: Signal) => (reading.counts.get(signal) ?? 0) > 0;

  const marked = /[?？؟]/.test(text);
  const words = wordsOf(fold(text));
  const wordCount = words.length;
  const orderNumber = ORDER_NUMBER.test(toAsciiDigits(text));
  const question = marked || has('question');
  // What came after an order, when nothing says it is late, missing or welcome, is not what was ordered.
  const switched =
    reading.orderedThenReceived &&
    !has('delay') &&
    !has('lost') &&
    !has('lateArrival') &&
    !has('missingItem') &&
    !has('thanks') &&
    !has('praise');
  // "Error E21", "Fehler F05": an error word next to a device's error code.
  const errorCode = has('errorWord') && ERROR_CODE.test(text);
  // "Just letting you know, no need to do anything": shoppers write that about something wrong with what came,
  // even when we do not know their words for it ("a deep crease on the cover", "갈라져서 왔더라고요").
  const reportedFault =
    has('noReturn') && !has('thanks') && !has('praise') && !has('disappointed') && !has('packaging') && !has('returns') && !has('delay') && !has('lost');
  // Asking how to repair it says something broke, even in words we do not know; a pairing problem is not one.
  const repairAsked = has('repair') && !has('connectIssue');
  const problem =
    has('damage') || has('defect') || has('wrongItem') || has('safety') || switched || errorCode || reportedFault || repairAsked;
  const shouting = isShouting(text);
  const bangs = /[!！]{3,}/.test(text) || (text.match(/[!！]/g)?.length ?? 0) >= 4;
  // "Says delivered" next to "nothing came" is a lost parcel.
  // A bare "delivered" counts when it is not asked about ("when will it be delivered? still nothing").
  const lost = has('lost') || (has('delay') && (has('delivered') || (has('deliveredWord') && !marked)));
  // A wait named next to praise of the service ("so fast, 3 days already 🙂") is one too, unless it arrived.
  const badService =
    has('delay') ||
    has('lateArrival') ||
    has('disappointed') ||
    has('botFrustration') ||
    lost ||
    ((reading.waitMentioned || has('longWait')) && !has('received'));
  // Praise of the service next to a delay or silence is sarcasm ("great service, 4 weeks and still nothing",
  // "so fast 👏, no answer for 5 days"), unless they also thank. Praise of a product is not ("nice lamp, but
  // the price dropped").
  const sarcastic =
    has('sarcasm') ||
    ((has('thanks') || has('praise') || has('servicePraise')) && SCARE_QUOTES.test(text)) ||
    (!has('thanks') && badService && (has('servicePraise') || (has('praise') && (has('delay') || has('lateArrival')))));
  // Capitals and !!! are anger, except in a thank-you with nothing wrong ("THANK YOU!!!").
  const pleased = (has('thanks') || has('praise')) && !badService && !has('returns') && !problem;
  const loud = (shouting || bangs) && !pleased;
  const angry = has('anger') || sarcastic || loud;
  const threat = has('threat');
  // "Ordered 3, 2 came": two counts next to an order or a delivery, with no wait between them, are an item
  // missing. "Refunded, but 500 rubles short" or "the refund is still missing" is a refund question, not an
  // item missing from a parcel.
  const countsDiffer = (has('ordered') || has('received')) && !reading.waitMentioned && itemCounts(text).size >= 2;
  const refundShort = has('returns') && (mentionsMoney(text, words) || !has('received'));
  const missing = (has('missingItem') || countsDiffer) && !refundShort;
  const returnsAsk = has('returns') || ((problem || missing) && has('replacement'));
  // "Ordered 5 weeks ago and still nothing": a long wait for something ordered is a late parcel.
  const longWaitForOrder =
    (reading.longWait || has('longWait')) && (has('ordered') || has('still') || has('myOrder')) && !has('returns');
  const shippingAsk = has('shipping') || has('delay') || lost || missing || has('addressChange') || longWaitForOrder;
  // Waiting for a parcel: said outright, or a parcel "still" somewhere or after "3 weeks" that has not come
  // ("3 weeks, and the box came soaked" is over). Anger about a wait is about the shipping, not a complaint
  // about the service in general.
  const arrived = has('received') || has('packaging') || has('lateArrival');
  const waiting =
    has('delay') || lost || longWaitForOrder || (has('shipping') && !arrived && (has('still') || reading.waitMentioned));
  const fixAsk = has('askFix') || has('tried') || has('connectIssue') || repairAsked;
  // Only a product named, not a question's wording ("is this…?"), makes a product question of an angry one.
  const productAsk = reading.productTopic || fixAsk;
  const mild = has('disappointed') || has('packaging') || has('lateArrival');
  // A person named in a message of a few words is asked for ("agent. AGENT.", "оператора позовите"), unless
  // it is asked about ("do you hire staff?") or thanked; so is a person next to a way of asking, anywhere.
  const wantsHuman =
    has('human') ||
    (has('person') && !marked && !has('storeInfo') && !has('disappointed') && !has('thanks') && !has('praise') && wordCount <= SHORT_REQUEST) ||
    reading.asksForPerson;

  let category: Category;
  if (threat) category = 'complaint';
  else if (problem) {
    if (returnsAsk) category = 'returns';
    else if ((missing && !has('damage') && !has('defect')) || lost) category = 'shipping';
    // Question words alone ("que", "what") are too weak to turn a report into a question about the product.
    // Asking whether something is safe needs no question mark ("大丈夫でしょうか", "có sao không").
    // A question that asks for a person ("anyone real here?? the charger sparked") asks nothing about the product.
    else if (fixAsk || ((marked || (has('safety') && question)) && !wantsHuman && !angry && !has('disappointed'))) category = 'product';
    else category = 'complaint';
  } else if (returnsAsk) category = 'returns';
  // A delivery that arrived late is a complaint about the service, not a shipping question.
  else if (has('lateArrival') && !has('delay') && !lost) category = 'complaint';
  // "I WANT A PERSON NOW!!!": a bare request for a person, however loud, names no topic.
  else if (wantsHuman && loud && wordCount <= 2 * SHORT_REQUEST && !has('anger') && !has('sarcasm') && !mild && !shippingAsk && !productAsk) {
    category = 'other';
  }
  // A complaint about the service (rude staff, no answer, not like the photos) outweighs topic words,
  // unless it comes with a question ("you were slow, but when does it arrive?").
  else if ((mild || angry) && (angry ? !marked : !question) && !waiting && !fixAsk) category = 'complaint';
  // "Thanks, the parcel arrived": a thank-you that asks nothing is not a shipping or product question.
  else if ((has('thanks') || has('praise')) && !sarcastic && !question && !has('delay') && !lost && !fixAsk) category = 'other';
  // Suggestions, even when they name a topic ("add pickup points", "more colours"), and questions about the
  // store itself or the account ("a discount code for my first order"), unless they also name a product.
  // An angry message is never a question about the store ("what kind of shop is this?!").
  else if (has('suggestion') && !has('delay') && !lost && !fixAsk && !angry) category = 'other';
  // "How do I…" is how an account question is asked; only a tried fix or a connection problem is a product one.
  else if (
    (has('storeInfo') || has('admin')) &&
    !angry &&
    !has('delay') &&
    !lost &&
    !reading.productTopic &&
    !has('tried') &&
    !has('connectIssue')
  ) {
    category = 'other';
  }
  // "Is this a bot?" alone asks nothing; a question after it keeps its topic.
  else if (has('noHuman') && !shippingAsk && !fixAsk && !has('product')) category = 'other';
  else if (shippingAsk) category = 'shipping';
  else if (productAsk) category = 'product';
  else if (mild || angry) category = 'complaint';
  // "Love it! Does it come in blue?": praise that asks a question asks about the product.
  // Without a question mark, a question word counts after praise, not after thanks ("thanks, how kind").
  else if ((marked || (question && !has('thanks'))) && (has('thanks') || has('praise')) && !wantsHuman && !has('noHuman')) category = 'product';
  else if (has('thanks') || has('praise') || wantsHuman || (has('noHuman') && !has('product'))) category = 'other';
  // A question about an order already placed ("any news on 66120?") is about where it is.
  else if (question && (orderNumber || has('myOrder'))) category = 'shipping';
  // "Hello, anyone there?" asks nothing yet.
  else if (question && !(has('greeting') && wordCount <= SHORT_REQUEST)) category = 'product';
  else category = 'other';

  // A month or more without the parcel, or a parcel marked lost, is urgent; so is a refund that long overdue
  // (a wait), but not a return inside a 30-day window.
  const longLost =
    lost || missing || longWaitForOrder || ((reading.longWait || has('longWait')) && (has('delay') || (shippingAsk && !returnsAsk)));
  // A question before buying (delivery costs and times, other colours after praise) is a general question.
  const afterPurchase =
    has('myOrder') || has('ordered') || has('received') || has('delivered') || has('still') || orderNumber;
  const beforePurchase =
    !afterPurchase &&
    !wantsHuman &&
    !has('delay') &&
    !lost &&
    !missing &&
    !has('addressChange') &&
    !returnsAsk &&
    !fixAsk &&
    !mild &&
    !angry;
  let priority: Priority;
  if (category === 'other') {
    priority = wantsHuman || has('admin') || has('botFrustration') ? 'medium' : 'low';
  } else if (problem || threat || angry || longLost) priority = 'high';
  else if (beforePurchase && question && (category === 'shipping' || (category === 'product' && has('praise')))) priority = 'low';
  else priority = 'medium';

  const negative =
    problem ||
    threat ||
    angry ||
    mild ||
    has('delay') ||
    lost ||
    missing ||
    has('connectIssue') ||
    has('botFrustration') ||
    // A parcel still awaited ("can I still return it?" is not a complaint).
    (has('still') && shippingAsk && !returnsAsk) ||
    has('negative');
  let sentiment: Sentiment;
  if (negative) sentiment = 'negative';
  else if (has('suggestion')) sentiment = 'neutral';
  else if (has('thanks') || has('praise')) sentiment = 'positive';
  else sentiment = 'neutral';

  return { category, priority, sentiment, wantsHuman };
}

/** Which signals a message raised and the cues that raised them, for the bench and for rule authors. */
export function explainTriage(text: string, lang?: string): string[] {
  const signals: string[] = [];
  const reading = readAll(text, lang, signals);
  if (reading.longWait) signals.push('longWait');
  if (isShouting(text)) signals.push('shouting');
  return signals;
}
