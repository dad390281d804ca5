import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures/app';
import { printToPdf, shot } from './fixtures/screens';
import { AppShell } from './pages/app-shell';
import { CityDetail } from './pages/city-detail';
import { ScenarioPage } from './pages/scenario-page';

const SHANGHAI = '310100';
const SHENZHEN = '440300';
const CHONGQING = '500100';
const SUZHOU = '320500';
const TONGLING = '340700';

/** Numbers as the table prints them: "−577.7 亿元" → -577.7, "44,522.3 亿元" → 44522.3. */
const num = (text: string): number => Number(text.replace(/[^\d.−-]/g, '').replace('−', '-'));

async function openScenarios(page: ScenarioPage['page']): Promise<ScenarioPage> {
  await new AppShell(page).ready();
  const scenario = new ScenarioPage(page);
  await scenario.open();
  return scenario;
}

test('US demand −20%: cities ordered by loss, Shanghai as computed by hand', async ({ app }) => {
  const s = await openScenarios(app.page);
  await s.applyPreset('us_demand_minus_20');
  await expect(s.assumptions).toContainText('美国');
  await expect(s.assumptions).toContainText('−20%');
  await expect(s.page.getByTestId('assumptions-coverage')).toContainText('20 个城市');

  // Biggest loss first: point changes never rise down the table (ranges sort by their middle).
  await expect(s.rows.first()).toHaveAttribute('data-code', SHANGHAI);
  const deltas = (await s.deltas()).filter((d) => !Number.isNaN(d));
  expect(deltas).toEqual([...deltas].sort((a, b) => a - b));
  expect(deltas[0]).toBeLessThan(0);

  // By hand, from resources/data: Shanghai 2025 total 45100, exports 20200 (both S034); its US
  // share is 14.3% of total trade (S126, Jan–Jul 2023), used for exports as no export share is
  // published. Exports to the US fall 20%:
  //   Δ = −20200 × 0.143 × 0.20 = −577.72;  scenario = 45100 − 577.72 = 44522.28
  //   Δ% = −577.72 / 45100 = −1.281%
  await expect(s.cell(SHANGHAI, 'baseline')).toHaveText('45,100');
  await expect(s.page.getByTestId('scol-scenario')).toContainText('亿元');
  expect(num(await s.cell(SHANGHAI, 'scenario').innerText())).toBe(44522.3);
  expect(num(await s.cell(SHANGHAI, 'delta').innerText())).toBe(-577.7);
  await expect(s.cell(SHANGHAI, 'delta-pct')).toHaveText('−1.28%');
  await expect(s.cell(SHANGHAI, 'source')).toContainText('S034');
  // Chongqing: exports 5587.3 (S038) × 14.8% (S149, derived) × −0.20 = −165.38 → 7841.4.
  expect(num(await s.cell(CHONGQING, 'scenario').innerText())).toBe(7841.4);
  // Suzhou publishes only its total (28100): a range, from all-exports 28100 × (1 − 0.203 × 0.2)
  // = 26959.14 to all-imports 28100, shown as a range and not ranked.
  await expect(s.rowOf(SUZHOU)).toHaveAttribute('data-kind', 'range');
  await expect(s.cell(SUZHOU, 'scenario')).toHaveText('26,959.1 – 28,100');
  await expect(s.cell(SUZHOU, 'new-rank')).toHaveText('—');
  // Shenzhen has no published US share: unchanged and flagged.
  await expect(s.rowOf(SHENZHEN).getByTestId('flag-missing')).toBeVisible();
  await expect(s.cell(SHENZHEN, 'delta')).toHaveText('0');

  // The table sorts by other columns too; gaps stay at the bottom.
  await s.sortBy('deltaPct');
  await s.sortBy('deltaPct');
  await expect(s.page.getByTestId('scol-deltaPct')).toHaveAttribute('aria-sort', 'descending');
  await s.sortBy('delta');
  await expect(s.rows.first()).toHaveAttribute('data-code', SHANGHAI);
  await shot(app.page, 'scenario-zh');

  await new AppShell(app.page).switchLanguage('en');
  await expect(s.page.getByTestId('scenario-heading')).toContainText('Scenarios');
  await expect(s.cell(SHANGHAI, 'scenario')).toHaveText('4,452.23');
  await shot(app.page, 'scenario-en');
});

