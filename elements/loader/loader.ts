/**
 * The script tag merchants paste (dist/loader.js, at most 2 KB brotli, no Lit):
 *
 *   <script src="https://cdn.example.com/loader.js" data-server="chat.example.com" data-site="my-shop" async></script>
 *
 * It draws a launcher that looks and sits exactly like <cs-widget>'s, fetches the widget
 * (cs-widget.js next to this file) when the browser is idle or the shopper reaches for the launcher, and
 * puts the real <cs-widget> in its place only once the shopper has hovered, focused or clicked it: before
 * that, nothing opens a socket or touches storage. Works async, deferred, plain or as a module, and only
 * once however often the page includes it. Strict-CSP and Trusted Types safe: no markup strings, no
 * inline styles, no script elements.
 */
import { launcherLabels } from '../../locales/generated/launcher-labels.js';
import { isSiteKey } from '../../src/protocol/messages.js';
import { LOADER_ATTRIBUTES } from './attributes.js';
import { labelLocale } from './label-locale.js';
import launcherStyles from './launcher.styles.js';

/** Set on the window by the first copy of the loader that runs: tag managers include scripts twice. */
const STARTED = Symbol.for('cs-widget.loader');
/** The real launcher's chat icon (elements/widget/widget.ts). */
const CHAT_ICON = 'M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.6A8 8 0 1 1 21 12Z';
const SVG_NS = 'http://www.w3.org/2000/svg';

/** The script's valid settings, by attribute name without `data-`. */
type LoaderConfig = Partial<Record<(typeof LOADER_ATTRIBUTES)[number], string>>;

type WidgetElement = HTMLElement & { readonly updateComplete: Promise<boolean> };

const report = (problem: string) => console.error(`[cs-widget] ${problem}`);

