/**
 * Entry of the page script: defines <cs-widget> and the elements it renders. Merchants add
 * `<cs-widget server="…" site="…"></cs-widget>` and this script; nothing else on the page changes.
 */
import type { LocaleModule } from '@lit/localize';
import { useTranslations, type TargetLocale } from './i18n/localization.js';

// Each locale is its own chunk (dist/locales/widget/<locale>.js): a shopper downloads only theirs.
const locales: Record<TargetLocale, () => Promise<LocaleModule>> = {
  ar: () => import('../locales/generated/widget/ar.js'),
  de: () => import('../locales/generated/widget/de.js'),
  es: () => import('../locales/generated/widget/es.js'),
  fa: () => import('../locales/generated/widget/fa.js'),
  fr: () => import('../locales/generated/widget/fr.js'),
  he: () => import('../locales/generated/widget/he.js'),
  id: () => import('../locales/generated/widget/id.js'),
  it: () => import('../locales/generated/widget/it.js'),
  ja: () => import('../locales/generated/widget/ja.js'),
  ko: () => import('../locales/generated/widget/ko.js'),
  nl: () => import('../locales/generated/widget/nl.js'),
  pl: () => import('../locales/generated/widget/pl.js'),
  'pt-BR': () => import('../locales/generated/widget/pt-BR.js'),
  ru: () => import('../locales/generated/widget/ru.js'),
  th: () => import('../locales/generated/widget/th.js'),
  tr: () => import('../locales/generated/widget/tr.js'),
  vi: () => import('../locales/generated/widget/vi.js'),
  'zh-Hans': () => import('../locales/generated/widget/zh-Hans.js'),
};
useTranslations((locale) => locales[locale]());

export { CsWidget } from './widget/widget.js';
// The public events' types (and their entries in GlobalEventHandlersEventMap) for the package's users.
export type {
  CsCloseEvent,
  CsErrorEvent,
  CsMessageDetail,
  CsMessageEvent,
  CsOpenEvent,
  CsReadyEvent,
  CsUnreadChangeEvent,
  CsWidgetEvent,
  CsWidgetEventDetails,
  CsWidgetEventName,
} from './events/cs-widget-event.js';
