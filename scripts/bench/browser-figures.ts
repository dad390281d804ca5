/**
 * The figures measured in Chromium (Debian's /usr/bin/chromium through playwright-core) against
 * the production build served by the browser harness — the server `npm run web` starts — beside
 * bare baseline pages (./baseline) that fetch the same data from the same server and draw with
 * the same ECharts. Every cold load is a fresh browser context (empty cache); app and baseline
 * alternate, after a warm-up round. A script injected before any page script notes when the
 * rankings' first row, or the first drawn choropleth (the map sets data-first-render-ms), is in the DOM and then painted (the first
 * task after the next animation frame), in the page's own clock from navigation start.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createHandlers } from '../../electron/handlers';
import { startHarness, type Harness } from '../../e2e/harness/server';
import { median, ratioFigure, valueFigure, type Report } from './figures';

const repo = resolve(import.meta.dirname, '../..');
const VIEWPORT = { width: 1360, height: 860 };

/**
 * Runs in every page before its own scripts: `window.__bench.board` / `.map` in ms. A string,
 * not a function: tsx would wrap a function's inner helpers in a `__name` the page lacks.
 */
export const OBSERVE_FIRST_VIEWS = `(() => {
  const marks = (window.__bench = {});
  const afterPaint = (name) => requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => (marks[name] = performance.now());
    ch.port2.postMessage(0);
  });
  const seen = new Set();
  const check = () => {
    if (!seen.has('board') && document.querySelector('[data-testid="ranking-row"]')) {
      seen.add('board');
      afterPaint('board');
    }
    if (!seen.has('map') &&
        document.querySelector('[data-first-render-ms]')) {
      seen.add('map');
      afterPaint('map');
    }
  };
  new MutationObserver(check).observe(document, {
    subtree: true, childList: true, attributes: true, attributeFilter: ['data-first-render-ms'],
  });
})()`;

/** Resolves after the next frame has painted (same wait for the app and the baseline). */
const AFTER_PAINT = `new Promise((r) => requestAnimationFrame(() => {
  const ch = new MessageChannel(); ch.port1.onmessage = () => r(); ch.port2.postMessage(0);
}))`;

interface Served {
  harness: Harness;
  dir: string;
}

/** The build and the baseline pages in one folder, served by the harness with the bundled data. */
async function serve(): Promise<Served> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-web-'));
  const web = join(dir, 'web');
  cpSync(join(repo, 'out/renderer'), web, { recursive: true });
  const base = join(web, 'baseline');
  mkdirSync(base);
  cpSync(join(import.meta.dirname, 'baseline'), base, { recursive: true });
  cpSync(join(repo, 'node_modules/echarts/dist/echarts.min.js'), join(base, 'echarts.min.js'));
  cpSync(
    join(repo, 'node_modules/topojson-client/dist/topojson-client.min.js'),
    join(base, 'topojson-client.min.js'),
  );
  const dataDir = join(dir, 'data');
  const table = await createHandlers({ resourcesDir: join(repo, 'resources'), dataDir });
  return { harness: await startHarness({ rendererDir: web, table }), dir };
}

async function fresh(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(OBSERVE_FIRST_VIEWS);
  return { context, page: await context.newPage() };
}

