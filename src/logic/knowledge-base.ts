import type { KnowledgeEntry } from '../config/site-config.js';
import { MAX_CLARIFY_SUGGESTIONS } from '../protocol/limits.js';
import { foldText, wordsOf } from './text.js';

/**
 * Finds the knowledge-base entry a shopper's message asks about. Pure: the index is built once per site
 * configuration, and every message is matched against it.
 *
 * A text becomes a set of **terms**: its words (folded: case, accents and letter variants do not count),
 * and for scripts written without spaces (Chinese, Japanese, Thai, …) also character bigrams, plus single
 * Han characters, so that a paraphrase that shares only part of a word still overlaps. Words match
 * approximately (`return`/`returns`, `versand`/`versandkosten`, `شحن`/`الشحن`); bigrams only exactly.
 *
 * Each term weighs its inverse document frequency over the entries (all languages together; answers count
 * as background), so a word that every entry uses ("how", "my", "wie", "كيف", "の") counts for almost
 * nothing. Small knowledge bases have too few entries for that, so a short built-in list of question and
 * grammar words (`COMMON_WORDS`) weighs as if every entry used it; nothing is ever removed.
 * An entry's score blends two views, each from 0 to 1:
 * - how much of the message the entry explains (every question variant of the entry, in every language,
 *   pooled), which tolerates word order and paraphrases that borrow from several variants;
 * - how well the message and the single closest variant agree (weighted F1 of both coverages), which
 *   rewards a message that says what one variant says and nothing else.
 */

export type KnowledgeMatch =
  | { readonly kind: 'answer'; readonly entryId: string; readonly score: number }
  | { readonly kind: 'unsure'; readonly entryIds: readonly string[] }
  | { readonly kind: 'none' };

/**
 * 'answer' needs a score of at least this. Measured on the demo knowledge base and the tests: paraphrases
 * of one entry score about 0.4-0.85 (a question asked word for word about 1), unrelated messages 0-0.2, and
 * messages that share one or two words with an entry but ask something else up to about 0.35. Too high and the bot hands off questions it could answer;
 * too low and it answers the wrong question, which costs the shopper more than a clarifying question.
 */
export const ANSWER_MIN_SCORE = 0.38;

/**
 * 'answer' also needs the best entry to lead the next one by this much: two entries that explain the message
 * about equally well are a question to ask back, not an answer to guess.
 */
export const ANSWER_MIN_LEAD = 0.12;

/**
 * An entry below this is not plausible at all. Above it (and not confident) the bot asks one clarifying
 * question offering at most `MAX_UNSURE_ENTRIES` entries. Unrelated messages that share one common word
 * with an entry stay below it.
 */
export const UNSURE_MIN_SCORE = 0.25;

/** A runner-up is offered with the best entry only if it scores at least this share of the best. */
export const UNSURE_MIN_SHARE = 0.7;

/** One clarifying question offers at most this many entries. */
export const MAX_UNSURE_ENTRIES = MAX_CLARIFY_SUGGESTIONS;

/** Share of the score from the pooled entry view; the rest comes from the closest variant. */
const POOLED_SHARE = 0.5;

/** Added to a variant's agreement when it is in the shopper's language: enough to break ties, no more. */
const LANGUAGE_BONUS = 0.02;

/**
 * A message word the knowledge base never uses weighs this share of the rarest known word. It may be a
 * name or a greeting ("hi", "Lisbon") rather than the topic; counting it fully would let a few extra words
 * sink a good match, counting it not at all would let one shared word carry an unrelated message.
 */
const UNKNOWN_TERM_SHARE = 0.5;

/** Single Han characters carry meaning (退 "back", 款 "money") but are less specific than two in a row. */
const HAN_CHARACTER_WEIGHT = 0.5;

/** Word pairs less similar than this do not match at all. */
const MIN_WORD_SIMILARITY = 0.45;

/** Only this much of a message is matched: a question is asked in the first sentences, not the tenth. */
const MAX_MATCHED_LENGTH = 1000;

type TermKind = 'word' | 'exact' | 'gram' | 'han';

