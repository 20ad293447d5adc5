import {
  MAX_BODY_LENGTH,
  MAX_CANNED_REPLIES,
  MAX_CANNED_REPLY_PARTS,
  MAX_CANNED_REPLY_TITLE_LENGTH,
  MAX_KNOWLEDGE_ANSWER_LENGTH,
  MAX_KNOWLEDGE_ENTRIES,
  MAX_KNOWLEDGE_QUESTION_LENGTH,
  MAX_KNOWLEDGE_QUESTIONS_PER_LANGUAGE,
} from '../protocol/limits.js';
import { isRecord } from '../protocol/guards.js';
import { CANNED_REPLY_PLACEHOLDERS, type CannedReply } from '../protocol/inbox.js';
import { isSiteKey } from '../protocol/messages.js';
import { PRIORITIES, type Priority } from '../protocol/wait.js';
import { WEEKDAYS, type BusinessHours, type KnowledgeEntry, type Shift, type SiteConfig, type Weekday } from './site-config.js';

/**
 * Reads the site configuration file merchants edit (`server/sites.json`, described in docs/site-config.md)
 * after `JSON.parse`. Nothing is cast: every field is checked, and every mistake is reported, each prefixed
 * with the path of its field (`sites.demo-shop.hours.mon[1]: …`), so one run shows the merchant all of them.
 */
export type ParseSitesResult =
  | { readonly ok: true; readonly sites: ReadonlyMap<string, SiteConfig> }
  | { readonly ok: false; readonly errors: readonly string[] };

export const MIN_AGENT_CAPACITY = 1;
export const MAX_AGENT_CAPACITY = 50;

const TOP_FIELDS = ['sites'] as const;
const SITE_FIELDS = [
  'name',
  'timeZone',
  'hours',
  'closedDates',
  'targetMinutes',
  'agentCapacity',
  'languages',
  'webhookUrl',
  'knowledgeBase',
  'orderLookupUrl',
  'cannedReplies',
] as const;
const ENTRY_FIELDS = ['id', 'questions', 'answers'] as const;
const CANNED_REPLY_FIELDS = ['id', 'title', 'parts'] as const;

/** Knowledge-base and canned-reply ids: shown to agents, so lower-case words joined by hyphens (`returns-window`). */
const ENTRY_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Other words merchants reach for; only used to suggest the right field. */
const ALIASES: Readonly<Record<string, string>> = {
  tz: 'timeZone',
  zone: 'timeZone',
  timezoneid: 'timeZone',
  openinghours: 'hours',
  businesshours: 'hours',
  schedule: 'hours',
  holidays: 'closedDates',
  holiday: 'closedDates',
  closed: 'closedDates',
  closeddays: 'closedDates',
  targets: 'targetMinutes',
  target: 'targetMinutes',
  capacity: 'agentCapacity',
  locales: 'languages',
  langs: 'languages',
  webhook: 'webhookUrl',
  sitename: 'name',
  title: 'name',
  faq: 'knowledgeBase',
  faqs: 'knowledgeBase',
  kb: 'knowledgeBase',
  knowledge: 'knowledgeBase',
  answerbase: 'knowledgeBase',
  orderlookup: 'orderLookupUrl',
  orderurl: 'orderLookupUrl',
  orderapi: 'orderLookupUrl',
  orderstatusurl: 'orderLookupUrl',
  ordersurl: 'orderLookupUrl',
  lookupurl: 'orderLookupUrl',
  answer: 'answers',
  reply: 'answers',
  replies: 'answers',
  response: 'answers',
  responses: 'answers',
  question: 'questions',
  utterances: 'questions',
  phrases: 'questions',
  examples: 'questions',
  variants: 'questions',
  key: 'id',
  slug: 'id',
  canned: 'cannedReplies',
  cannedresponses: 'cannedReplies',
  savedreplies: 'cannedReplies',
  quickreplies: 'cannedReplies',
  macros: 'cannedReplies',
  templates: 'cannedReplies',
  snippets: 'cannedReplies',
  label: 'title',
  name: 'title',
  text: 'parts',
  texts: 'parts',
  body: 'parts',
  paragraphs: 'parts',
  messages: 'parts',
};

const MINUTES_PER_DAY = 24 * 60;
const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;
const TIME_HINT = '(HH:MM, 00:00-24:00)';

type Errors = string[];


const field = (record: Record<string, unknown>, key: string): unknown =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/** `sites.demo-shop`, or `sites["my shop"]` when the key would not read as one path segment. */
const child = (path: string, key: string): string => {
  const segment = /^[A-Za-z0-9_$-]+$/.test(key) ? key : null;
  if (segment === null) return `${path}[${JSON.stringify(key)}]`;
  return path === '' ? segment : `${path}.${segment}`;
};