test('tornado for Shanghai, and the breakeven Shanghai/Shenzhen', async ({ app }) => {
  const s = await openScenarios(app.page);
  await s.applyPreset('us_demand_minus_20');
  await s.setShock('partner', 'eu', -10);
  await s.tab('sensitivity');
  await expect(s.tornado).toContainText('上海');
  await expect(s.tornado).toHaveAttribute('data-bars', '2');
  await expect(s.tornado.locator('canvas')).toHaveCount(1);
  // Hovering shows the axis tooltip; the fixture fails the test on any CSP violation it causes.
  await s.tornado.hover();

  // 45100 + 20200 × 0.143 × x − (EU −10% held) > 45500 … the engine finds x; by hand without the
  // EU shock x = 400 / 2888.6 = 13.85%. With the EU shock held, the rise needed is larger.
  await s.breakeven(SHANGHAI, SHENZHEN, 'partner:us:exports');
  await expect(s.breakevenResult).toHaveAttribute('data-state', 'value');
  const pct = Number(await s.breakevenResult.getAttribute('data-pct'));
  expect(pct).toBeGreaterThan(13.85);
  expect(pct).toBeLessThan(100);
  await s.breakeven(CHONGQING, SHANGHAI, 'partner:us:exports');
  await expect(s.breakevenResult).toHaveAttribute('data-state', 'none');
  await expect(s.breakevenResult).toContainText('±100%');
  await s.breakeven(SHENZHEN, SHANGHAI, 'partner:us:exports');
  await expect(s.breakevenResult).toHaveAttribute('data-state', 'ahead');

  // Without the EU shock the breakeven is the hand-computed 13.85%.
  await s.setShock('partner', 'eu', 0);
  await s.breakeven(SHANGHAI, SHENZHEN, 'partner:us:exports');
  expect(Number(await s.breakevenResult.getAttribute('data-pct'))).toBeCloseTo(13.8475, 3);
  await shot(app.page, 'scenario-sensitivity-zh');
});

test('save to a file, reopen it, identical results; bad files say why', async ({ app }, info) => {
  const s = await openScenarios(app.page);
  await s.applyPreset('us_demand_minus_20');
  await s.setShock('trade_mode', 'processing', -15);
  await s.page.getByTestId('scenario-name').fill('美国与加工贸易');
  const before = await s.rows.allInnerTexts();

  const download = await s.save();
  const path = info.outputPath('saved.scenario.json');
  await download.saveAs(path);
  expect(download.suggestedFilename()).toBe('美国与加工贸易.scenario.json');
  const saved = JSON.parse(readFileSync(path, 'utf8'));
  expect(saved).toMatchObject({ schemaVersion: 1, name: '美国与加工贸易', year: 2025 });
  expect(saved.shocks).toHaveLength(2);

  await s.applyPreset('eu_slowdown_minus_10');
  expect(await s.rows.allInnerTexts()).not.toEqual(before);
  await s.openFile(path);
  await expect(s.fileStatus).toHaveAttribute('data-kind', 'opened');
  await expect(s.page.getByTestId('scenario-name')).toHaveValue('美国与加工贸易');
  expect(await s.rows.allInnerTexts()).toEqual(before);

  await s.openBytes('broken.json', '{"schemaVersion": 1, "name": ');
  await expect(s.fileStatus).toHaveAttribute('data-kind', 'error');
  await expect(s.fileStatus).toContainText('broken.json');
  await expect(s.fileStatus).toContainText('not valid JSON at line 1');
  await s.openBytes('future.json', JSON.stringify({ ...saved, schemaVersion: 9 }));
  await expect(s.fileStatus).toContainText('unsupported schemaVersion 9');
  await s.openBytes(
    'mars.json',
    JSON.stringify({ ...saved, shocks: [{ ...saved.shocks[0], category: 'mars' }] }),
  );
  await expect(s.fileStatus).toContainText("shocks[0]: unknown category 'mars'");
  // A bad file changes nothing.
  expect(await s.rows.allInnerTexts()).toEqual(before);
});