interface Term {
  readonly key: string;
  readonly kind: TermKind;
  /** Code points of a `word`, for approximate matching. */
  readonly chars: readonly string[];
}

interface Variant {
  readonly entry: number;
  readonly language: string;
  /** Term ids of the variant. */
  readonly terms: readonly number[];
  /** Sum of the weights of `terms`. */
  readonly weight: number;
}

export interface KnowledgeIndex {
  readonly entries: readonly KnowledgeEntry[];
  readonly terms: readonly Term[];
  readonly termIds: ReadonlyMap<string, number>;
  /** Weight of each term: inverse document frequency over the entries, times its kind's weight. */
  readonly weights: readonly number[];
  /** For each term, the variants it occurs in. */
  readonly postings: readonly (readonly number[])[];
  readonly variants: readonly Variant[];
  /** Approximate-match candidates: character trigram → ids of `word` terms containing it. */
  readonly trigrams: ReadonlyMap<string, readonly number[]>;
  /** Weight of a message term the knowledge base does not know. */
  readonly unknownWeight: number;
  /** Weight of a term every entry uses (before its kind and length). */
  readonly commonWeight: number;
}

/** Scripts written without spaces between words: segmented by `Intl.Segmenter`, and cut into bigrams. */
const SPACELESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}ー]/u;
const SPACELESS_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}ー]+/gu;
const HAN = /\p{Script=Han}/u;

function bigramsOf(chars: readonly string[]): string[] {
  const grams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) grams.push(chars[i]! + chars[i + 1]!);
  return grams;
}

/** The distinct terms of a text, as `Term`s (not yet in any index). */
function termsOf(text: string, language: string): Term[] {
  const folded = foldText(text.length > MAX_MATCHED_LENGTH ? text.slice(0, MAX_MATCHED_LENGTH) : text);
  const terms = new Map<string, Term>();
  const add = (kind: TermKind, value: string) => {
    const key = `${kind}:${value}`;
    if (!terms.has(key)) terms.set(key, { key, kind, chars: kind === 'word' ? [...value] : [] });
  };
  // Each character of a spaceless run remembers the word it is in, so that a bigram across a particle
  // (`を教` in 送料を教えて) is not taken for a shared word.
  const wordAt = new Map<number, { word: string; start: number }>();
  let from = 0;
  for (const word of wordsOf(folded, language)) {
    const start = folded.indexOf(word, from);
    from = start + word.length;
    if (!SPACELESS.test(word)) {
      add('word', word);
      continue;
    }
    add('exact', word);
    for (let i = start; i < from; i++) wordAt.set(i, { word, start });
  }
  for (const run of folded.matchAll(SPACELESS_RUN)) {
    const chars = [...run[0]];
    let offset = run.index;
    for (let i = 0; i < chars.length; i++) {
      const char = chars[i]!;
      if (HAN.test(char)) add('han', char);
      const next = chars[i + 1];
      if (next !== undefined) {
        const [here, there] = [wordAt.get(offset), wordAt.get(offset + char.length)];
        const across = here === undefined || there === undefined || here.start !== there.start;
        if (!across || !(COMMON_WORDS.has(here?.word ?? '') || COMMON_WORDS.has(there?.word ?? ''))) add('gram', char + next);
      }
      offset += char.length;
    }
  }
  return [...terms.values()];
}

const isCommon = (term: Term) => COMMON_WORDS.has(term.key.slice(term.key.indexOf(':') + 1));

const KIND_WEIGHT: Readonly<Record<TermKind, number>> = { word: 1, exact: 1, gram: 1, han: HAN_CHARACTER_WEIGHT };

/**
 * In alphabetic scripts the shortest words are mostly grammar ("a", "to", "de", "la", "في"). With few
 * entries the document frequency cannot tell, so a word under `FULL_WEIGHT_LETTERS` letters starts lower.
 */
const FULL_WEIGHT_LETTERS = 4;

const termWeight = (term: Term) =>
  KIND_WEIGHT[term.kind] * (term.kind === 'word' ? Math.min(1, term.chars.length / FULL_WEIGHT_LETTERS) : 1);

