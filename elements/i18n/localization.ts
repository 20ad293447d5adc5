import { configureLocalization, type LocaleModule } from '@lit/localize';
import { allLocales, sourceLocale, targetLocales } from '../../locales/generated/locale-codes.js';
import { negotiateLocale } from '../../src/i18n/negotiate.js';

export type TargetLocale = (typeof targetLocales)[number];

let localization: ReturnType<typeof configureLocalization> | undefined;

/**
 * The single `configureLocalization` call, made by each entry with the translations its audience needs:
 * the widget loads `locales/generated/widget/`, the agent console `locales/generated/console/`, one
 * locale at a time, when it is first spoken. Elements used without an entry (tests) speak English.
 */
export function useTranslations(loadLocale: (locale: TargetLocale) => Promise<LocaleModule>) {
  localization = configureLocalization({ sourceLocale, targetLocales, loadLocale: (locale) => loadLocale(locale as TargetLocale) });
}

/** The locale being spoken (it changes once its translations have loaded). */
export const getLocale = (): string => localization?.getLocale() ?? sourceLocale;

/**
 * Speaks the first of `requested` we have a translation for (see `negotiateLocale`), else English. Safe to
 * call with anything a page author writes; resolves once the new locale is rendered-ready.
 */
export const requestLocale = async (requested: readonly (string | null | undefined)[]) =>
  localization?.setLocale(negotiateLocale(requested, allLocales, sourceLocale));
