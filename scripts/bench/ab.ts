/**
 * Two renderer builds side by side, for deciding a change on a busy machine: cold loads of the
 * same view from build A and build B alternate in one browser (fresh context each), so load on
 * the machine falls on both alike; prints the medians and B/A.
 *
 *   npx tsx scripts/bench/ab.ts DIR_A DIR_B [rankings|map] [--reps N]
 *
 * DIR_A / DIR_B are copies of out/renderer (e.g. `cp -r out/renderer /tmp/a` before a change,
 * then build again). Same data, same server code; only the renderer differs.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { createHandlers } from '../../electron/handlers';
import { startHarness } from '../../e2e/harness/server';
import { OBSERVE_FIRST_VIEWS } from './browser-figures';
import { median } from './figures';

const [dirA, dirB, viewArg] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!dirA || !dirB) throw new Error('usage: ab.ts DIR_A DIR_B [rankings|map] [--reps N]');
const view = viewArg === 'map' ? 'map' : 'rankings';
const markName = view === 'map' ? 'map' : 'board';
const repsAt = process.argv.indexOf('--reps');
const reps = repsAt > 0 ? Number(process.argv[repsAt + 1]) : 9;
const repo = resolve(import.meta.dirname, '../..');

async function serve(dir: string) {
  const table = await createHandlers({
    resourcesDir: join(repo, 'resources'),
    dataDir: mkdtempSync(join(tmpdir(), 'atlas-ab-')),
  });
  return startHarness({ rendererDir: resolve(dir), table });
}

const [a, b] = [await serve(dirA), await serve(dirB)];
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
async function load(url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
  await context.addInitScript(OBSERVE_FIRST_VIEWS);
  try {
    const page = await context.newPage();
    await page.goto(`${url}#/${view}`);
    const handle = await page.waitForFunction(
      (n) => (globalThis as unknown as { __bench?: Record<string, number> }).__bench?.[n],
      markName,
      { timeout: 60_000 },
    );
    return (await handle.jsonValue()) as number;
  } finally {
    await context.close();
  }
}
const times = { a: [] as number[], b: [] as number[] };
try {
  for (let i = -1; i < reps; i++) {
    // Alternate which goes first, so neither always meets a warmer machine.
    const order = i % 2 ? [a, b] : [b, a];
    const [first, second] = [await load(order[0]!.url), await load(order[1]!.url)];
    const [ta, tb] = order[0] === a ? [first, second] : [second, first];
    if (i < 0) continue; // warm-up
    times.a.push(ta);
    times.b.push(tb);
    console.error(`rep ${i + 1}: A ${ta.toFixed(0)} ms, B ${tb.toFixed(0)} ms`);
  }
  const [ma, mb] = [median(times.a), median(times.b)];
  console.log(`${view}: A ${ma.toFixed(0)} ms, B ${mb.toFixed(0)} ms, B/A ${(mb / ma).toFixed(2)}`);
} finally {
  await browser.close();
  await Promise.all([a.close(), b.close()]);
}
