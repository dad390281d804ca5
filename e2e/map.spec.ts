import { isDivergingMetric, MAP_METRICS } from '../core/data';
import { test, expect } from './fixtures/app';
import { rawKeysIn } from './fixtures/raw-keys';
import { shot } from './fixtures/screens';
import { AppShell } from './pages/app-shell';
import { CityDetail } from './pages/city-detail';
import { BriefingPage } from './pages/briefing-page';
import { MapPage } from './pages/map-page';
import { PrintPage } from './pages/print-page';
import { rankingsDataset } from './rankings-fixture';

test('the map draws every current prefecture and says how much is covered', async ({ app }) => {
  await new AppShell(app.page).ready();
  const map = new MapPage(app.page);
  await map.open();
  // 336 prefecture-level cities (三沙 has no polygon), 27 county-level units, HK, MO, TW.
  expect(await map.regionCount()).toBe(366);
  await expect(map.heading).toContainText('2025');
  await expect(map.coverage).toContainText(/297 个地级市中 \d+ 个有全年数据/);
  await expect(map.coverage).toContainText('不是零');
  await expect(map.chart).toHaveAttribute('data-legend-kind', 'sequential');
  await expect(map.caption).toContainText('进出口总额（亿元）');
  const ms = await map.chart.getAttribute('data-first-render-ms');
  const load = await map.chart.getAttribute('data-boundary-load-ms');
  console.log(`map: boundaries loaded in ${load} ms, first render ${ms} ms after mount`);
  await shot(app.page, 'map-level-zh');
});

test.describe('on a synthesised dataset', () => {
  test.use({ bundledDataset: rankingsDataset });

  test('the Shenzhen tooltip shows 45,500 亿元 for 2025 with its rank and source', async ({
    app,
  }) => {
    await new AppShell(app.page).ready();
    const map = new MapPage(app.page);
    await map.open();
    const tip = await map.pointAt('440300');
    await expect(tip).toContainText('深圳 Shenzhen');
    await expect(tip).toContainText('45,500.0 亿元');
    await expect(tip).toContainText('第1 / 7');
    await expect(tip).toContainText('S002');
    await shot(app.page, 'map-tooltip-zh');
    // A place without a figure says so instead of showing a number.
    await map.showTable();
    await map.showPlacesWithoutRecord();
    await map.rowOf('810000').hover();
    await expect(map.tooltip).toContainText('无公布数据');
  });
});

test('the legend hides a class on click, and keeps it hidden through a year change', async ({
  app,
}) => {
  await new AppShell(app.page).ready();
  const map = new MapPage(app.page);
  await map.open();
  await expect(map.chart).toHaveAttribute('data-legend-hidden', '0');
  await map.toggleNoDataInLegend();
  await expect(map.chart).toHaveAttribute('data-legend-hidden', '1');
  await shot(app.page, 'map-legend-filter-zh');
  await map.slideToYearIndex(5);
  await expect(map.year).not.toHaveText('2025');
  await expect(map.chart).toHaveAttribute('data-legend-hidden', '1');
  // Other classes mean other things: the choice is forgotten.
  await map.selectMethod('jenks');
  await expect(map.chart).toHaveAttribute('data-legend-hidden', '0');
});

test('switching to yoy makes the legend diverging, centred on zero', async ({ app }) => {
  await new AppShell(app.page).ready();
  const map = new MapPage(app.page);
  await map.open();
  await map.selectMetric('yoy');
  await expect(map.chart).toHaveAttribute('data-legend-kind', 'diverging');
  await expect(map.caption).toContainText('中心：0');
  await map.selectMetric('yoyVsNational');
  await expect(map.caption).toContainText('中心：全国 +3.8%');
  await shot(app.page, 'map-change-zh');
  await map.selectMetric('total');
  await expect(map.chart).toHaveAttribute('data-legend-kind', 'sequential');
});