/**
 * Document frequency needs many documents to learn that a word is grammar; a shop's knowledge base may have
 * six entries, and then "where" or "want" look as specific as "warranty" because one question happens to use
 * them. These question and helper words (folded) are therefore counted as if every entry used them: they still
 * match, they just weigh as little as the most common words. Not a stopword list that removes words: the
 * weighting does the rest, and a large knowledge base needs none of this.
 */
const COMMON_WORDS = new Set(
  [
    // en
    'a an and or but if so not no yes i me my we us our you it its is are am was were be been to of in on at for by as the this that these those what which where when why how who whom whose can could would should will shall does did done doing do have has having want wanted need like please there their they them then than with from into about your yours mine some any also just very much many more still here make get got',
    // de
    'der die das den dem des ein eine einen einem einer eines und oder aber ich mich mir mein meine meinen meinem du dich dir dein deine ihr euch euer eure wir uns unser sie ihnen ist sind bin bist war wird werden wurde kann kannst konnen muss mussen will willst mochte mochten soll geht gibt habe hast haben hat was wie wo wann warum welche welcher welches wer mit von fur auf aus bei nach zum zur ins auch noch schon nicht kein keine bitte etwas diese dieser dieses tun mache machen',
    // fr
    'les des une un du de la le et ou mais je me moi mon ma mes tu te toi ton ta tes vous votre vos nous notre nos il elle ils elles est sont suis etre avoir ai as avez ont fait faire peux peut pouvez puis veux voudrais voulez dois doit comment quoi quel quelle quels quelles quand pourquoi qui que ou avec pour dans sur par pas plus tres aussi encore cette ces svp',
    // es
    'los las una uno unos unas del el la de y o pero yo me mi mis tu te ti su sus usted ustedes nosotros nuestro nuestra es son soy estoy esta estan ser estar tengo tiene tienen hay hago hace hacer puedo puede pueden quiero quiere quisiera debo como que cual cuales cuando donde por para con sin muy mas tambien este esta estos favor algo',
    // ar
    // zh, ja, th: words as Intl.Segmenter cuts them; they also make bigrams and characters of the same text common
    '我 你 您 的 了 是 吗 呢 吧 怎么 怎么办 怎样 什么 如何 可以 能 能不能 要 想 请问 请 这个 那个 有 没有 在 和 我们 你们',
    'の は が を に で と も か へ や て た い だ ない たい した します ました ません です ます ください ですか ますか できますか 教えて したい どう どの どのくらい 何 いつ どこ ありますか',
    'ไหม ได้ไหม ครับ ค่ะ คะ อย่างไร ยังไง ต้อง ทำ ได้ อยาก ไหน บ้าง ของ ที่ และ หรือ ฉัน ผม คุณ จะ',
    'ما ماذا هل كيف متى اين لماذا من الي علي في عن مع هذا هذه ذلك تلك التي الذي انا انت انتم نحن هو هي لي لك لدي عندي يمكن يمكنني يمكنك استطيع اريد اود افعل اعمل لا لم لن ان او ثم قد كان يكون ايضا جدا',
  ]
    .join(' ')
    .split(' ')
    .map(foldText)
    .flatMap((word) => [word, ...(SPACELESS.test(word) ? [...bigramsOf([...word]), ...[...word].filter((char) => HAN.test(char))] : [])]),
);

/** Smoothed inverse document frequency (as in BM25): positive even for a term in every entry. */
const idf = (entries: number, withTerm: number) => Math.log(1 + (entries - withTerm + 0.5) / (withTerm + 0.5));

function trigramsOf(chars: readonly string[]): string[] {
  const grams: string[] = [];
  for (let i = 0; i + 2 < chars.length; i++) grams.push(chars[i]! + chars[i + 1]! + chars[i + 2]!);
  return grams;
}