const at = (path: string, index: number) => `${path}[${index}]`;

/** A value as the merchant wrote it, for messages. */
function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'an object';
  if (typeof value === 'string') {
    const quoted = JSON.stringify(value);
    return quoted.length > 60 ? `${quoted.slice(0, 56)}…"` : quoted;
  }
  return String(value);
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
function distance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const previous = rows[i - 1]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/** The known name a mistyped one most likely meant, if any is close enough. */
function closest(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase().replace(/[\s_-]/g, '');
  const alias = ALIASES[lower];
  if (alias !== undefined && Object.hasOwn(ALIASES, lower) && known.includes(alias)) return alias;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of known) {
    const target = candidate.toLowerCase();
    let score: number;
    if (target === lower) score = 0;
    else if (lower.length >= 3 && (target.startsWith(lower) || lower.startsWith(target))) score = 1;
    else {
      const d = distance(lower, target);
      score = d <= (Math.min(lower.length, target.length) >= 5 ? 2 : 1) ? d : Infinity;
    }
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best;
}

/**
 * Reports keys not in `known`. Returns the known keys that an unknown key was taken to mean, so a missing
 * field that is only misspelt is reported once, as the misspelling.
 */
function checkKeys(
  record: Record<string, unknown>,
  known: readonly string[],
  path: string,
  what: string,
  errors: Errors,
): Set<string> {
  const meant = new Set<string>();
  for (const key of Object.keys(record)) {
    if (known.includes(key)) continue;
    const where = child(path, key);
    if (key.toLowerCase().replace(/[\s_-]/g, '') === 'webhooksecret') {
      errors.push(`${where}: the webhook secret does not belong in this file; set the WEBHOOK_SECRET environment variable on the server and remove this field`);
      continue;
    }
    const missing = known.filter((k) => !Object.hasOwn(record, k));
    const suggestion = closest(key, missing) ?? closest(key, known);
    if (suggestion !== undefined) {
      meant.add(suggestion);
      errors.push(`${where}: unknown ${what} ${JSON.stringify(key)}; did you mean ${JSON.stringify(suggestion)}?`);
    } else {
      errors.push(`${where}: unknown ${what} ${JSON.stringify(key)}; the known ones are ${known.join(', ')}`);
    }
  }
  return meant;
}

/**
 * Reports the unknown keys of an entry; returns whether a required field is there, reporting it missing
 * when not (unless a misspelling of it was reported already).
 */
function checkFields<K extends string>(record: Record<string, unknown>, known: readonly K[], path: string, errors: Errors) {
  const meant = checkKeys(record, known, path, 'field', errors);
  return (key: K, example: string): boolean => {
    if (Object.hasOwn(record, key)) return true;
    if (!meant.has(key)) errors.push(`${child(path, key)}: missing; e.g. "${key}": ${example}`);
    return false;
  };
}

/** Minutes after midnight of an `HH:MM` time from 00:00 to 24:00, or null. */
function minutesOf(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = /^(\d\d):(\d\d)$/.exec(value);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) return null;
  return hours * 60 + minutes;
}

interface ParsedShift {
  readonly day: Weekday;
  readonly index: number;
  readonly shift: Shift;
  /** Minutes since Monday 00:00; `end` is past `start` and may run into the next day (or week). */
  readonly start: number;
  readonly end: number;
}

const showShift = (shift: Shift) => `${JSON.stringify(shift.start)}-${JSON.stringify(shift.end)}`;

function parseShift(value: unknown, day: Weekday, dayIndex: number, index: number, path: string, errors: Errors): ParsedShift | null {
  if (!Array.isArray(value) || value.length !== 2) {
    const range = typeof value === 'string' ? /^\s*(\S+)\s*[-–]\s*(\S+)\s*$/.exec(value) : null;
    if (range) {
      errors.push(`${path}: ${show(value)} is not a shift; write it as a pair: [${JSON.stringify(range[1])}, ${JSON.stringify(range[2])}]`);
    } else {
      errors.push(`${path}: expected a shift as a pair of times like ["09:00", "17:00"], got ${Array.isArray(value) ? `a list of ${value.length}` : show(value)}`);
    }
    return null;
  }
  const [startValue, endValue] = value as [unknown, unknown];
  const start = minutesOf(startValue);
  const end = minutesOf(endValue);
  let ok = true;
  if (start === null) {
    errors.push(`${path}: ${show(startValue)} is not a time ${TIME_HINT}`);
    ok = false;
  } else if (start === MINUTES_PER_DAY) {
    errors.push(`${path}: a shift cannot start at "24:00"; start it at "00:00" on the next day`);
    ok = false;
  }
  if (end === null) {
    errors.push(`${path}: ${show(endValue)} is not a time ${TIME_HINT}`);
    ok = false;
  }
  if (!ok || start === null || end === null) return null;
  const shift: Shift = { start: startValue as string, end: endValue as string };
  if (end === start) {
    errors.push(`${path}: ${showShift(shift)} is zero-length; for the whole day write ["00:00", "24:00"]`);
    return null;
  }
  const dayStart = dayIndex * MINUTES_PER_DAY;
  const length = end > start ? end - start : end + MINUTES_PER_DAY - start;
  return { day, index, shift, start: dayStart + start, end: dayStart + start + length };
}

