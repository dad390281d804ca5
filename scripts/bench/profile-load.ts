/**
 * The timeline of one cold load, for finding what dominates a missed aim: every request (start,
 * end, size) and the moment the view showed, in the page's clock.
 *
 *   npx tsx scripts/bench/profile-load.ts rankings|map [--cpu]   (after a build)
 *
 * --cpu adds the functions with the most self time (a CDP CPU profile of the second load);
 * --trace the main thread's busiest event kinds (style, layout, paint, script…) from a trace,
 * and its long tasks (≥ 8 ms) in order, each with its largest parts: where the time before the
 * first row goes, task by task.
 */
import { join, resolve } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { chromium } from 'playwright-core';
import { createHandlers } from '../../electron/handlers';
import { startHarness } from '../../e2e/harness/server';
import { OBSERVE_FIRST_VIEWS } from './browser-figures';

const view = process.argv[2] === 'map' ? 'map' : 'rankings';
const mark = view === 'map' ? 'map' : 'board';
const repo = resolve(import.meta.dirname, '../..');
const table = await createHandlers({
  resourcesDir: join(repo, 'resources'),
  dataDir: mkdtempSync(join(tmpdir(), 'atlas-profile-')),
});
const harness = await startHarness({ rendererDir: join(repo, 'out/renderer'), table });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
for (let round = 0; round < 2; round++) {
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
  await context.addInitScript(OBSERVE_FIRST_VIEWS);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const cpu = round === 1 && process.argv.includes('--cpu');
  if (cpu) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  const trace = round === 1 && process.argv.includes('--trace');
  if (trace) {
    await browser.startTracing(page, {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
        'blink.user_timing',
      ],
    });
  }
  // A user-timing mark whose trace time is known in the page's clock (aligns the two clocks).
  await context.addInitScript(`performance.mark('profile-clock', { startTime: 0 })`);
  await page.goto(`${harness.url}#/${view}`);
  await page.waitForFunction(
    (n) => (globalThis as unknown as { __bench?: Record<string, number> }).__bench?.[n],
    mark,
  );
  if (trace) {
    const events = (
      JSON.parse((await browser.stopTracing()).toString()) as {
        traceEvents: { name: string; ph: string; dur?: number; tid: number; ts: number }[];
      }
    ).traceEvents;
    const main = events.find(
      (e) => e.name === 'thread_name' && JSON.stringify(e).includes('CrRendererMain'),
    );
    const byName = new Map<string, number>();
    for (const e of events) {
      if (e.ph !== 'X' || e.tid !== main?.tid || !e.dur) continue;
      byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
    }
    for (const [name, ms] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
      console.log(`${ms.toFixed(1).padStart(8)} ms  ${name} (inclusive)`);
    }
    // Long tasks in the page's clock (trace µs → ms since navigation start).
    const clock = events.find((e) => e.name === 'profile-clock');
    const t0 = clock?.ts ?? events[0]!.ts;
    const onMain = events.filter((e) => e.ph === 'X' && e.tid === main?.tid && e.dur);
    for (const task of onMain.filter((e) => e.name === 'RunTask' && e.dur! >= 8000)) {
      const end = task.ts + task.dur!;
      const parts = new Map<string, number>();
      for (const e of onMain) {
        if (e === task || e.ts < task.ts || e.ts + e.dur! > end) continue;
        if (
          !/^(Layout|UpdateLayoutTree|Paint|ParseHTML|EvaluateScript|v8\.evaluateModule|FunctionCall|RunMicrotasks|MinorGC|MajorGC|v8\.compile|ParseAuthorStyleSheet|TimerFire|FireAnimationFrame|EventDispatch|v8\.parseOnBackground|ResourceReceivedData)$/.test(
            e.name,
          )
        )
          continue;
        parts.set(e.name, (parts.get(e.name) ?? 0) + e.dur! / 1000);
      }
      const top = [...parts]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 4)
        .map(([n, ms]) => `${n} ${ms.toFixed(0)}`)
        .join(', ');
      console.log(
        `task ${((task.ts - t0) / 1000).toFixed(0).padStart(6)} ms +${(task.dur! / 1000).toFixed(0).padStart(4)} ms  ${top}`,
      );
    }
  }
  if (cpu) {
    const { profile } = await cdp.send('Profiler.stop');
    const self = new Map<string, number>();
    const dt = new Map<number, number>();
    profile.samples?.forEach((id, i) =>
      dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0)),
    );
    for (const node of profile.nodes) {
      const f = node.callFrame;
      const key = `${f.functionName || '(anon)'} ${f.url.replace(/.*\//, '')}:${f.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + (dt.get(node.id) ?? 0) / 1000);
    }
    for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
      console.log(`${ms.toFixed(1).padStart(8)} ms  ${key} (self)`);
    }
    // Inclusive time per function (each function counted once per call stack).
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const total = new Map<string, number>();
    const walk = (id: number, onStack: Set<string>): number => {
      const node = byId.get(id)!;
      const f = node.callFrame;
      const key = `${f.functionName || '(anon)'} ${f.url.replace(/.*\//, '')}:${f.lineNumber}`;
      const fresh = !onStack.has(key);
      if (fresh) onStack.add(key);
      let ms = (dt.get(id) ?? 0) / 1000;
      for (const c of node.children ?? []) ms += walk(c, onStack);
      if (fresh) {
        onStack.delete(key);
        total.set(key, (total.get(key) ?? 0) + ms);
      }
      return ms;
    };
    walk(profile.nodes[0]!.id, new Set());
    for (const [key, ms] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
      console.log(`${ms.toFixed(1).padStart(8)} ms  ${key} (total)`);
    }
  }
  if (round === 1) {
    const rows = (await page.evaluate(`(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const out = [['document', 0, nav.responseEnd, nav.decodedBodySize]];
      for (const e of performance.getEntriesByType('resource'))
        out.push([e.name.replace(location.origin, ''), e.startTime, e.responseEnd, e.decodedBodySize]);
      for (const e of performance.getEntriesByType('paint')) out.push([e.name, e.startTime, e.startTime, 0]);
      for (const e of performance.getEntriesByType('longtask')) out.push(['longtask', e.startTime, e.startTime + e.duration, 0]);
      out.push(['${mark} shown', window.__bench.${mark}, window.__bench.${mark}, 0]);
      return out.sort((a, b) => a[1] - b[1]);
    })()`)) as [string, number, number, number][];
    for (const [name, start, end, size] of rows) {
      console.log(
        `${start.toFixed(0).padStart(6)} → ${end.toFixed(0).padStart(6)} ms  ${(size / 1024).toFixed(0).padStart(5)} KB  ${name}`,
      );
    }
  }
  await context.close();
}
await browser.close();
await harness.close();
