/**
 * Entry of the page script: defines <cs-widget> and the elements it renders. Merchants add
 * `<cs-widget server="…" site-key="…"></cs-widget>` and this script; nothing else on the page changes.
 */
import { useTranslations } from './i18n/localization.js';

// Each locale is its own chunk (dist/locales/widget/<locale>.js): a shopper downloads only theirs.
useTranslations((locale) => import(`../locales/generated/widget/${locale}.ts`));

export { CsWidget } from './widget/widget.js';
