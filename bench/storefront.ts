// What the widget costs the demo storefront: the page in Debian Chromium with the CPU slowed 4x (CDP
// Emulation.setCPUThrottlingRate), against a real `partykit dev`, without the widget and with each way to
// add it (the demo server's `?widget=off|loader|element` swaps the page's own tags): the script tag
// merchants paste (dist/loader.js) and the element with its module (what developers write). Closed, then
// opened by a click. Prints medians of RUNS loads of each and the differences, and checks them against the
// goals of issue 7. Prints only: a benchmark never fails the tests.
//
// Run: node --import tsx bench/storefront.ts   (after `npm run build`)
import type { Browser, CDPSession, Page } from 'playwright-core';
import { startDemoServer } from '../scripts/demo-server.mjs';
import { launchChromium } from '../tests/support/chromium.ts';
import { PartykitDev, demoShopAlwaysOpen } from '../tests/support/partykit.ts';

const RUNS = Number(process.env.RUNS ?? 5);
const CPU_SLOWDOWN = 4;
/** A task longer than this blocks input (the definition behind total blocking time). */
const LONG_TASK_MS = 50;
/** After the network goes quiet, how long the page is watched for late work (idle loading, timers). */
const SETTLE_MS = 3000;
/** Goals from issue 7. */
const GOALS = { addedBlockingMs: 0, layoutShift: 0, clickToPanelPaintMs: 100 };

interface LoadFigures {
  longTasks: number;
  taskList: string[];
  blockingMs: number;
  layoutShift: number;
  scriptMs: number;
  bytes: Record<string, number>;
}
interface OpenFigures {
  clickToPanelPaintMs: number;
  longTasks: number;
  taskList: string[];
  blockingMs: number;
  layoutShift: number;
  scriptMs: number;
  bytes: Record<string, number>;
}

/**
 * Runs at document start in every page: long tasks and layout shifts as they happen, and the time of the
 * last trusted click (its event timestamp: when the browser received the input).
 */
function observePage() {
  const record = {
    longTasks: [] as { start: number; duration: number }[],
    scripts: [] as { start: number; duration: number; file: string }[],
    layoutShift: 0,
    clickAt: 0,
  };
  (window as unknown as { benchRecord: typeof record }).benchRecord = record;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  // Which script ran in a long frame (Long Animation Frames): whose a long task is.
  new PerformanceObserver((list) => {
    type Script = { startTime: number; duration: number; sourceURL: string; invoker: string };
    for (const entry of list.getEntries() as (PerformanceEntry & { scripts: Script[] })[]) {
      for (const script of entry.scripts) {
        const file = script.sourceURL.split('/').pop() || script.invoker;
        record.scripts.push({ start: script.startTime, duration: script.duration, file });
      }
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!entry.hadRecentInput) record.layoutShift += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
  addEventListener('click', (event) => event.isTrusted && (record.clickAt = event.timeStamp), { capture: true });
}

/** Bytes received over the network by resource type (CDP Network), counted from when it is called. */
function countBytes(cdp: CDPSession) {
  const typeOf = new Map<string, string>();
  const bytes: Record<string, number> = {};
  cdp.on('Network.responseReceived', ({ requestId, type }) => typeOf.set(requestId, type));
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const type = typeOf.get(requestId) ?? 'Other';
    bytes[type] = (bytes[type] ?? 0) + encodedDataLength;
  });
  return () => ({ ...bytes });
}

async function scriptSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric: { name: string }) => metric.name === 'ScriptDuration')?.value ?? 0;
}

/** Long tasks, their blocking time and the layout shift so far. */
async function readRecord(page: Page) {
  type Span = { start: number; duration: number };
  type PageRecord = { longTasks: Span[]; scripts: (Span & { file: string })[]; layoutShift: number; clickAt: number };
  const record = await page.evaluate(() => (window as unknown as { benchRecord: PageRecord }).benchRecord);
  return {
    longTasks: record.longTasks.length,
    blockingMs: record.longTasks.reduce((sum, task) => sum + Math.max(0, task.duration - LONG_TASK_MS), 0),
    layoutShift: record.layoutShift,
    clickAt: record.clickAt,
    /**
     * Each long task as `start+duration` in ms from navigation, with the scripts that ran in it and for how
     * long (`loader.js 31`); none named: the browser's own work (parsing, style, layout, paint).
     */
    taskList: record.longTasks.map((task) => {
      const scripts = record.scripts
        .filter((script) => script.start >= task.start && script.start < task.start + task.duration)
        .map((script) => `${script.file} ${Math.round(script.duration)}`);
      return `${Math.round(task.start)}+${Math.round(task.duration)}${scripts.length ? ` (${scripts.join(', ')})` : ''}`;
    }),
  };
}

/** Waits for the network to go quiet, then watches the page for SETTLE_MS more. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(SETTLE_MS);
}

/**
 * From the click to the first frame that shows the panel: each animation frame after the click looks for
 * the open panel (the widget's `part="panel"` laid out with a size); the frame that first finds it paints
 * it, in the same task, right after the animation frame callbacks: the next task starts when that paint is
 * done. (Waiting for the next frame instead would add up to a frame's interval that is not ours.)
 */