async function mark(page: Page, name: 'board' | 'map'): Promise<number> {
  // A function, not a string: the app's CSP forbids the eval a string predicate needs.
  const handle = await page.waitForFunction(
    (n) => (globalThis as unknown as { __bench?: Record<string, number> }).__bench?.[n],
    name,
    { timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** Cold load → mark; for the app's board also the JS fetched before that moment (KB). */
async function coldLoad(
  browser: Browser,
  url: string,
  name: 'board' | 'map',
): Promise<{ ms: number; jsKb: number }> {
  const { context, page } = await fresh(browser);
  try {
    await page.goto(url);
    const ms = await mark(page, name);
    if (name === 'board') {
      const first = await page.getByTestId('ranking-row').first().textContent();
      if (!first?.includes('深圳')) throw new Error(`row 1 is not Shenzhen: ${first}`);
    }
    const jsKb = (await page.evaluate(
      `performance.getEntriesByType('resource')
        .filter((e) => /\\.m?js(\\?|$)/.test(e.name) && e.responseEnd <= ${ms})
        .reduce((kb, e) => kb + e.decodedBodySize / 1024, 0)`,
    )) as number;
    return { ms, jsKb };
  } finally {
    await context.close();
  }
}

async function yearSwitch(
  browser: Browser,
  url: string,
  reps: number,
): Promise<{ app: number[]; base: number[] }> {
  const app = await fresh(browser);
  const bare = await fresh(browser);
  try {
    await app.page.goto(`${url}#/map`);
    await mark(app.page, 'map');
    await bare.page.goto(`${url}baseline/map.html`);
    await mark(bare.page, 'map');
    const slider = app.page.getByTestId('map-year-slider');
    const max = Number(await slider.getAttribute('max'));
    const yearAt = async (i: number) => {
      await slider.fill(String(i));
      await app.page.evaluate(AFTER_PAINT);
      return Number(await app.page.getByTestId('map-year').textContent());
    };
    const at2025 = (await yearAt(max)) === 2025 ? max : -1;
    if (at2025 < 0 || (await yearAt(max - 1)) !== 2024) {
      throw new Error('the map slider does not end on 2024, 2025');
    }
    const appTimes: number[] = [];
    const baseTimes: number[] = [];
    for (let i = -2; i < reps; i++) {
      // From 2024 (not timed) to 2025 (timed), app then baseline.
      await yearAt(max - 1);
      const a = await app.page.evaluate(
        `(async () => {
          const s = document.querySelector('[data-testid="map-year-slider"]');
          const t0 = performance.now();
          s.value = '${max}';
          s.dispatchEvent(new Event('input', { bubbles: true }));
          s.dispatchEvent(new Event('change', { bubbles: true }));
          await ${AFTER_PAINT};
          return performance.now() - t0;
        })()`,
      );
      if (Number(await app.page.getByTestId('map-year').textContent()) !== 2025) {
        throw new Error('the map did not switch to 2025');
      }
      await bare.page.evaluate(`(async () => { bareSwitch(2024); await ${AFTER_PAINT}; })()`);
      const b = await bare.page.evaluate(
        `(async () => {
          const t0 = performance.now();
          bareSwitch(2025);
          await ${AFTER_PAINT};
          return performance.now() - t0;
        })()`,
      );
      if (i >= 0) {
        appTimes.push(a as number);
        baseTimes.push(b as number);
      }
    }
    return { app: appTimes, base: baseTimes };
  } finally {
    await app.context.close();
    await bare.context.close();
  }
}

/** JS heap (MB) after the rankings and then the map have been shown, after a full GC. */
async function heapAfterViews(browser: Browser, url: string): Promise<number> {
  const { context, page } = await fresh(browser);
  try {
    await page.goto(`${url}#/rankings`);
    await mark(page, 'board');
    await page.evaluate(`location.hash = '#/map'`);
    await page.locator('[data-first-render-ms]').waitFor();
    await page.evaluate(AFTER_PAINT);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 1024 / 1024;
  } finally {
    await context.close();
  }
}

/** page.pdf() of the rankings view, as printed straight from the screen (ms per print). */
async function printPdf(browser: Browser, url: string, reps: number): Promise<number[]> {
  const { context, page } = await fresh(browser);
  try {
    await page.goto(`${url}#/rankings`);
    await mark(page, 'board');
    await page.locator('html[data-print-fonts]').waitFor({ state: 'attached', timeout: 60_000 });
    const times: number[] = [];
    for (let i = -1; i < reps; i++) {
      const t0 = performance.now();
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      if (pdf.length < 1000) throw new Error('empty PDF');
      if (i >= 0) times.push(performance.now() - t0);
    }
    return times;
  } finally {
    await context.close();
  }
}

export async function browserFigures(reps: number, log: (s: string) => void): Promise<Report> {
  const served = await serve();
  const url = served.harness.url.endsWith('/') ? served.harness.url : `${served.harness.url}/`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    const board = { app: [] as number[], base: [] as number[], js: [] as number[] };
    const map = { app: [] as number[], base: [] as number[] };
    for (let i = -1; i < reps; i++) {
      const a = await coldLoad(browser, `${url}#/rankings`, 'board');
      const b = await coldLoad(browser, `${url}baseline/board.html`, 'board');
      const c = await coldLoad(browser, `${url}#/map`, 'map');
      const d = await coldLoad(browser, `${url}baseline/map.html`, 'map');
      if (i >= 0) {
        board.app.push(a.ms);
        board.base.push(b.ms);
        board.js.push(a.jsKb);
        map.app.push(c.ms);
        map.base.push(d.ms);
      }
      log(
        `  cold loads ${i < 0 ? 'warm-up' : `rep ${i + 1}`}: board ${a.ms.toFixed(0)}/${b.ms.toFixed(0)} ms, ` +
          `map ${c.ms.toFixed(0)}/${d.ms.toFixed(0)} ms (app/bare)`,
      );
    }
    const years = await yearSwitch(browser, url, reps);
    log(
      `  year switch: app ${median(years.app).toFixed(1)} ms, bare ${median(years.base).toFixed(1)} ms`,
    );
    const heap = await heapAfterViews(browser, url);
    const pdf = await printPdf(browser, url, reps);
    return {
      first_board_ratio: ratioFigure('first_board_ratio', board.app, board.base),
      first_map_ratio: ratioFigure('first_map_ratio', map.app, map.base),
      year_switch_ratio: ratioFigure('year_switch_ratio', years.app, years.base),
      initial_js_kb: valueFigure(
        'initial_js_kb',
        'KB',
        board.js,
        'JS whose download ended before the rankings row painted, decoded size',
      ),
      heap_mb: valueFigure('heap_mb', 'MB', [heap]),
      print_pdf_ms: valueFigure('print_pdf_ms', 'ms', pdf),
    };
  } finally {
    await browser.close();
    await served.harness.close();
    rmSync(served.dir, { recursive: true, force: true });
  }
}