/** Precomputes the terms, weights and postings of every question variant of every entry. */
export function buildKnowledgeIndex(entries: readonly KnowledgeEntry[]): KnowledgeIndex {
  const terms: Term[] = [];
  const termIds = new Map<string, number>();
  const entriesWith: Set<number>[] = [];
  const postings: number[][] = [];
  const variantTerms: { entry: number; language: string; terms: number[] }[] = [];
  entries.forEach((entry, entryIndex) => {
    for (const [language, questions] of Object.entries(entry.questions)) {
      for (const question of questions) {
        const ids: number[] = [];
        for (const term of termsOf(question, language)) {
          let id = termIds.get(term.key);
          if (id === undefined) {
            id = terms.length;
            terms.push(term);
            termIds.set(term.key, id);
            entriesWith.push(new Set());
            postings.push([]);
          }
          entriesWith[id]!.add(entryIndex);
          postings[id]!.push(variantTerms.length);
          ids.push(id);
        }
        if (ids.length > 0) variantTerms.push({ entry: entryIndex, language, terms: ids });
      }
    }
    // Answers are not matched, but they are the most text the merchant wrote in each language: a word that
    // every answer uses ("you", "we", "nous") is common there even when only one question has it.
    for (const [language, answer] of Object.entries(entry.answers)) {
      for (const term of termsOf(answer, language)) {
        const id = termIds.get(term.key);
        if (id !== undefined) entriesWith[id]!.add(entryIndex);
      }
    }
  });
  const weights = terms.map((term, id) => {
    const withTerm = isCommon(term) ? entries.length : entriesWith[id]!.size;
    return idf(entries.length, withTerm) * termWeight(term);
  });
  const variants = variantTerms.map((variant) => ({ ...variant, weight: variant.terms.reduce((sum, id) => sum + weights[id]!, 0) }));
  const trigrams = new Map<string, number[]>();
  terms.forEach((term, id) => {
    if (term.kind !== 'word') return;
    for (const gram of new Set(trigramsOf(term.chars))) {
      const list = trigrams.get(gram);
      if (list) list.push(id);
      else trigrams.set(gram, [id]);
    }
  });
  return { entries, terms, termIds, weights, postings, variants, trigrams, unknownWeight: idf(entries.length, 1) * UNKNOWN_TERM_SHARE, commonWeight: idf(entries.length, entries.length) };
}

const startsWith = (long: readonly string[], short: readonly string[]) => short.every((char, i) => long[i] === char);
const endsWith = (long: readonly string[], short: readonly string[]) => short.every((char, i) => long[long.length - short.length + i] === char);

function includes(long: readonly string[], short: readonly string[]): boolean {
  for (let start = 1; start + short.length < long.length; start++) {
    if (short.every((char, i) => long[start + i] === char)) return true;
  }
  return false;
}

function commonPrefix(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function longestCommonRun(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        row[j] = previous[j - 1]! + 1;
        if (row[j]! > best) best = row[j]!;
      }
    }
    previous = row;
  }
  return best;
}

/**
 * How alike two different folded words are, from 0 to 1: a light, language-blind stand-in for stemming.
 * A shorter word that starts the longer one is an inflection (`return`/`returned`, `envio`/`envios`); one
 * that ends it is a compound or a prefixed article (`versandkosten`/`kosten`, `الشحن`/`شحن`); a long shared
 * stem or run catches the rest (`devolucion`/`devolver`, `ruckgabe`/`zuruckgeben`). The more the longer
 * word adds, the lower the similarity.
 */
function wordSimilarity(a: readonly string[], b: readonly string[]): number {
  const similarity = rawSimilarity(a, b);
  if (similarity >= 0.9) return similarity;
  // `المنتج` and `منتجا` only meet once the article is off.
  const [stemA, stemB] = [withoutArabicArticle(a), withoutArabicArticle(b)];
  if (stemA === a && stemB === b) return similarity;
  return Math.max(similarity, 0.95 * rawSimilarity(stemA, stemB));
}

const ARABIC_ARTICLES = ['وال', 'بال', 'فال', 'كال', 'ال', 'لل'].map((prefix) => [...prefix]);

function withoutArabicArticle(word: readonly string[]): readonly string[] {
  const article = ARABIC_ARTICLES.find((prefix) => word.length - prefix.length >= 3 && startsWith(word, prefix));
  return article === undefined ? word : word.slice(article.length);
}

function rawSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === b.length && a.every((char, i) => b[i] === char)) return 1;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 3) return 0;
  const share = (n: number) => Math.sqrt(n / long.length);
  if (startsWith(long, short)) return 0.9 * share(short.length);
  if (hasArabicPrefix(long, short)) return 0.9;
  // Below four letters, a word inside another is mostly chance (`der` in `order`).
  if (short.length >= 4 && endsWith(long, short)) return 0.8 * share(short.length);
  if (short.length >= 4 && includes(long, short)) return 0.75 * share(short.length);
  const prefix = commonPrefix(short, long);
  if (prefix >= 4 && prefix >= 0.6 * short.length) return 0.75 * share(prefix);
  const run = longestCommonRun(short, long);
  if (run >= 6 && run >= 0.75 * short.length) return 0.7 * share(run);
  return 0;
}

/**
 * Arabic writes the article, some prepositions and conjunctions, and the person and future prefixes of verbs
 * as part of the word: `الشحن` is `شحن` (shipping), `سأدفع` is `دفع` (pay).
 */
const ARABIC_PREFIXES = ['ال', 'وال', 'بال', 'فال', 'كال', 'لل', 'و', 'ب', 'ل', 'ف', 'ا', 'ي', 'ت', 'ن', 'سا', 'سي', 'ست', 'سن'].map((prefix) => [...prefix]);

function hasArabicPrefix(long: readonly string[], short: readonly string[]): boolean {
  return ARABIC_PREFIXES.some((prefix) => prefix.length + short.length === long.length && startsWith(long, prefix) && endsWith(long, short));
}

interface QueryTerm {
  readonly weight: number;
  /** Index terms it matches, with their similarity (1 for the term itself). */
  readonly matches: ReadonlyMap<number, number>;
}

function queryTermsOf(index: KnowledgeIndex, text: string, language: string): QueryTerm[] {
  return termsOf(text, language).map((term) => {
    const matches = new Map<number, number>();
    const own = index.termIds.get(term.key);
    if (own !== undefined) matches.set(own, 1);
    if (term.kind === 'word') {
      for (const gram of new Set(trigramsOf(term.chars))) {
        for (const id of index.trigrams.get(gram) ?? []) {
          if (matches.has(id)) continue;
          const similarity = wordSimilarity(term.chars, index.terms[id]!.chars);
          matches.set(id, similarity >= MIN_WORD_SIMILARITY ? similarity : 0);
        }
      }
      for (const [id, similarity] of matches) if (similarity === 0) matches.delete(id);
    }
    // A known term weighs its own weight; a variant of a known word (`returns`) that word's; others little.
    let weight = (isCommon(term) ? index.commonWeight : index.unknownWeight) * termWeight(term);
    if (own !== undefined) weight = index.weights[own]!;
    else {
      let best = 0;
      for (const [id, similarity] of matches) {
        if (similarity > best) {
          best = similarity;
          weight = index.weights[id]!;
        }
      }
    }
    return { weight, matches };
  });
}

const sameLanguage = (a: string, b: string) => a.split('-')[0]!.toLowerCase() === b.split('-')[0]!.toLowerCase();