function overlaps(a: ParsedShift, b: ParsedShift): boolean {
  for (const offset of [-MINUTES_PER_WEEK, 0, MINUTES_PER_WEEK]) {
    if (a.start < b.end + offset && b.start + offset < a.end) return true;
  }
  return false;
}

function parseHours(value: unknown, path: string, errors: Errors): BusinessHours['weekly'] | null {
  if (!isRecord(value)) {
    errors.push(`${path}: expected an object of shifts per day like {"mon": [["09:00", "17:00"]]}, got ${show(value)}`);
    return null;
  }
  const before = errors.length;
  checkKeys(value, WEEKDAYS, path, 'day', errors);
  const weekly = {} as Record<Weekday, Shift[]>;
  const all: ParsedShift[] = [];
  WEEKDAYS.forEach((day, dayIndex) => {
    const dayPath = child(path, day);
    const shifts: Shift[] = [];
    weekly[day] = shifts;
    const list = field(value, day);
    if (list === undefined) return;
    if (!Array.isArray(list)) {
      errors.push(`${dayPath}: expected a list of shifts like [["09:00", "17:00"]] (or [] for closed), got ${show(list)}`);
      return;
    }
    if (list.length === 2 && list.every((item) => typeof item === 'string')) {
      errors.push(`${dayPath}: expected a list of shifts; put the pair in its own brackets: [[${list.map((t) => JSON.stringify(t)).join(', ')}]]`);
      return;
    }
    list.forEach((item, index) => {
      const parsed = parseShift(item, day, dayIndex, index, at(dayPath, index), errors);
      if (parsed === null) return;
      shifts.push(parsed.shift);
      all.push(parsed);
    });
  });
  for (let i = 0; i < all.length; i++) {
    for (let j = 0; j < i; j++) {
      const [a, b] = [all[i]!, all[j]!];
      if (overlaps(a, b)) {
        errors.push(
          `${at(child(path, a.day), a.index)}: ${showShift(a.shift)} overlaps ${b.day}[${b.index}] ${showShift(b.shift)}; shifts must not overlap (a shift with an end at or before its start runs past midnight)`,
        );
        break;
      }
    }
  }
  if (errors.length > before) return null;
  if (all.length === 0) {
    errors.push(`${path}: no day has a shift, so the team would never be open; add shifts like "mon": [["09:00", "17:00"]]`);
    return null;
  }
  return weekly;
}

function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d\d)-(\d\d)$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

function parseClosedDates(value: unknown, path: string, errors: Errors): string[] | null {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    errors.push(`${path}: expected a list of dates like ["2026-12-25"], got ${show(value)}`);
    return null;
  }
  const dates: string[] = [];
  let ok = true;
  value.forEach((item, index) => {
    if (typeof item === 'string' && isRealDate(item)) {
      if (!dates.includes(item)) dates.push(item);
      return;
    }
    const format = typeof item === 'string' && /^\d{4}-\d\d-\d\d$/.test(item);
    errors.push(`${at(path, index)}: ${show(item)} is not ${format ? 'a real date' : 'a date'} (YYYY-MM-DD, e.g. "2026-12-25")`);
    ok = false;
  });
  return ok ? dates : null;
}

function isTimeZone(value: string): string | null {
  // Offsets like "+01:00" are not IANA zones (and newer engines accept them): refuse them everywhere.
  if (!/^[A-Za-z]/.test(value)) return null;
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone;
    // Keep what the merchant wrote, with the canonical capitalisation when only that differs.
    return resolved.toLowerCase() === value.toLowerCase() ? resolved : value;
  } catch {
    return null;
  }
}

function suggestTimeZone(value: string): string | undefined {
  if (typeof Intl.supportedValuesOf !== 'function') return undefined;
  const lower = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = 3;
  for (const zone of [...Intl.supportedValuesOf('timeZone'), 'UTC']) {
    const d = distance(lower, zone.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = zone;
    }
  }
  return best;
}

