export type Direction = 'ltr' | 'rtl';

const RTL_SCRIPTS = new Set(['Adlm', 'Arab', 'Hebr', 'Nkoo', 'Rohg', 'Syrc', 'Thaa']);

/** `ar` → rtl, `az-Arab` → rtl, `az` → ltr: from the locale's likely script, not a list of languages. */
export function directionOf(tag: string): Direction {
  const { script } = new Intl.Locale(tag.replace(/_/g, '-')).maximize();
  return script !== undefined && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
}

/** Text wrapped in first-strong isolates, for a name or a number placed inside a translated sentence. */
export const isolate = (text: string): string => `\u2068${text}\u2069`;