async function waitForPanelPaint(): Promise<number> {
  for (;;) {
    await new Promise((frame) => requestAnimationFrame(frame));
    const panel = document.querySelector('cs-widget')?.shadowRoot?.querySelector<HTMLElement>('[part~="panel"]');
    if (panel && !panel.hidden && panel.getBoundingClientRect().height > 0) break;
  }
  await new Promise((task) => setTimeout(task));
  return performance.now();
}

async function loadPage(browser: Browser, url: string, hasTouch = false) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, hasTouch });
  const page = await context.newPage();
  await page.addInitScript(observePage);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await cdp.send('Performance.enable');
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const bytes = countBytes(cdp);
  await page.goto(url);
  await settle(page);
  return { context, page, cdp, bytes };
}

async function measureWithout(browser: Browser, url: string): Promise<LoadFigures> {
  const { context, page, cdp, bytes } = await loadPage(browser, `${url}?widget=off`);
  const figures = { ...(await readRecord(page)), scriptMs: (await scriptSeconds(cdp)) * 1000, bytes: bytes() };
  await context.close();
  return figures;
}

/**
 * The ways to add the widget, and how the shopper reaches for it: with a mouse, the pointer enters the
 * launcher (which starts the loader's swap to the real widget) a moment before the click; `hover` lets
 * the swap finish before the press, as a person's pointer comes to rest on a button before clicking it
 * (hundreds of ms); a tap gives the swap no head start.
 */
const VARIANTS = {
  loader: { name: 'loader.js tag', integration: 'loader', input: 'mouse' },
  loaderHovered: { name: 'loader.js tag, hover first', integration: 'loader', input: 'hover' },
  loaderTapped: { name: 'loader.js tag, tap', integration: 'loader', input: 'tap' },
  element: { name: '<cs-widget> + module', integration: 'element', input: 'mouse' },
} as const;
type Variant = (typeof VARIANTS)[keyof typeof VARIANTS];

interface WithFigures {
  closed: LoadFigures;
  opened: OpenFigures;
}

