import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';

/** The Chromium the tests drive: `CHROME_PATH`, or Debian's package. */
export function chromiumPath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`No Chromium at ${path}: run \`apt-get install -y chromium\` or set CHROME_PATH.`);
  return path;
}

/** Headless Debian Chromium as root, with nothing reaching for the network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** The shopper's side of a demo page: open the chat, send a message. */
export function shopper(page: Page) {
  const textbox = page.getByRole('textbox', { name: 'Message' });
  return {
    textbox,
    async openChat() {
      await page.getByRole('button', { name: 'Chat with us' }).click();
      await textbox.waitFor();
    },
    async send(text: string) {
      await textbox.fill(text);
      await textbox.press('Enter');
    },
  };
}

/**
 * <cs-widget> in place and rendered. The demo storefront embeds the loader (dist/loader.js), which puts
 * the element in only when the shopper reaches for its launcher: hovering it does. Pages with the element
 * itself (demo/rtl.html) have it already.
 */
export async function widgetInPlace(page: Page) {
  await page.locator('cs-widget .launcher, cs-widget-launcher .launcher').first().waitFor();
  if ((await page.locator('cs-widget-launcher').count()) > 0) await page.locator('cs-widget-launcher .launcher').hover();
  await page.locator('cs-widget .launcher').waitFor();
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
