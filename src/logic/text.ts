/**
 * Text as the bot and the triage compare it: folded (case, accents, letter variants) and cut into words,
 * also for languages written without spaces (Chinese, Japanese, Thai) through `Intl.Segmenter`.
 */

// Marks on these scripts are accents a shopper may or may not type; elsewhere (Thai, Devanagari, kana
// voicing) marks change the letter, so they stay.
const ACCENT = /(\p{Script=Latin}|\p{Script=Greek}|\p{Script=Cyrillic})\p{M}+/gu;
// Arabic short vowels, Quranic marks and the tatweel; Hebrew points and cantillation; zero-width joiners
// (Persian writes می‌خواهم with one, or without).
const POINTING = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u0591-\u05C7\u200B-\u200D\uFEFF]/g;
// Letters written in several ways for the same word (Arabic hamza seats, Persian and Arabic yeh and kaf).
const LETTER_VARIANTS: Readonly<Record<string, string>> = {
  'أ': 'ا',
  'إ': 'ا',
  'آ': 'ا',
  'ٱ': 'ا',
  'ى': 'ي',
  'ی': 'ي',
  'ئ': 'ي',
  'ة': 'ه',
  'ؤ': 'و',
  'ک': 'ك',
  'ß': 'ss',
  'ё': 'е',
  'ı': 'i',
};
const VARIANT = new RegExp(`[${Object.keys(LETTER_VARIANTS).join('')}]`, 'g');

// NFKD splits Thai and Lao SARA AM (ำ, ຳ) into two marks that NFC does not join again; written apart they
// would no longer be the words the segmenter's dictionary knows (ทำ "do"), so they are joined back.
const SARA_AM = /\u0E4D\u0E32|\u0ECD\u0EB2/g;

/** Lower case, no accents, one spelling per letter, full-width forms made plain, spaces collapsed. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(ACCENT, '$1')
    .replace(POINTING, '')
    .normalize('NFC')
    .replace(SARA_AM, (pair) => (pair[0] === '\u0E4D' ? '\u0E33' : '\u0EB3'))
    .replace(VARIANT, (letter) => LETTER_VARIANTS[letter] ?? letter)
    .replace(/\s+/g, ' ')
    .trim();
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    let locale = 'und';
    try {
      locale = Intl.getCanonicalLocales(language)[0] ?? 'und';
    } catch {
      // not a language tag: segment by the default rules
    }
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/** The words of an already folded text, in order (numbers count as words; punctuation does not). */
export function wordsOf(folded: string, language = 'und'): string[] {
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenterFor(language).segment(folded)) {
    if (isWordLike) words.push(segment);
  }
  return words;
}

/** Arabic-Indic and Persian digits as ASCII ones (order numbers, "6 weeks" written ۶ هفته). */
export const toAsciiDigits = (text: string): string =>
  text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => String((digit.charCodeAt(0) - 0x0660) % 0x90));