function parseTimeZone(value: unknown, path: string, errors: Errors): string | null {
  if (typeof value !== 'string') {
    errors.push(`${path}: expected an IANA time zone like "Europe/Berlin", got ${show(value)}`);
    return null;
  }
  const zone = isTimeZone(value);
  if (zone !== null) return zone;
  const suggestion = suggestTimeZone(value);
  errors.push(
    `${path}: ${show(value)} is not an IANA time zone${suggestion ? `; did you mean ${JSON.stringify(suggestion)}?` : ' (e.g. "Europe/Berlin", "America/New_York", "UTC")'}`,
  );
  return null;
}

function parseTargets(value: unknown, path: string, errors: Errors): Record<Priority, number> | null {
  if (!isRecord(value)) {
    errors.push(`${path}: expected minutes per priority like {"high": 60, "medium": 240, "low": 1440}, got ${show(value)}`);
    return null;
  }
  const before = errors.length;
  const meant = checkKeys(value, PRIORITIES, path, 'priority', errors);
  const targets = {} as Record<Priority, number>;
  for (const priority of PRIORITIES) {
    const minutes = field(value, priority);
    if (typeof minutes === 'number' && Number.isSafeInteger(minutes) && minutes > 0) {
      targets[priority] = minutes;
    } else if (minutes === undefined) {
      if (!meant.has(priority)) errors.push(`${child(path, priority)}: missing; every priority (${PRIORITIES.join(', ')}) needs a target in minutes`);
    } else {
      errors.push(`${child(path, priority)}: ${show(minutes)} is not a positive whole number of minutes`);
    }
  }
  return errors.length > before ? null : targets;
}

