// Entry of the agent dashboard (`dist/cs-agent-console.js`): registers <cs-agent-console> and what it uses.
import type { LocaleModule } from '@lit/localize';
import { useTranslations, type TargetLocale } from './i18n/localization.js';

// The console's locales hold the widget's strings too (its elements share them); one chunk each.
const locales: Record<TargetLocale, () => Promise<LocaleModule>> = {
  ar: () => import('../locales/generated/console/ar.js'),
  de: () => import('../locales/generated/console/de.js'),
  es: () => import('../locales/generated/console/es.js'),
  fa: () => import('../locales/generated/console/fa.js'),
  fr: () => import('../locales/generated/console/fr.js'),
  he: () => import('../locales/generated/console/he.js'),
  id: () => import('../locales/generated/console/id.js'),
  it: () => import('../locales/generated/console/it.js'),
  ja: () => import('../locales/generated/console/ja.js'),
  ko: () => import('../locales/generated/console/ko.js'),
  nl: () => import('../locales/generated/console/nl.js'),
  pl: () => import('../locales/generated/console/pl.js'),
  'pt-BR': () => import('../locales/generated/console/pt-BR.js'),
  ru: () => import('../locales/generated/console/ru.js'),
  th: () => import('../locales/generated/console/th.js'),
  tr: () => import('../locales/generated/console/tr.js'),
  vi: () => import('../locales/generated/console/vi.js'),
  'zh-Hans': () => import('../locales/generated/console/zh-Hans.js'),
};
useTranslations((locale) => locales[locale]());

export { CsAgentConsole } from './agent-console/agent-console.js';