test('play advances the year and pause stops it', async ({ app }) => {
  await new AppShell(app.page).ready();
  const map = new MapPage(app.page);
  await map.open();
  await expect(map.year).toHaveText('2025');
  // The page's clock is driven by the test: time passes only when told to (install alone lets it
  // run on, and a slow machine then reached the last year, where a click restarts play).
  await app.page.clock.install();
  await app.page.clock.pauseAt(Date.now() + 1_000);
  // At the last year, play starts again from the first year with data.
  await map.play();
  await expect(map.year).not.toHaveText('2025');
  const first = Number(await map.year.textContent());
  await app.page.clock.runFor(1_300); // one step of the 1.2 s interval
  await expect(map.year).not.toHaveText(String(first));
  expect(Number(await map.year.textContent())).toBeGreaterThan(first);
  await map.play();
  const stopped = await map.year.textContent();
  await app.page.clock.runFor(10_000);
  await expect(map.year).toHaveText(stopped!);
});

test('a base year further back than the data reaches compares with the earliest year instead', async ({
  app,
}) => {
  await new AppShell(app.page).ready();
  const map = new MapPage(app.page);
  await map.open();
  await map.selectMetric('change');
  const base = app.page.getByTestId('map-base');
  const options = await base.locator('option').allTextContents();
  // Two years back from the latest, then slide to the second year with data: two years back
  // from there has no data. The box used to go blank and every place showed as a gap.
  await base.selectOption(options.at(-2)!);
  await map.slideToYearIndex(1);
  await expect(base).toHaveValue(options[0]!);
  await map.showTable();
  const values = await map.tableRows.getByTestId('map-row-value').allInnerTexts();
  expect(values.filter((v) => v !== '无公布数据').length).toBeGreaterThan(0);
});

test('drilling into 广东 shows its 21 cities; back shows the whole country', async ({ app }) => {
  await new AppShell(app.page).ready();
  const map = new MapPage(app.page);
  await map.open();
  await map.drill('广东');
  await expect(map.chart).toHaveAttribute('data-focus-region-count', '21');
  await map.showTable();
  await expect(map.tableRows).toHaveCount(21);
  await expect(map.rowOf('440300').getByTestId('map-row-value')).not.toHaveText('—');
  await shot(app.page, 'map-drill-zh');
  await map.back();
  await expect(map.chart).not.toHaveAttribute('data-focus-region-count', /.+/);
});

test('province level colours each province and a click drills in', async ({ app }) => {
  await new AppShell(app.page).ready();
  const map = new MapPage(app.page);
  await map.open();
  await map.selectLevel('province');
  await expect(map.coverage).toContainText('个省份');
  await map.toggleBubbles();
  await shot(app.page, 'map-province-zh');
  const tip = await map.pointAt('440000');
  await expect(tip).toContainText('广东 Guangdong');
  // A click on a province opens it: its cities, fitted to the frame.
  await map.hideTable();
  await map.chart.getByTestId('chart').click();
  await expect(map.crumbs).toBeVisible();
  await expect(map.chart).toHaveAttribute('data-focus-region-count', /\d+/);
  // Back to province level: the whole country by province again. The province stayed open
  // and its cities were painted with the province's colour under a "provinces" heading.
  await map.selectLevel('province');
  await expect(map.crumbs).toHaveCount(0);
  await expect(app.page.getByTestId('map-drill')).toHaveValue('');
  await expect(map.chart).not.toHaveAttribute('data-focus-region-count', /.+/);
});

test('a table name opens the city detail drawer', async ({ app }) => {
  await new AppShell(app.page).ready();
  const map = new MapPage(app.page);
  await map.open();
  await map.showTable();
  await map.rowOf('440300').getByTestId('entity-link').click();
  const detail = new CityDetail(app.page);
  await detail.ready();
  await expect(detail.name).toContainText('深圳');
  // The header stays in reach beside the drawer (it used to lie under it): "add to briefing"
  // takes the city, and the language switch renames it.
  await new PrintPage(app.page).addToBriefing();
  await expect(app.page.getByTestId('toast')).toContainText('已添加到简报');
  await new AppShell(app.page).switchLanguage('en');
  await expect(detail.name).toContainText('Shenzhen');
  await shot(app.page, 'city-detail-drawer-en');
  await app.page.getByTestId('nav-briefing').click();
  const briefing = new BriefingPage(app.page);
  await expect(briefing.items).toHaveCount(1);
  expect(await briefing.views()).toEqual(['city']);
});

