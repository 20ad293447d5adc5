import { configureLocalization } from '@lit/localize';

/**
 * The single `configureLocalization` call. English is the source locale; translated locales are added
 * to `targetLocales` (and loaded lazily) by the localization work.
 */
export const { getLocale, setLocale } = configureLocalization({
  sourceLocale: 'en',
  targetLocales: [],
  loadLocale: (locale) => Promise.reject(new Error(`no translations for ${locale}`)),
});
