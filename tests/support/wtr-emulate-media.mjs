// The server side of `emulateMedia()` in tests/support/emulate-media.ts, for both engines.
// wtr's own emulate-media command reaches Firefox through CDP only (which Firefox no longer has) and never
// handles forced-colors in a puppeteer browser. WebDriver BiDi has no media emulation either, so in Firefox
// this sets the preferences behind each media feature, from the browser's privileged (chrome) scope, which
// the launcher opens with `--remote-allow-system-access`. The preferences are browser-wide: fine with one
// test file at a time per browser (`concurrency: 1`).

/** Each media feature: its Firefox preference and the value that gives each keyword. */
const firefoxPrefs = {
  reducedMotion: { feature: 'prefers-reduced-motion', pref: 'ui.prefersReducedMotion', values: { reduce: 1, 'no-preference': 0 } },
  forcedColors: { feature: 'forced-colors', pref: 'browser.display.document_color_use', values: { active: 2, none: 0 } },
  colorScheme: { feature: 'prefers-color-scheme', pref: 'layout.css.prefers-color-scheme.content-override', values: { dark: 0, light: 1 } },
};

/** Runs `expression` in Firefox's privileged scope, through the raw BiDi connection of puppeteer-core. */
async function evaluateInChrome(browser, expression) {
  const { connection } = browser;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const context = tree.result.contexts[0]?.context;
  if (!context) throw new Error('Firefox shows no privileged context: is it started with --remote-allow-system-access?');
  const { result } = await connection.send('script.evaluate', { expression, target: { context }, awaitPromise: false });
  if (result.type !== 'success') throw new Error(`Firefox refused ${expression}: ${JSON.stringify(result.exceptionDetails?.text)}`);
}

async function emulateInFirefox(page, payload) {
  for (const [option, value] of Object.entries(payload)) {
    const setting = firefoxPrefs[option];
    if (!setting) throw new Error(`emulateMedia: ${option} is not supported in Firefox (use ${Object.keys(firefoxPrefs).join(', ')}).`);
    if (!(value in setting.values)) throw new Error(`emulateMedia: ${option} "${value}" is not supported in Firefox.`);
    await evaluateInChrome(page.browser(), `Services.prefs.setIntPref(${JSON.stringify(setting.pref)}, ${setting.values[value]})`);
    // Firefox restyles pages after a preference change asynchronously: wait until the page sees it.
    await page.waitForFunction((query) => matchMedia(query).matches, { timeout: 5000 }, `(${setting.feature}: ${value})`);
  }
}

export function emulateMediaPlugin() {
  return {
    name: 'cs-emulate-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'cs-emulate-media') return undefined;
      const page = session.browser.getPage(session.id);
      if (session.browser.type === 'playwright') await page.emulateMedia(payload);
      else await emulateInFirefox(page, payload);
      return true;
    },
  };
}
