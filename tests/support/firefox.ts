// Debian's Firefox ESR for end-to-end tests, driven by puppeteer-core over WebDriver BiDi: Playwright
// needs its own patched Firefox and Debian has no geckodriver (TOOLCHAIN.md section 2). Firefox's BiDi
// looks up accessible names only outside shadow roots, so the widget's controls are found here by role
// and name through every open shadow root, in the page.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before } from 'node:test';
import puppeteer, { type Browser, type ElementHandle, type Frame, type Page } from 'puppeteer-core';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { PartykitDev } from './partykit.ts';

/** What a test file drives: a live `partykit dev`, the demo server in front of it, and a Firefox. */
export interface FirefoxOnTheDemo {
  dev: PartykitDev;
  demo: Awaited<ReturnType<typeof startDemoServer>>;
  browser: Browser;
}

/** Starts `partykit dev` with these sites, the demo server and a Firefox before the file's tests; stops them after. */
export function firefoxOnTheDemo(sites: Record<string, unknown>): FirefoxOnTheDemo {
  const live = {} as FirefoxOnTheDemo;
  before(async () => {
    live.dev = await PartykitDev.start({ sites });
    live.demo = await startDemoServer({ port: 0, partykitHost: live.dev.host });
    live.browser = await launchFirefox();
  });
  after(async () => {
    await live.browser?.close();
    await live.demo?.close();
    await live.dev?.dispose();
  });
  return live;
}

/** The Firefox the tests drive: `FIREFOX_PATH`, or Debian's package. */
export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(path)) throw new Error(`No Firefox at ${path}: run \`apt-get install -y firefox-esr\` or set FIREFOX_PATH.`);
  return path;
}

/**
 * Firefox preferences behind media features WebDriver BiDi cannot emulate, for `launchFirefox(prefs)`
 * (browser-wide, so a browser of their own).
 */
export const FORCED_COLORS_PREFS = { 'browser.display.document_color_use': 2 };
export const DARK_SCHEME_PREFS = { 'layout.css.prefers-color-scheme.content-override': 0 };

/** Headless Debian Firefox ESR, with nothing in the background reaching for the network; `prefs` added. */
export function launchFirefox(prefs: Record<string, unknown> = {}): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // No network checks in the background (puppeteer-core turns off updates, safe browsing and reports).
    extraPrefsFirefox: { 'network.captive-portal-service.enabled': false, 'network.connectivity-service.enabled': false, ...prefs },
  });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The roles the tests look for, as the elements that have them. */
const ROLE_SELECTORS = {
  button: 'button, [role="button"]',
  textbox: 'textarea, input:not([type]), input[type="text"], input[type="email"], [role="textbox"]',
  link: 'a[href], [role="link"]',
} as const;

/**
 * The visible element with this role whose accessible name (aria-label, aria-labelledby, its label or its
 * text) matches `name`, in the page (or frame) or any open shadow root; waits for it.
 */
export async function byRole(page: Page | Frame, role: keyof typeof ROLE_SELECTORS, name: string | RegExp, timeout = 15_000): Promise<ElementHandle<Element>> {
  const [source, flags] = typeof name === 'string' ? [`^${escapeRegExp(name)}$`, ''] : [name.source, name.flags];
  const found = await page.waitForFunction(
    // No named helpers in here: the test's compiler would wrap them in a function the page lacks.
    (selector: string, source: string, flags: string) => {
      const wanted = new RegExp(source, flags);
      const roots: (Document | ShadowRoot)[] = [document];
      for (let i = 0; i < roots.length; i++) {
        const root = roots[i]!;
        for (const element of root.querySelectorAll('*')) {
          if (element.shadowRoot) roots.push(element.shadowRoot);
          if (!element.matches(selector) || !element.checkVisibility()) continue;
          const labelledBy = element.getAttribute('aria-labelledby');
          const labels = (element as HTMLTextAreaElement).labels;
          const accessibleName =
            element.getAttribute('aria-label') ??
            (labelledBy ? labelledBy.split(/\s+/).map((id) => root.getElementById(id)?.textContent ?? '').join(' ') : null) ??
            (labels?.length ? [...labels].map((label) => label.textContent).join(' ') : null) ??
            element.textContent ??
            '';
          if (wanted.test(accessibleName.replace(/\s+/g, ' ').trim())) return element;
        }
      }
      return null;
    },
    { timeout, polling: 100 },
    ROLE_SELECTORS[role],
    source,
    flags,
  );
  return found as ElementHandle<Element>;
}

