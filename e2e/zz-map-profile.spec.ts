import { test } from './fixtures/app';
import { AppShell } from './pages/app-shell';
import { MapPage } from './pages/map-page';

test('long tasks on map mount', async ({ app }) => {
  await new AppShell(app.page).ready();
  await app.page.evaluate(() => {
    (window as any).__lt = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => (window as any).__lt.push([Math.round(e.startTime), Math.round(e.duration)]))).observe({ type: 'longtask' });
    (window as any).__t0 = performance.now();
  });
  app.page.on('console', (m) => (m.text().startsWith('DBG') || m.type() === 'error') && console.log(m.text()));
  app.page.on('pageerror', (e) => console.log('PAGEERROR', e.message, e.stack?.slice(0, 600)));
  const map = new MapPage(app.page);
  await map.open();
  await app.page.waitForTimeout(500);
  console.log(JSON.stringify(await app.page.evaluate(() => [(window as any).__t0, (window as any).__lt])));
  console.log('first render', await map.chart.getAttribute('data-first-render-ms'), 'load', await map.chart.getAttribute('data-boundary-load-ms'));
});
