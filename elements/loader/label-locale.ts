import { launcherLabels } from '../../locales/generated/launcher-labels.js';
import { sourceLocale } from '../../locales/generated/locale-codes.js';

/** `pt-PT` → `ptLatn`: the language and its likely script; '' for what is not a BCP 47 tag. */
function languageAndScript(tag: string | null | undefined): string {
  try {
    const { language, script } = new Intl.Locale(tag!.trim().replace(/_/g, '-')).maximize();
    return language + script;
  } catch {
    return '';
  }
}

const LABEL_LOCALES = Object.keys(launcherLabels);

/**
 * The locale <cs-widget> will speak for the same preferences, as src/i18n/negotiateLocale picks it, in
 * fewer bytes: no two of our locales share a language and script, so the region never decides
 * (tests/core/label-locale.test.ts holds both to the same answers).
 */
export function labelLocale(requested: readonly (string | null | undefined)[]): string {
  const languages = LABEL_LOCALES.map(languageAndScript);
  for (const tag of requested) {
    const index = languages.indexOf(languageAndScript(tag));
    if (index >= 0) return LABEL_LOCALES[index]!;
  }
  return sourceLocale;
}