test('Monte Carlo: 10,000 draws in a worker, p5–p95 of value and rank', async ({ app }) => {
  const s = await openScenarios(app.page);
  await s.applyPreset('us_demand_minus_20');
  await s.runMonteCarlo(10_000);
  await expect(s.mcStatus).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  const status = await s.mcStatus.innerText();
  const seconds = Number(/用时 ([\d.]+) 秒/.exec(status)?.[1]);
  console.log(`Monte Carlo, 10,000 draws in the worker (Chromium): ${seconds} s`);
  expect(seconds).toBeGreaterThan(0);
  await shot(app.page, 'scenario-montecarlo-zh');

  await s.tab('results');
  // US shock drawn triangular on −30…−10: Shanghai's p5–p95 straddles its point value 44522.3.
  const [low, high] = (await s.cell(SHANGHAI, 'mc').innerText()).split('–').map(num);
  expect(low).toBeLessThan(44522.3);
  expect(high).toBeGreaterThan(44522.3);
  await expect(s.cell(SHANGHAI, 'mc-rank')).toHaveText('2–2');
  await expect(s.cell(SUZHOU, 'mc')).toHaveText('—');
  await shot(app.page, 'scenario-mc-results-zh');

  // A run can be cancelled; the last finished result is kept.
  await s.tab('montecarlo');
  await s.runAndCancel();
  await expect(s.mcStatus).toHaveAttribute('data-state', 'cancelled');
  await s.tab('results');
  await expect(s.cell(SHANGHAI, 'mc-rank')).toHaveText('2–2');
});

test('exposure editor: provenance per cell, and a user share for Tongling copper ore', async ({
  app,
}) => {
  const s = await openScenarios(app.page);
  await s.setShock('import_commodity', 'copper_ore', -20);
  // No copper-ore share exists for Tongling: flagged, unchanged.
  await expect(s.rowOf(TONGLING).getByTestId('flag-missing')).toBeVisible();
  await expect(s.cell(TONGLING, 'scenario')).toHaveText('1,265');

  await s.tab('exposure');
  await s.exposureEntity(TONGLING);
  const copper = s.exposureCell('import_commodity', 'copper_ore');
  await expect(copper).toHaveAttribute('data-provenance', 'missing');
  await expect(copper.getByTestId('ask-user')).toBeVisible();
  const us = s.exposureCell('partner', 'us');
  await expect(us).toHaveAttribute('data-provenance', 'province_proxy');
  await expect(us).toContainText('11.2%');
  await expect(us).toContainText('2024');
  await expect(us).toContainText('S024');
  await shot(app.page, 'scenario-exposure-zh');

  await copper.getByTestId('exposure-input').fill('35');
  await copper.getByTestId('exposure-input').press('Enter');
  await expect(copper).toHaveAttribute('data-provenance', 'user');
  await expect(copper.getByTestId('exposure-share')).toHaveText('35%');
  await s.page.getByTestId('exposure-save').click();
  await expect(s.page.getByTestId('exposure-status')).toContainText('已保存');

  // Imports fall 0.35 × (1 − (1 − 0.2)(1 + 0.1 × 0.2)) = 0.35 × 0.184 = 6.44%; Tongling publishes
  // only its total, so 1265 × (1 − 0.0644) = 1183.5 … 1265.
  await s.tab('results');
  await expect(s.rowOf(TONGLING).getByTestId('flag-missing')).toHaveCount(0);
  await expect(s.cell(TONGLING, 'scenario')).toHaveText('1,183.5 – 1,265');
  await expect(s.page.getByTestId('assumptions-user-shares')).toContainText('铜陵');

  // Low / default / high elasticity runs side by side: ε_P 0, −0.1, −0.3 give import changes of
  // 0.35 × −0.2 = −7%, 0.35 × −0.184 = −6.44%, 0.35 × ((0.8)(1.06) − 1) = −5.32%:
  // 1265 × 0.93 = 1176.45, 1265 × 0.9356 = 1183.53, 1265 × 0.9468 = 1197.70 (each … 1265).
  await s.tab('runs');
  const runs = s.page.locator(`[data-testid="run-row"][data-code="${TONGLING}"]`);
  await expect(runs.getByTestId('run-low')).toHaveText('1,176.5 – 1,265');
  await expect(runs.getByTestId('run-default')).toHaveText('1,183.5 – 1,265');
  await expect(runs.getByTestId('run-high')).toHaveText('1,197.7 – 1,265');
  await shot(app.page, 'scenario-runs-zh');

  // Shares from a long-format CSV; a bad row is reported by its line.
  await s.tab('exposure');
  await s.page.getByTestId('exposure-csv').setInputFiles({
    name: 'shares.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'entity,dimension,category,flow,share\n铜陵,import_commodity,iron_ore,imports,4\n火星,partner,us,exports,10\n',
    ),
  });
  await expect(s.page.getByTestId('exposure-csv-result')).toContainText(
    '从 shares.csv 读入 1 个份额',
  );
  await expect(s.page.getByTestId('exposure-csv-result')).toContainText(
    "line 3: unknown entity '火星'",
  );
  await expect(s.exposureCell('import_commodity', 'iron_ore')).toHaveAttribute(
    'data-provenance',
    'user',
  );
  await expect(s.page.getByTestId('exposure-status')).toContainText('未保存');
  await s.tab('results');

  // Saved as a revision: still there after a reload, and in the city drawer.
  await app.page.reload();
  await s.open();
  await s.tab('exposure');
  await s.exposureEntity(TONGLING);
  await expect(s.exposureCell('import_commodity', 'copper_ore')).toHaveAttribute(
    'data-provenance',
    'user',
  );
  await s.tab('results');
  await s.cell(TONGLING, 'name').getByTestId('entity-link').click();
  const drawer = new CityDetail(app.page);
  await expect(drawer.root.getByTestId('detail-exposure')).toBeVisible();
  await expect(
    drawer.root.locator('[data-testid="exposure-cell"][data-category="copper_ore"]'),
  ).toHaveAttribute('data-provenance', 'user');
  await drawer.root.getByTestId('detail-exposure').scrollIntoViewIfNeeded();
  await shot(app.page, 'scenario-city-drawer-zh');
});