/** `chat.example.com`, `localhost:1999` or an origin like `https://chat.example.com`: no path, no query. */
const SERVER = /^([a-z]+:\/\/)?[^\s/?#@]+\/?$/i;

/** The script's settings, each mistake reported; undefined when the widget cannot work without a fix. */
function readConfig(script: HTMLScriptElement): LoaderConfig | undefined {
  const config: Record<string, string> = {};
  for (const name of script.getAttributeNames()) {
    if (!name.startsWith('data-')) continue;
    if ((LOADER_ATTRIBUTES as readonly string[]).includes(name.slice(5))) config[name.slice(5)] = script.getAttribute(name)!;
    else report(`${name} is unknown: expected data-${LOADER_ATTRIBUTES.join(', data-')}`);
  }
  const { server, site, placement, color } = config as LoaderConfig;
  /** Reports the attribute unless `valid`, and drops it. */
  const check = (valid: boolean, name: string, expected: string) => {
    if (!valid) {
      report(`data-${name}${name in config ? `="${config[name]}"` : ' is missing'}: expected ${expected}`);
      delete config[name];
    }
    return valid;
  };
  const serverValid = check(!!server && SERVER.test(server), 'server', 'a host like chat.example.com');
  const siteValid = check(isSiteKey(site), 'site', '1-64 of A-Za-z0-9_.-');
  check(!placement || placement === 'start' || placement === 'end', 'placement', 'start or end');
  check(!color || CSS.supports('color', color), 'color', 'a CSS colour');
  return serverValid && siteValid ? config : undefined;
}

/** A new element with `attributes`, appended to `parent`; an HTML one unless a `namespace` is given. */
function append(parent: Node, tag: string, attributes: Record<string, string>, namespace?: string) {
  const element = parent.appendChild(namespace ? document.createElementNS(namespace, tag) : document.createElement(tag));
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

/**
 * A task of its own after this one: the browser handles input in between. (The executor's `reject`
 * lands in setTimeout's delay: not a number, so 0.)
 */
const nextTask = () => new Promise(setTimeout as (resolve: (value: unknown) => void) => void);

/** Draws the launcher; swaps in <cs-widget> (loaded from `widgetUrl`) once the shopper reaches for it. */
async function start(config: LoaderConfig, widgetUrl: string) {
  // Three tasks, none long enough to hold up the page (50 ms at a 4x slower CPU): the script, the
  // locale (the page's first Intl.Locale#maximize loads the likely subtags: ~30 ms) and the drawing.
  await nextTask();
  const locale = labelLocale([config.locale, document.documentElement.lang, ...navigator.languages]);
  await nextTask();
  // A page that has the element itself needs no launcher of ours.
  if (document.querySelector('cs-widget')) return;

  const host = document.createElement('cs-widget-launcher');
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(launcherStyles);
  root.adoptedStyleSheets = [sheet];
  if (config.placement) host.setAttribute('placement', config.placement);
  // Through the CSSOM, which a strict Content-Security-Policy allows (a style attribute it does not).
  if (config.color) host.style.setProperty('--cs-accent', config.color);
  // The real launcher's markup (its class too, for selectors), with its `.base`'s language. No type: a
  // shadow root has no form to submit; no aria-expanded: focus moves to the real one at once.
  // `dir="auto"`: every label is written in its locale's script, so its first letter gives its direction.
  const button = append(root, 'button', { class: 'launcher', lang: locale, dir: 'auto' });
  const icon = append(button, 'svg', { viewBox: '0 0 24 24', 'aria-hidden': 'true' }, SVG_NS);
  append(icon, 'path', { d: CHAT_ICON }, SVG_NS);
  button.append(launcherLabels[locale]!);
  document.body.append(host);

  let widgetModule: Promise<{ warmUp(): Promise<void> }> | undefined;
  const load = () => (widgetModule ??= import(/* @vite-ignore */ widgetUrl));
  // Fetched early when nothing else runs, and rendered once out of sight, so the swap is quick; neither
  // opens nor reads anything. A failure is reported once the shopper reaches for the launcher.
  (window.requestIdleCallback ?? setTimeout)(() => load().then((widget) => widget.warmUp()).catch(() => {}));

  let widget: WidgetElement | undefined;
  /** Puts <cs-widget> where the launcher is, once it is defined and speaks the launcher's language. */
  const swap = async (real: WidgetElement) => {
    await load(); // when it fails, the browser reports it, naming the URL
    // The widget renders in English first when the shopper's locale has to load: ours stays on top until
    // it has rendered in the shopper's language (or in English, when that language failed to load).
    const ready = new Promise((resolve) => real.addEventListener('cs-ready', resolve));
    host.before(real);
    await ready;
    // Never from under a press: a button pressed on ours and released on the real one clicks neither. A
    // frame's wait lets a press already on its way (the shopper hovered and clicked at once) reach ours;
    // a press on ours is waited out (its click opens the panel).
    await new Promise(requestAnimationFrame);
    if (button.matches(':active')) await new Promise((resolve) => button.addEventListener('click', resolve, { once: true }));
    const open = real.hasAttribute('open');
    // Opened: the composer, to type at once; focused: the real launcher; hovered: the focus stays put.
    if (open || root.activeElement) real.shadowRoot!.querySelector<HTMLElement>(open ? 'cs-composer' : '.launcher')!.focus();
    host.remove();
  };
  const interact = (event: Event) => {
    if (!widget) {
      // Defined now if fetched at idle; if not, it upgrades when inserted, with these attributes.
      widget = document.createElement('cs-widget') as WidgetElement;
      // The element's attributes have the script's names (server, site, locale, placement, identity-token).
      for (const [name, value] of Object.entries(config)) if (name !== 'color') widget.setAttribute(name, value);
      if (config.color) widget.style.setProperty('--cs-accent', config.color);
      void swap(widget);
    }
    if (event.type === 'click') widget.setAttribute('open', '');
  };
  for (const type of ['pointerenter', 'focus', 'click']) button.addEventListener(type, interact);
}

const page = window as Window & { [STARTED]?: true };
if (!page[STARTED]) {
  page[STARTED] = true;
  // A module script has no currentScript: then ours is the one carrying our attributes. Without one,
  // an empty script stands in, so that both attributes are reported missing.
  const script = (document.currentScript ??
    document.querySelector('script[data-site],script[data-server]') ??
    document.createElement('script')) as HTMLScriptElement;
  const config = readConfig(script);
  // The widget is next to this file, with no query string: its locale chunks import exactly that URL.
  const begin = () => config && start(config, new URL('cs-widget.js', script.src).href);
  if (document.body) begin();
  else addEventListener('DOMContentLoaded', begin);
}