async function measureWith(browser: Browser, url: string, { integration, input }: Variant): Promise<WithFigures> {
  const { context, page, cdp, bytes } = await loadPage(browser, `${url}?widget=${integration}`, input === 'tap');
  const closedRecord = await readRecord(page);
  const closed = { ...closedRecord, scriptMs: (await scriptSeconds(cdp)) * 1000, bytes: bytes() };

  const launcher = page.getByRole('button', { name: 'Chat with us' });
  if (input === 'hover') {
    await launcher.hover();
    await page.locator('cs-widget-launcher').waitFor({ state: 'detached' }); // the swap is done
  }
  const painted = page.evaluate(waitForPanelPaint);
  await (input === 'tap' ? launcher.tap() : launcher.click());
  const paintedAt = await painted;
  await settle(page);
  const after = await readRecord(page);
  const afterBytes = bytes();
  const opened: OpenFigures = {
    clickToPanelPaintMs: paintedAt - after.clickAt,
    longTasks: after.longTasks - closedRecord.longTasks,
    taskList: after.taskList.slice(closedRecord.longTasks).map((task) => `${task} (click at ${Math.round(after.clickAt)})`),
    blockingMs: after.blockingMs - closedRecord.blockingMs,
    layoutShift: after.layoutShift - closedRecord.layoutShift,
    scriptMs: (await scriptSeconds(cdp)) * 1000 - closed.scriptMs,
    bytes: Object.fromEntries(Object.entries(afterBytes).map(([type, n]) => [type, n - (closed.bytes[type] ?? 0)]).filter(([, n]) => n !== 0)),
  };
  await context.close();
  return { closed, opened };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const medianOf = <T>(runs: T[], pick: (run: T) => number) => median(runs.map(pick));
const round = (n: number, digits = 1) => Number(n.toFixed(digits));

/** Median bytes per resource type over the runs. */
function medianBytes(runs: Record<string, number>[]): Record<string, number> {
  const types = [...new Set(runs.flatMap((run) => Object.keys(run)))].sort();
  return Object.fromEntries(types.map((type) => [type, median(runs.map((run) => run[type] ?? 0))]));
}
const total = (bytes: Record<string, number>) => Object.values(bytes).reduce((a, b) => a + b, 0);
const describeBytes = (bytes: Record<string, number>) =>
  `${total(bytes)} B (${Object.entries(bytes).map(([type, n]) => `${type} ${n}`).join(', ') || 'none'})`;

const dev = await PartykitDev.start({ sites: { 'demo-shop': demoShopAlwaysOpen() } });
const demo = await startDemoServer({ port: 0, partykitHost: dev.host });
const browser = await launchChromium();
try {
  const url = `${demo.url}/`;
  const without: LoadFigures[] = [];
  const withWidget = Object.fromEntries(Object.keys(VARIANTS).map((key) => [key, [] as WithFigures[]]));
  // Interleaved, so a slow spell of the machine hits every variant alike.
  for (let run = 1; run <= RUNS; run++) {
    without.push(await measureWithout(browser, url));
    for (const [key, variant] of Object.entries(VARIANTS)) withWidget[key]!.push(await measureWith(browser, url, variant));
    process.stderr.write(`run ${run}/${RUNS} done\n`);
  }
  const variants = Object.entries(VARIANTS).map(([key, { name }]) => ({ name, runs: withWidget[key]! }));

  const rows: [string, (f: LoadFigures) => number, number][] = [
    ['long tasks', (f) => f.longTasks, 0],
    ['total blocking time (ms)', (f) => f.blockingMs, 0],
    ['cumulative layout shift', (f) => f.layoutShift, 4],
    ['script time (ms)', (f) => f.scriptMs, 0],
    ['bytes transferred', (f) => total(f.bytes), 0],
  ];
  const cell = (value: number, digits: number, width: number) => String(round(value, digits)).padStart(width);
  console.log(`\nDemo storefront, Chromium, CPU ${CPU_SLOWDOWN}x slower, medians of ${RUNS} loads each, from navigation to network idle + ${SETTLE_MS} ms`);
  console.log('\nClosed (with: the value, then the difference from without)\n');
  console.log(`${''.padEnd(26)}${'without'.padStart(9)}${variants.map(({ name }) => name.padStart(30)).join('')}`);
  for (const [name, pick, digits] of rows) {
    const base = medianOf(without, pick);
    const columns = variants.map(({ runs }) => {
      const value = medianOf(runs.map((run) => run.closed), pick);
      return `${cell(value, digits, 18)}${cell(value - base, digits, 12)}`;
    });
    console.log(`${name.padEnd(26)}${cell(base, digits, 9)}${columns.join('')}`);
  }
  console.log(`\nbytes without: ${describeBytes(medianBytes(without.map((f) => f.bytes)))}`);
  for (const { name, runs } of variants) console.log(`bytes with ${name}, closed: ${describeBytes(medianBytes(runs.map((run) => run.closed.bytes)))}`);
  console.log('\nlong tasks closed, each run (start+duration ms from navigation):');
  console.log(`  without: ${without.map((f) => `[${f.taskList.join(' ')}]`).join(' ')}`);
  for (const { name, runs } of variants) console.log(`  ${name}: ${runs.map((run) => `[${run.closed.taskList.join(' ')}]`).join(' ')}`);

  console.log(`\nOpening the panel: from the click to network idle + ${SETTLE_MS} ms (the pointer's entering included), medians`);
  for (const { name, runs } of variants) {
    const opened = runs.map((run) => run.opened);
    console.log(`  ${name}:`);
    console.log(`    click to panel painted: ${round(medianOf(opened, (f) => f.clickToPanelPaintMs))} ms (runs: ${opened.map((f) => round(f.clickToPanelPaintMs)).join(', ')})`);
    console.log(`    long tasks ${medianOf(opened, (f) => f.longTasks)}, blocking time ${round(medianOf(opened, (f) => f.blockingMs))} ms, layout shift ${round(medianOf(opened, (f) => f.layoutShift), 4)}, script time ${round(medianOf(opened, (f) => f.scriptMs))} ms`);
    console.log(`    bytes: ${describeBytes(medianBytes(opened.map((f) => f.bytes)))}`);
    console.log(`    long tasks, each run: ${opened.map((f) => `[${f.taskList.join(' ')}]`).join(' ')}`);
  }

  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log('\nGoals:');
  for (const { name, runs } of variants) {
    // The demo page runs no script of its own: its long tasks without the widget are the machine's noise,
    // so the goal is judged on the blocking time with the widget, all of it counted as ours.
    const blocking = medianOf(runs, (run) => run.closed.blockingMs);
    const addedShift = medianOf(runs, (run) => run.closed.layoutShift) - medianOf(without, (f) => f.layoutShift);
    const openShift = medianOf(runs, (run) => run.opened.layoutShift);
    const paint = medianOf(runs, (run) => run.opened.clickToPanelPaintMs);
    console.log(`  ${name}:`);
    console.log(`    blocking time with it ${round(blocking)} ms, all counted as added (goal ${GOALS.addedBlockingMs} ms): ${verdict(blocking <= GOALS.addedBlockingMs)}`);
    console.log(`    layout shift added ${round(addedShift, 4)} closed, ${round(openShift, 4)} while opening (goal ${GOALS.layoutShift}): ${verdict(addedShift <= GOALS.layoutShift && openShift <= GOALS.layoutShift)}`);
    console.log(`    panel painted ${round(paint)} ms after the click (goal <= ${GOALS.clickToPanelPaintMs} ms): ${verdict(paint <= GOALS.clickToPanelPaintMs)}`);
  }
} finally {
  await browser.close();
  await demo.close();
  await dev.dispose();
}