test('a click on the map opens the place under the pointer', async ({ app }) => {
  await new AppShell(app.page).ready();
  const map = new MapPage(app.page);
  await map.open();
  // The centre of the frame is inland China: some city is always there.
  await map.chart.getByTestId('chart').click();
  // Most cities have no published figure: the drawer opens and says so.
  const detail = new CityDetail(app.page);
  await expect(detail.root).toBeVisible();
  await expect(detail.name).not.toBeEmpty();
});

test('two-year compare: side by side shares one legend; difference is diverging', async ({
  app,
}) => {
  await new AppShell(app.page).ready();
  const map = new MapPage(app.page);
  await map.open();
  await map.compare('sideBySide');
  await expect(map.compareChart).toHaveAttribute('data-state', 'ready');
  await expect(map.heading).toContainText('2024');
  await expect(map.coverageCompare).toContainText(/2024 年：297 个地级市中 \d+ 个有全年数据/);
  await shot(app.page, 'map-side-by-side-zh');
  await map.compare('difference');
  await expect(map.compareChart).toHaveCount(0);
  await expect(map.chart).toHaveAttribute('data-legend-kind', 'diverging');
  await expect(map.caption).toContainText('变化');
  await shot(app.page, 'map-difference-zh');
});

test('in English the two-year compare shows words, never a raw message key', async ({ app }) => {
  const shell = new AppShell(app.page);
  await shell.ready();
  await shell.switchLanguage('en');
  const map = new MapPage(app.page);
  await map.open();
  expect(rawKeysIn('see map.coverageCompare here')).toEqual(['map.coverageCompare']);
  await map.compare('sideBySide');
  await expect(map.compareChart).toHaveAttribute('data-state', 'ready');
  await expect(map.coverageCompare).toContainText('2024');
  expect(rawKeysIn(await map.view.innerText())).toEqual([]);
  await shot(app.page, 'map-side-by-side-en');
  await map.compare('difference');
  await expect(map.chart).toHaveAttribute('data-legend-kind', 'diverging');
  await expect(map.caption).toContainText(/change/i);
  expect(rawKeysIn(await map.view.innerText())).toEqual([]);
  await shot(app.page, 'map-difference-en');
});

test('English, continuous legend and dark theme', async ({ app }) => {
  const shell = new AppShell(app.page);
  await shell.ready();
  await shell.switchLanguage('en');
  const map = new MapPage(app.page);
  await map.open();
  await expect(map.caption).toContainText('Total trade (bn RMB)');
  await map.toggleBubbles();
  await shot(app.page, 'map-level-en');
  await map.selectMetric('yoy');
  await shot(app.page, 'map-change-en');
  await map.selectMetric('total');
  await map.selectMethod('continuous');
  await expect(map.chart).toHaveAttribute('data-legend-mode', 'continuous');
  await shell.toggleTheme();
  await expect(map.chart).toHaveAttribute('data-state', 'ready');
  await shot(app.page, 'map-continuous-dark');
  await map.selectMethod('jenks');
  await map.selectMetric('yoy');
  await shot(app.page, 'map-change-dark');
});

test('every metric draws at both levels with the right kind of legend', async ({ app }) => {
  await new AppShell(app.page).ready();
  const map = new MapPage(app.page);
  await map.open();
  for (const level of ['city', 'province'] as const) {
    await map.selectLevel(level);
    for (const metric of MAP_METRICS) {
      await map.selectMetric(metric);
      const kind = isDivergingMetric(metric) ? 'diverging' : 'sequential';
      await expect(map.chart, `${level} ${metric}`).toHaveAttribute('data-legend-kind', kind);
      await expect(map.caption).not.toBeEmpty();
    }
  }
});
