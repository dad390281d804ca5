import { writeFileSync } from 'node:fs';
import { test } from './fixtures/app';
import { AppShell } from './pages/app-shell';
import { MapPage } from './pages/map-page';

test('profile inclusive', async ({ app }) => {
  await new AppShell(app.page).ready();
  const cdp = await app.page.context().newCDPSession(app.page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const map = new MapPage(app.page);
  await map.open();
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map<string, number>();
  const dt = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur != null; cur = parent.get(cur)) {
      const n = byId.get(cur)!;
      const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
      if (seen.has(key)) continue;
      seen.add(key);
      incl.set(key, (incl.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
    }
  });
  const top = [...incl].sort((a, b) => b[1] - a[1]).slice(0, 70);
  writeFileSync('/tmp/map-profile2.txt', top.map(([k, v]) => `${v.toFixed(1)}ms ${k}`).join('\n'));
});
