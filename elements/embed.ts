/**
 * Entry of the page script: defines <cs-widget> and the elements it renders. Merchants add
 * `<cs-widget server="…" site="…"></cs-widget>` and this script; nothing else on the page changes.
 */
import type { LocaleModule } from '@lit/localize';
import type { ReactiveElement } from 'lit';
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

/**
 * Renders each of the widget's elements once, out of sight, so that the first real one (the loader's swap,
 * right after the shopper's first touch) finds Lit's templates prepared, the stylesheets built and the
 * shopper's language loaded. One element a task, none long enough to hold up the page (50 ms at a 4x
 * slower CPU). Without server and site the widget opens nothing and reads nothing; its events silenced,
 * it tells the page nothing; hidden and inert, nobody sees, hears or focuses it.
 */
export async function warmUp() {
  // Named cs-*: a page's scripts and tests tell it from their own markup.
  const shelf = document.createElement('cs-widget-warm-up');
  // Laid out, so the browser's style caches warm too, but never painted: hidden, and contained (its
  // fixed-position launcher and panel included).
  shelf.style.setProperty('visibility', 'hidden', 'important');
  shelf.style.setProperty('contain', 'strict', 'important');
  shelf.style.setProperty('position', 'fixed', 'important');
  shelf.inert = true;
  const root = shelf.attachShadow({ mode: 'closed' });
  document.body.append(shelf);
  for (const tag of ['cs-composer', 'cs-message-list', 'cs-typing-indicator', 'cs-wait-banner', 'cs-widget'] as const) {
    await new Promise((resolve) => setTimeout(resolve));
    const element = root.appendChild(document.createElement(tag) as ReactiveElement);
    // The widget open: its panel is what the shopper's first click lays out.
    element.toggleAttribute('open', tag === 'cs-widget');
    // Its events (cs-ready) are not the page's to hear.
    element.dispatchEvent = () => true;
    await element.updateComplete;
  }
  // A frame to lay it all out.
  await new Promise(requestAnimationFrame);
  await new Promise((resolve) => setTimeout(resolve));
  shelf.remove();
}

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