/** Every entry's score for a message, from 0 to 1 (plus the language bonus), in entry order. */
function scoresOf(index: KnowledgeIndex, text: string, language: string): number[] {
  const entryCount = index.entries.length;
  const query = queryTermsOf(index, text, language);
  const total = query.reduce((sum, term) => sum + term.weight, 0);
  if (total === 0) return new Array<number>(entryCount).fill(0);

  // Per entry (pooled) and per variant: the best similarity for each message term.
  const pooled = new Array<number>(entryCount).fill(0);
  const explained = new Map<number, number>(); // variant → weight of the message it explains
  const covered = new Map<number, Map<number, number>>(); // variant → its term → best similarity
  for (const term of query) {
    const bestInEntry = new Map<number, number>();
    const bestInVariant = new Map<number, number>();
    for (const [id, similarity] of term.matches) {
      for (const variant of index.postings[id]!) {
        const entry = index.variants[variant]!.entry;
        if (similarity > (bestInEntry.get(entry) ?? 0)) bestInEntry.set(entry, similarity);
        if (similarity > (bestInVariant.get(variant) ?? 0)) bestInVariant.set(variant, similarity);
        let own = covered.get(variant);
        if (!own) covered.set(variant, (own = new Map()));
        if (similarity > (own.get(id) ?? 0)) own.set(id, similarity);
      }
    }
    for (const [entry, similarity] of bestInEntry) pooled[entry]! += term.weight * similarity;
    for (const [variant, similarity] of bestInVariant) explained.set(variant, (explained.get(variant) ?? 0) + term.weight * similarity);
  }

  const closest = new Array<number>(entryCount).fill(0);
  for (const [variantIndex, weight] of explained) {
    const variant = index.variants[variantIndex]!;
    const precision = weight / total;
    let matched = 0;
    for (const [id, similarity] of covered.get(variantIndex) ?? []) matched += index.weights[id]! * similarity;
    const recall = variant.weight > 0 ? matched / variant.weight : 0;
    const agreement = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    const score = agreement + (sameLanguage(variant.language, language) ? LANGUAGE_BONUS : 0);
    if (score > closest[variant.entry]!) closest[variant.entry] = score;
  }
  return pooled.map((weight, entry) => POOLED_SHARE * (weight / total) + (1 - POOLED_SHARE) * closest[entry]!);
}

/**
 * What the bot should do with a message: answer one entry, ask which of one or two entries was meant,
 * or not answer from the knowledge base. `language` is the shopper's (the page's) language; questions in
 * every language are matched, those in `language` win ties.
 */
export function matchKnowledge(index: KnowledgeIndex, text: string, language: string): KnowledgeMatch {
  const ranked = scoresOf(index, text, language)
    .map((score, entry) => ({ score, entry }))
    .filter(({ score }) => score >= UNSURE_MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.entry - b.entry);
  const [best, second] = ranked;
  if (best === undefined) return { kind: 'none' };
  const id = (entry: number) => index.entries[entry]!.id;
  if (best.score >= ANSWER_MIN_SCORE && (second === undefined || best.score - second.score >= ANSWER_MIN_LEAD)) {
    return { kind: 'answer', entryId: id(best.entry), score: Math.round(Math.min(1, best.score) * 1000) / 1000 };
  }
  const plausible = ranked.filter(({ score }) => score >= best.score * UNSURE_MIN_SHARE).slice(0, MAX_UNSURE_ENTRIES);
  return { kind: 'unsure', entryIds: plausible.map(({ entry }) => id(entry)) };
}

/**
 * The value for the shopper's language: the exact tag, else its base language (`pt` for `pt-BR`), else
 * another variant of that language (`pt-PT` for `pt-BR`), else the site's default language
 * (`siteLanguages[0]`, or its base), else the first one there is. Null for an empty record.
 */
export function inLanguage<T>(
  byLanguage: Readonly<Record<string, T>>,
  language: string,
  siteLanguages: readonly string[],
): { readonly language: string; readonly value: T } | null {
  const tags = Object.keys(byLanguage);
  const find = (wanted: string | undefined): string | undefined => {
    if (wanted === undefined || wanted === '') return undefined;
    const lower = wanted.toLowerCase();
    const base = lower.split('-')[0]!;
    return (
      tags.find((tag) => tag.toLowerCase() === lower) ??
      tags.find((tag) => tag.toLowerCase() === base) ??
      tags.find((tag) => tag.toLowerCase().split('-')[0] === base)
    );
  };
  const tag = find(language) ?? find(siteLanguages[0]) ?? tags[0];
  return tag === undefined ? null : { language: tag, value: byLanguage[tag]! };
}

/** The entry's answer in the shopper's language (`inLanguage`). */
export function answerFor(
  entry: KnowledgeEntry,
  language: string,
  siteLanguages: readonly string[],
): { readonly language: string; readonly text: string } {
  const found = inLanguage(entry.answers, language, siteLanguages);
  return found ? { language: found.language, text: found.value } : { language: siteLanguages[0] ?? language, text: '' };
}