test('A vs B side by side, the Δ% map, dark theme and print', async ({ app }) => {
  const s = await openScenarios(app.page);
  await s.applyPreset('us_demand_minus_20');
  await s.tab('compare');
  await s.page.getByTestId('compare-pin').click();
  await s.applyPreset('eu_slowdown_minus_10');
  await expect(s.page.getByTestId('compare-b-name')).toContainText('美国需求 −20%');
  const shanghai = s.page.locator(`[data-testid="compare-row"][data-code="${SHANGHAI}"]`);
  expect(num(await shanghai.getByTestId('compare-b').innerText())).toBe(44522.3);
  await expect(shanghai.getByTestId('compare-a')).not.toHaveText('44,522.3');
  await shot(app.page, 'scenario-compare-zh');

  await s.applyPreset('us_demand_minus_20');
  await s.tab('map');
  await expect(s.page.getByTestId('choropleth')).toHaveAttribute('data-state', 'ready', {
    timeout: 20_000,
  });
  await expect(s.page.getByTestId('scenario-map')).toHaveAttribute('data-coloured', '2');
  await shot(app.page, 'scenario-map-zh');

  await new AppShell(app.page).toggleTheme();
  await s.tab('sensitivity');
  await expect(s.tornado.locator('canvas')).toHaveCount(1);
  await shot(app.page, 'scenario-dark');
  await new AppShell(app.page).toggleTheme();

  await s.tab('results');
  await app.page.emulateMedia({ media: 'print' });
  await expect(s.assumptions).toBeVisible();
  await expect(s.page.getByTestId('results-table')).toBeVisible();
  await expect(s.page.getByTestId('shock-editor')).toBeHidden();
  await expect(s.page.getByTestId('print-header')).toContainText('情景');
  const text = await printToPdf(app.page, 'print-scenario-zh');
  expect(text).toContain('本情景的假设');
  expect(text).toContain('44,522.3');
  await app.page.emulateMedia({ media: 'screen' });
  await new AppShell(app.page).switchLanguage('en');
  await app.page.emulateMedia({ media: 'print' });
  await expect(s.assumptions).toContainText('Assumptions of this scenario');
  expect(await printToPdf(app.page, 'print-scenario-en')).toContain('Assumptions of this scenario');
});