/** Waits until some visible element in the page or an open shadow root shows `text` (a part of its text). */
export async function waitForText(page: Page | Frame, text: string | RegExp, timeout = 15_000): Promise<void> {
  const [source, flags] = typeof text === 'string' ? [escapeRegExp(text), ''] : [text.source, text.flags];
  await page.waitForFunction(
    (source: string, flags: string) => {
      const wanted = new RegExp(source, flags);
      const roots: (Document | ShadowRoot)[] = [document];
      for (let i = 0; i < roots.length; i++) {
        for (const element of roots[i]!.querySelectorAll('*')) {
          if (element.shadowRoot) roots.push(element.shadowRoot);
          // Text of its own (not only its children's), so that the match is where the words are.
          const own = [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('');
          if (own.trim() && wanted.test((element.textContent ?? '').replace(/\s+/g, ' ')) && element.checkVisibility()) return true;
        }
      }
      return false;
    },
    { timeout, polling: 100 },
    source,
    flags,
  );
}

/** The shopper's side of a demo page in Firefox: open the chat, send a message. */
export function shopper(page: Page, labels = { launcher: 'Chat with us', textbox: 'Message' }) {
  return {
    /** Clicks the launcher (the loader's or the widget's) and waits for the panel's text box. */
    async openChat() {
      await (await byRole(page, 'button', labels.launcher)).click();
      await byRole(page, 'textbox', labels.textbox);
    },
    async send(text: string) {
      const textbox = await byRole(page, 'textbox', labels.textbox);
      await textbox.focus();
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    },
  };
}

/** axe-core's violations on the whole page (shadow roots included), as `rule: targets` lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    type Violation = { id: string; nodes: { target: unknown[] }[] };
    const axe = (globalThis as unknown as { axe: { run: (context: Document) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

/**
 * A page script (run before any of the page's own) that counts what the page does to the network and to
 * storage: `window.socketUrls` (every WebSocket opened) and `window.storageAccesses` (every touch of
 * localStorage, sessionStorage or document.cookie). A string: compiled helpers would need a function the
 * page lacks. Pass it to `page.evaluateOnNewDocument`; read it with `pageProbes(page)`.
 */
export const PROBE_SOCKETS_AND_STORAGE = `
  window.socketUrls = [];
  window.storageAccesses = 0;
  const NativeWebSocket = window.WebSocket;
  window.WebSocket = class extends NativeWebSocket {
    constructor(url, protocols) { super(url, protocols); window.socketUrls.push(String(url)); }
  };
  for (const name of ['localStorage', 'sessionStorage']) {
    const { get } = Object.getOwnPropertyDescriptor(window, name) ?? Object.getOwnPropertyDescriptor(Window.prototype, name);
    Object.defineProperty(window, name, { configurable: true, get() { window.storageAccesses++; return get.call(window); } });
  }
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get() { window.storageAccesses++; return cookie.get.call(this); },
    set(value) { window.storageAccesses++; cookie.set.call(this, value); },
  });
`;

/** What `PROBE_SOCKETS_AND_STORAGE` counted so far in the page. */
export function pageProbes(page: Page): Promise<{ socketUrls: string[]; storageAccesses: number }> {
  return page.evaluate(() => {
    const probes = window as unknown as { socketUrls: string[]; storageAccesses: number };
    return { socketUrls: probes.socketUrls, storageAccesses: probes.storageAccesses };
  });
}

/**
 * Collects the page's uncaught errors and console errors. Firefox reports its own WebSocket troubles as
 * errors of the page (a socket cut by a reload or refused while the server is down): not ours, left out.
 */
export function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => {
    if (!/(can’t establish a connection to the server at|^Error: The connection to) ws:/.test(String(error))) problems.push(String(error));
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.location().url?.endsWith('/favicon.ico')) problems.push(message.text());
  });
  return problems;
}

/**
 * Answers requests for `url` in this page with `html` (a test page at a real origin, so relative URLs like
 * /dist/loader.js reach the demo server); everything else goes through untouched.
 */
export async function serveFixture(page: Page, url: string, html: string): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    if (request.url() === url) void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    else void request.continue();
  });
}

/** Waits until the bodies of the messages in the widget's list (the shopper's and the team's) are `expected`, in order. */
export async function waitForBodies(page: Page, expected: string[], timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    (want: string) => {
      const list = document.querySelector('cs-widget')?.shadowRoot?.querySelector('cs-message-list');
      const nodes = [...(list?.shadowRoot?.querySelectorAll('cs-message') ?? [])];
      return JSON.stringify(nodes.map((n) => (n as HTMLElement & { body: string }).body)) === want;
    },
    // On a timer: with the default (animation frames), Firefox's waits did not always see a change.
    { timeout, polling: 100 },
    JSON.stringify(expected),
  );
}