function canonicalTag(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

const TAG_EXAMPLES = '(e.g. "en", "de", "pt-BR")';

/** The canonical form of a BCP 47 language tag, or null after reporting `value` at `where`. */
function parseLanguageTag(value: unknown, where: string, errors: Errors): string | null {
  const canonical = typeof value === 'string' ? canonicalTag(value) : undefined;
  // BCP 47 allows 5-8 letter language subtags ("english"), but none is registered: refuse them.
  if (canonical === undefined || !/^[a-z]{2,3}(-|$)/.test(canonical)) {
    const hint = typeof value === 'string' && value.includes('_') ? `; did you mean ${JSON.stringify(value.replace(/_/g, '-'))}?` : '';
    errors.push(`${where}: ${show(value)} is not a BCP 47 language tag ${TAG_EXAMPLES}${hint}`);
    return null;
  }
  return canonical;
}

function parseLanguages(value: unknown, path: string, errors: Errors): string[] | null {
  if (!Array.isArray(value)) {
    errors.push(`${path}: expected a list of language tags like ["en", "de"], got ${show(value)}`);
    return null;
  }
  if (value.length === 0) {
    errors.push(`${path}: needs at least one language, e.g. ["en"]; the first is the site's default`);
    return null;
  }
  const languages: string[] = [];
  let ok = true;
  value.forEach((item, index) => {
    const where = at(path, index);
    const canonical = parseLanguageTag(item, where, errors);
    if (canonical === null) {
      ok = false;
      return;
    }
    const first = value.findIndex((other) => typeof other === 'string' && canonicalTag(other) === canonical);
    if (first !== index) {
      errors.push(`${where}: ${show(item)} is listed twice (also ${at(path, first)})`);
      ok = false;
      return;
    }
    languages.push(canonical);
  });
  return ok ? languages : null;
}

const LABEL = '(?!-)[A-Za-z0-9-]{1,63}(?<!-)';
const HOST = `(?:${LABEL}(?:\\.${LABEL})*\\.?|\\[[0-9A-Fa-f:.]+\\])`;
const HTTP_URL = new RegExp(`^https?://${HOST}(?::(\\d{1,5}))?(?:[/?#][^\\s]*)?$`, 'i');

interface UrlField {
  /** A working example for messages. */
  readonly example: string;
  /** What leaving the field out means, for a `null` value. */
  readonly absent: string;
  /** Why a user name or password in the URL is refused, and what to do instead. */
  readonly credentials: string;
}

const WEBHOOK_URL: UrlField = {
  example: 'https://example.com/hooks/cs-widget',
  absent: 'for no webhook',
  credentials: 'the body is signed with WEBHOOK_SECRET instead',
};

const ORDER_LOOKUP_URL: UrlField = {
  example: 'https://example.com/orders/lookup',
  absent: 'and the bot will not look up orders',
  credentials: 'this file is often shared, so a secret in it would not stay secret',
};

function parseHttpUrl(value: unknown, path: string, errors: Errors, url: UrlField): string | null {
  if (typeof value !== 'string') {
    errors.push(`${path}: expected an http(s) URL like ${JSON.stringify(url.example)}, got ${show(value)}${value === null ? `; leave the field out ${url.absent}` : ''}`);
    return null;
  }
  if (/^https?:\/\/[^/?#]*@/i.test(value)) {
    errors.push(`${path}: ${show(value)} has a user name or password in it; remove it (${url.credentials})`);
    return null;
  }
  const match = HTTP_URL.exec(value);
  const port = match?.[1] === undefined ? undefined : Number(match[1]);
  if (!match || (port !== undefined && (port < 1 || port > 65535))) {
    errors.push(`${path}: ${show(value)} is not an http(s) URL (e.g. ${JSON.stringify(url.example)})`);
    return null;
  }
  return value;
}

const QUESTION_EXAMPLE = '"How do I return an item?"';

/**
 * An object keyed by language tag; `each` reads one language's value. Two keys naming the same language
 * (`"de"` and `"DE"`) are refused rather than merged, so nothing the merchant wrote is silently dropped.
 * Returns the canonical tags with their values, or null when anything was reported.
 */
function parsePerLanguage<T>(
  value: Record<string, unknown>,
  path: string,
  errors: Errors,
  each: (item: unknown, where: string) => T | null,
): Map<string, T> | null {
  const before = errors.length;
  const byTag = new Map<string, T>();
  const keyOf = new Map<string, string>();
  for (const key of Object.keys(value)) {
    const where = child(path, key);
    const tag = parseLanguageTag(key, where, errors);
    if (tag === null) continue;
    const earlier = keyOf.get(tag);
    if (earlier !== undefined) {
      errors.push(`${where}: ${show(key)} is the same language as ${child(path, earlier)}; keep one of them`);
      continue;
    }
    keyOf.set(tag, key);
    const parsed = each(value[key], where);
    if (parsed !== null) byTag.set(tag, parsed);
  }
  return errors.length > before ? null : byTag;
}

/** Trimmed non-empty text of at most `max` code units, or null after reporting it. */
function parseText(item: unknown, where: string, what: string, max: number, errors: Errors): string | null {
  if (typeof item !== 'string' || item.trim() === '') {
    errors.push(`${where}: expected ${what} as text, got ${item === '' || (typeof item === 'string' && item.trim() === '') ? 'empty text' : show(item)}`);
    return null;
  }
  const text = item.trim();
  if (text.length > max) {
    errors.push(`${where}: ${what} is ${text.length} characters long; at most ${max}`);
    return null;
  }
  return text;
}

function parseQuestions(value: unknown, path: string, errors: Errors): Record<string, string[]> | null {
  if (!isRecord(value)) {
    errors.push(`${path}: expected questions per language like {"en": [${QUESTION_EXAMPLE}]}, got ${show(value)}`);
    return null;
  }
  const parsed = parsePerLanguage(value, path, errors, (list, where) => {
    if (typeof list === 'string') {
      errors.push(`${where}: expected a list of questions; put the question in brackets: [${show(list)}]`);
      return null;
    }
    if (!Array.isArray(list)) {
      errors.push(`${where}: expected a list of questions like [${QUESTION_EXAMPLE}], got ${show(list)}`);
      return null;
    }
    if (list.length > MAX_KNOWLEDGE_QUESTIONS_PER_LANGUAGE) {
      errors.push(`${where}: has ${list.length} questions; at most ${MAX_KNOWLEDGE_QUESTIONS_PER_LANGUAGE} per language`);
      return null;
    }
    const questions: string[] = [];
    let ok = true;
    list.forEach((item, index) => {
      const text = parseText(item, at(where, index), 'a question', MAX_KNOWLEDGE_QUESTION_LENGTH, errors);
      if (text === null) ok = false;
      else if (!questions.includes(text)) questions.push(text);
    });
    return ok ? questions : null;
  });
  if (parsed === null) return null;
  if ([...parsed.values()].every((questions) => questions.length === 0)) {
    errors.push(`${path}: no questions; the bot needs at least one way shoppers ask, e.g. {"en": [${QUESTION_EXAMPLE}]}`);
    return null;
  }
  return Object.fromEntries(parsed);
}

/** The language part of a tag: `pt` for `pt-BR`. */
const baseOf = (tag: string) => tag.split('-')[0]!;

/**
 * Whether texts per language include the site's default language, the fallback for shoppers of any other
 * language (its base language, `en` for `en-US`, will do); reported at `path` when not. Without valid
 * languages there is no default to require; the languages error says why.
 */
function coversDefaultLanguage(
  parsed: ReadonlyMap<string, unknown>,
  path: string,
  defaultLanguage: string | null,
  what: { readonly text: string; readonly owner: string; readonly example: string },
  errors: Errors,
): boolean {
  if (defaultLanguage === null || parsed.has(defaultLanguage) || parsed.has(baseOf(defaultLanguage))) return true;
  errors.push(
    `${path}: no ${what.text} in ${JSON.stringify(defaultLanguage)}, the site's default language (the first of languages); every ${what.owner} needs one, e.g. "${defaultLanguage}": ${what.example}`,
  );
  return false;
}

function parseAnswers(value: unknown, path: string, defaultLanguage: string | null, errors: Errors): Record<string, string> | null {
  if (!isRecord(value)) {
    errors.push(`${path}: expected an answer per language like {"en": "You can return any item within 30 days."}, got ${show(value)}`);
    return null;
  }
  const parsed = parsePerLanguage(value, path, errors, (item, where) => parseText(item, where, 'the answer', MAX_KNOWLEDGE_ANSWER_LENGTH, errors));
  if (parsed === null) return null;
  const answer = { text: 'answer', owner: 'entry', example: '"…"' };
  return coversDefaultLanguage(parsed, path, defaultLanguage, answer, errors) ? Object.fromEntries(parsed) : null;
}

/** An entry's `id`, or null after reporting it. */
function parseId(value: unknown, path: string, example: string, errors: Errors): string | null {
  if (typeof value === 'string' && ENTRY_ID.test(value)) return value;
  errors.push(`${path}: ${show(value)} is not an id (1-64 of a-z 0-9 -, not starting with -, e.g. ${JSON.stringify(example)})`);
  return null;
}

function parseEntry(value: unknown, path: string, defaultLanguage: string | null, errors: Errors): KnowledgeEntry | null {
  if (!isRecord(value)) {
    errors.push(`${path}: expected an entry like {"id": "returns-window", "questions": {…}, "answers": {…}}, got ${show(value)}`);
    return null;
  }
  const before = errors.length;
  const required = checkFields(value, ENTRY_FIELDS, path, errors);

  const id = required('id', '"returns-window"') ? parseId(field(value, 'id'), child(path, 'id'), 'returns-window', errors) : null;
  const questions = required('questions', `{"en": [${QUESTION_EXAMPLE}]}`)
    ? parseQuestions(field(value, 'questions'), child(path, 'questions'), errors)
    : null;
  const answers = required('answers', '{"en": "You can return any item within 30 days."}')
    ? parseAnswers(field(value, 'answers'), child(path, 'answers'), defaultLanguage, errors)
    : null;
  if (errors.length > before || id === null || questions === null || answers === null) return null;
  return { id, questions, answers };
}

/** How a list of entries with ids is described in messages, and how one entry is read. */
interface EntryList<T> {
  /** `entry`, `canned reply`. */
  readonly noun: string;
  readonly plural: string;
  readonly example: string;
  readonly max: number;
  readonly parse: (item: unknown, where: string) => T | null;
}

/** An optional list of entries, each with its own id (absent: none), or null after reporting every mistake. */
function parseEntryList<T>(value: unknown, path: string, list: EntryList<T>, errors: Errors): T[] | null {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    errors.push(`${path}: expected a list of ${list.plural} like [${list.example}], got ${show(value)}`);
    return null;
  }
  const before = errors.length;
  if (value.length > list.max) errors.push(`${path}: has ${value.length} ${list.plural}; at most ${list.max}`);
  const entries: T[] = [];
  const indexOf = new Map<string, number>();
  value.forEach((item, index) => {
    const where = at(path, index);
    const entry = list.parse(item, where);
    // Duplicate ids are checked on whatever id the entry has, even if another of its fields is wrong.
    const id = isRecord(item) ? field(item, 'id') : undefined;
    if (typeof id === 'string' && ENTRY_ID.test(id)) {
      const first = indexOf.get(id);
      if (first !== undefined) errors.push(`${child(where, 'id')}: ${show(id)} is used twice (also ${at(path, first)}); every ${list.noun} needs its own id`);
      else indexOf.set(id, index);
    }
    if (entry !== null) entries.push(entry);
  });
  return errors.length > before ? null : entries;
}

const parseKnowledgeBase = (value: unknown, path: string, defaultLanguage: string | null, errors: Errors) =>
  parseEntryList(value, path, {
    noun: 'entry',
    plural: 'entries',
    example: '{"id": "returns-window", "questions": {…}, "answers": {…}}',
    max: MAX_KNOWLEDGE_ENTRIES,
    parse: (item, where) => parseEntry(item, where, defaultLanguage, errors),
  }, errors);

const CANNED_REPLY_EXAMPLE = '{"id": "greeting", "title": "Greeting", "parts": {"en": ["Hello, this is {agent}."]}}';
const PARTS_EXAMPLE = '["Hello, this is {agent}."]';

/** A canned reply's paragraph: `{agent}` and `{time}` are the only placeholders the console fills. */
function parsePart(item: unknown, where: string, errors: Errors): string | null {
  const text = parseText(item, where, 'a paragraph', MAX_BODY_LENGTH, errors);
  if (text === null) return null;
  const unknown = (text.match(/\{[^{}]*\}/g) ?? []).filter((found) => !(CANNED_REPLY_PLACEHOLDERS as readonly string[]).includes(found));
  if (unknown.length === 0) return text;
  errors.push(`${where}: unknown placeholder ${unknown[0]}; the known ones are {agent} (the agent's name) and {time} (when the shopper will hear back)`);
  return null;
}

function parseParts(value: unknown, path: string, defaultLanguage: string | null, errors: Errors): Record<string, string[]> | null {
  if (!isRecord(value)) {
    errors.push(`${path}: expected paragraphs per language like {"en": ${PARTS_EXAMPLE}}, got ${show(value)}`);
    return null;
  }
  const parsed = parsePerLanguage(value, path, errors, (list, where) => {
    if (typeof list === 'string') {
      errors.push(`${where}: expected a list of paragraphs; put the text in brackets: [${show(list)}]`);
      return null;
    }
    if (!Array.isArray(list) || list.length === 0 || list.length > MAX_CANNED_REPLY_PARTS) {
      const got = Array.isArray(list) ? `${list.length}` : show(list);
      errors.push(`${where}: expected a list of 1 to ${MAX_CANNED_REPLY_PARTS} paragraphs like ${PARTS_EXAMPLE}, got ${got}`);
      return null;
    }
    const parts = list.map((item, index) => parsePart(item, at(where, index), errors));
    return parts.every((part) => part !== null) ? (parts as string[]) : null;
  });
  if (parsed === null) return null;
  const reply = { text: 'paragraphs', owner: 'canned reply', example: PARTS_EXAMPLE };
  return coversDefaultLanguage(parsed, path, defaultLanguage, reply, errors) ? Object.fromEntries(parsed) : null;
}

function parseCannedReply(value: unknown, path: string, defaultLanguage: string | null, errors: Errors): CannedReply | null {
  if (!isRecord(value)) {
    errors.push(`${path}: expected a canned reply like ${CANNED_REPLY_EXAMPLE}, got ${show(value)}`);
    return null;
  }
  const before = errors.length;
  const required = checkFields(value, CANNED_REPLY_FIELDS, path, errors);
  const id = required('id', '"greeting"') ? parseId(field(value, 'id'), child(path, 'id'), 'greeting', errors) : null;
  const title = required('title', '"Greeting"')
    ? parseText(field(value, 'title'), child(path, 'title'), 'the title', MAX_CANNED_REPLY_TITLE_LENGTH, errors)
    : null;
  const parts = required('parts', `{"en": ${PARTS_EXAMPLE}}`) ? parseParts(field(value, 'parts'), child(path, 'parts'), defaultLanguage, errors) : null;
  if (errors.length > before || id === null || title === null || parts === null) return null;
  return { id, title, parts };
}

const parseCannedReplies = (value: unknown, path: string, defaultLanguage: string | null, errors: Errors) =>
  parseEntryList(value, path, {
    noun: 'canned reply',
    plural: 'canned replies',
    example: CANNED_REPLY_EXAMPLE,
    max: MAX_CANNED_REPLIES,
    parse: (item, where) => parseCannedReply(item, where, defaultLanguage, errors),
  }, errors);

function parseSite(siteKey: string, value: unknown, path: string, errors: Errors): SiteConfig | null {
  if (!isRecord(value)) {
    errors.push(`${path}: expected the site's settings as an object, got ${show(value)}`);
    return null;
  }
  const before = errors.length;
  const meant = checkKeys(value, SITE_FIELDS, path, 'field', errors);
  /** A required field's value, or undefined after reporting it missing (unless a misspelling was reported). */
  const required = (key: (typeof SITE_FIELDS)[number], example: string): unknown => {
    const found = field(value, key);
    if (found === undefined && !meant.has(key)) errors.push(`${child(path, key)}: missing; e.g. "${key}": ${example}`);
    return found;
  };
  const present = (key: (typeof SITE_FIELDS)[number]) => Object.hasOwn(value, key);

  const nameValue = required('name', '"My Shop"');
  let name: string | null = null;
  if (typeof nameValue === 'string' && nameValue.trim() !== '') name = nameValue.trim();
  else if (present('name')) errors.push(`${child(path, 'name')}: expected the site's name as text, got ${show(nameValue)}`);

  const zoneValue = required('timeZone', '"Europe/Berlin"');
  const timeZone = present('timeZone') ? parseTimeZone(zoneValue, child(path, 'timeZone'), errors) : null;

  const hoursValue = required('hours', '{"mon": [["09:00", "17:00"]]}');
  const weekly = present('hours') ? parseHours(hoursValue, child(path, 'hours'), errors) : null;

  const closedDates = parseClosedDates(field(value, 'closedDates'), child(path, 'closedDates'), errors);

  const targetsValue = required('targetMinutes', '{"high": 60, "medium": 240, "low": 1440}');
  const targetMinutes = present('targetMinutes') ? parseTargets(targetsValue, child(path, 'targetMinutes'), errors) : null;

  const capacityValue = required('agentCapacity', '3');
  let agentCapacity: number | null = null;
  if (
    typeof capacityValue === 'number' &&
    Number.isInteger(capacityValue) &&
    capacityValue >= MIN_AGENT_CAPACITY &&
    capacityValue <= MAX_AGENT_CAPACITY
  ) {
    agentCapacity = capacityValue;
  } else if (present('agentCapacity')) {
    errors.push(`${child(path, 'agentCapacity')}: ${show(capacityValue)} is not a whole number from ${MIN_AGENT_CAPACITY} to ${MAX_AGENT_CAPACITY}`);
  }

  const languagesValue = required('languages', '["en"]');
  const languages = present('languages') ? parseLanguages(languagesValue, child(path, 'languages'), errors) : null;

  const webhookUrl = present('webhookUrl') ? parseHttpUrl(field(value, 'webhookUrl'), child(path, 'webhookUrl'), errors, WEBHOOK_URL) : undefined;

  // Without valid languages there is no default language to require answers in; the languages error says why.
  const knowledgeBase = parseKnowledgeBase(field(value, 'knowledgeBase'), child(path, 'knowledgeBase'), languages?.[0] ?? null, errors);

  const orderLookupUrl = present('orderLookupUrl')
    ? parseHttpUrl(field(value, 'orderLookupUrl'), child(path, 'orderLookupUrl'), errors, ORDER_LOOKUP_URL)
    : undefined;

  const cannedReplies = parseCannedReplies(field(value, 'cannedReplies'), child(path, 'cannedReplies'), languages?.[0] ?? null, errors);

  if (
    errors.length > before ||
    name === null ||
    timeZone === null ||
    weekly === null ||
    closedDates === null ||
    targetMinutes === null ||
    agentCapacity === null ||
    languages === null ||
    webhookUrl === null ||
    knowledgeBase === null ||
    orderLookupUrl === null ||
    cannedReplies === null
  ) {
    return null;
  }
  const site: SiteConfig = {
    siteKey,
    name,
    hours: { timeZone, weekly, closedDates },
    targetMinutes,
    agentCapacity,
    languages,
    knowledgeBase,
    ...(webhookUrl === undefined ? {} : { webhookUrl }),
    ...(orderLookupUrl === undefined ? {} : { orderLookupUrl }),
    cannedReplies,
  };
  return site;
}

/** Checks and maps the parsed contents of the site configuration file (see docs/site-config.md). */
export function parseSites(data: unknown): ParseSitesResult {
  const errors: Errors = [];
  if (!isRecord(data)) {
    errors.push(`(top level): expected a JSON object like {"sites": {"my-shop": {…}}}, got ${show(data)}`);
    return { ok: false, errors };
  }
  const meant = checkKeys(data, TOP_FIELDS, '', 'field', errors);
  const sitesValue = field(data, 'sites');
  const sites = new Map<string, SiteConfig>();
  if (sitesValue === undefined) {
    if (!meant.has('sites')) errors.push(`sites: missing; the file needs {"sites": {"<siteKey>": {…}}}`);
  } else if (!isRecord(sitesValue)) {
    errors.push(`sites: expected an object keyed by site key like {"my-shop": {…}}, got ${show(sitesValue)}`);
  } else {
    const keys = Object.keys(sitesValue);
    if (keys.length === 0) errors.push('sites: no site is configured; add at least one');
    for (const siteKey of keys) {
      const path = child('sites', siteKey);
      if (!isSiteKey(siteKey)) {
        errors.push(`${path}: ${show(siteKey)} is not a valid site key (1-64 of A-Z a-z 0-9 _ . -)`);
      }
      const site = parseSite(siteKey, sitesValue[siteKey], path, errors);
      if (site !== null && isSiteKey(siteKey)) sites.set(siteKey, site);
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, sites };
}

/** A message for a person: which file, how many mistakes, each with its field, and where the format is described. */
export function formatConfigErrors(errors: readonly string[], file: string): string {
  const count = errors.length === 1 ? '1 mistake' : `${errors.length} mistakes`;
  return [
    `The site configuration ${file} has ${count}:`,
    ...errors.map((error) => `  - ${error}`),
    `Fix ${errors.length === 1 ? 'it' : 'them'} in ${file} and start the server again. Every field is described in docs/site-config.md.`,
  ].join('\n');
}
