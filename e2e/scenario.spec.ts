import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures/app';
import { canvasPixelsNear } from './fixtures/canvas';
import { printToPdf, shot } from './fixtures/screens';
import { AppShell } from './pages/app-shell';
import { CityDetail } from './pages/city-detail';
import { RankingsPage } from './pages/rankings-page';
import { ScenarioPage } from './pages/scenario-page';
import { synthRecord } from '../core/data';
import { CODES, scenarioDataset, scenarioExposure } from './scenario-fixture';

// Every number below is worked out by hand from e2e/scenario-fixture.ts (figures) and the shipped
// exposure shares it lists (US −20% on exports unless said otherwise).
test.use({ bundledDataset: scenarioDataset, bundledExposure: scenarioExposure });
const { shenzhen: SHENZHEN, shanghai: SHANGHAI, dongguan: DONGGUAN, jinhua: JINHUA } = CODES;
const TONGLING = CODES.tongling;

async function openScenarios(page: ScenarioPage['page']): Promise<ScenarioPage> {
  await new AppShell(page).ready();
  const scenario = new ScenarioPage(page);
  await scenario.open();
  return scenario;
}

test('the elasticity runs word each city at the low, default and high ends', async ({ app }) => {
  const s = await openScenarios(app.page);
  await s.applyPreset('us_demand_minus_20');
  await s.tab('runs');
  const runs = app.page.getByTestId('elasticity-runs');
  // A partner-demand shock moves no elasticity: the three runs agree (45,500 − 597.2, −1.31%).
  await expect(runs).toContainText('三列相同');
  const shenzhen = runs.locator(`[data-testid="run-row"][data-code="${SHENZHEN}"]`);
  for (const run of ['low', 'default', 'high']) {
    await expect(shenzhen.getByTestId(`run-${run}`)).toHaveText('44,902.8 −1.31%');
  }
});

test('US −20%: every city loses, each share named by its basis, with a proxy tooltip', async ({
  app,
}) => {
  const s = await openScenarios(app.page);
  await s.applyPreset('us_demand_minus_20');
  await expect(s.assumptions).toContainText('美国');
  // The applied preset is marked, for the eye and for a screen reader alike.
  await expect(s.page.getByTestId('preset-us_demand_minus_20')).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expect(s.page.getByTestId('scol-basis')).toHaveText('依据');

  // Biggest loss first. Shenzhen: 45500 × 62.5% (own 2023 split) × 10.5% × −0.2 = −597.19.
  expect(await s.codes()).toEqual([SHENZHEN, SHANGHAI, DONGGUAN, JINHUA, TONGLING]);
  expect(await s.number(SHENZHEN, 'delta')).toBe(-597.2);
  await expect(s.basisChips(SHENZHEN)).toHaveText(['美国 自身 2024', '拆分 自身 2023']);
  // Shanghai: 45100 − 20200 × 14.3% × 0.2 = 44522.28; own 2023 share ×0.8–×1.2 → 44406.7–44637.8.
  await expect(s.cell(SHANGHAI, 'point')).toHaveText('44,522.3');
  await expect(s.cell(SHANGHAI, 'range')).toHaveText('44,406.7 – 44,637.8');
  await expect(s.cell(SHANGHAI, 'delta-pct')).toHaveText('−1.28%');
  await expect(s.basisChips(SHANGHAI)).toHaveText(['美国 自身 2023']);
  // Dongguan has no US share of its own: Guangdong's 12% (2023) stands in, ×0.5–×1.5.
  // 15800 − 9707.4 × 12% × 0.2 = 15567.02; range 15450.5–15683.5.
  await expect(s.basisChips(DONGGUAN)).toHaveText(['美国 省级代理 广东 2023']);
  await expect(s.cell(DONGGUAN, 'point')).toHaveText('15,567.0');
  await expect(s.cell(DONGGUAN, 'range')).toHaveText('15,450.5 – 15,683.5');
  const tip = await s.basisTip(DONGGUAN);
  await expect(tip).toContainText('美国（出口）：12% · 省级代理 广东 2023');
  await expect(tip).toContainText('区间 6% – 18%（代理范围）');
  await expect(tip).toContainText('份额基数：占进出口');
  await expect(tip).toContainText('来源：S008');
  await shot(app.page, 'scenario-basis-tooltip-zh');
  // Jinhua: the national share of exports, 11.1% (2025): 10500 − 9200 × 11.1% × 0.2 = 10295.8.
  await expect(s.basisChips(JINHUA)).toHaveText(['美国 全国代理 2025']);
  await expect(s.cell(JINHUA, 'point')).toHaveText('10,295.8');
  // Tongling: only a total and no split on any step: 1265 × (1 − 16.8% × 0.2) … 1265.
  await expect(s.rowOf(TONGLING)).toHaveAttribute('data-kind', 'range');
  await expect(s.cell(TONGLING, 'scenario')).toHaveText('1,222.5 – 1,265.0');
  await expect(s.cell(TONGLING, 'new-rank')).toHaveText('—');
  // No result rests on a share nobody has: no city shows 0 change.
  for (const d of await s.deltas()) if (!Number.isNaN(d)) expect(d).toBeLessThan(0);

  // The assumptions say which cities rest on stand-ins, by step.
  const standIns = s.page.getByTestId('assumptions-stand-ins');
  await expect(standIns.locator('[data-step="province"]')).toContainText('东莞');
  await expect(standIns.locator('[data-step="national"]')).toContainText('金华');
  await shot(app.page, 'scenario-zh');

  await new AppShell(app.page).switchLanguage('en');
  await expect(s.basisChips(DONGGUAN)).toHaveText(['US province proxy Guangdong 2023']);
  await expect(s.basisChips(SHENZHEN).nth(1)).toHaveText('own 2023 split');
  await shot(app.page, 'scenario-en');
});

test('base ranks are the Rankings view’s; the proxy rule widens ranges and can be edited', async ({
  app,
}) => {
  const s = await openScenarios(app.page);
  await s.applyPreset('us_demand_minus_20');
  const base = new Map<string, string>();
  for (const code of await s.codes()) base.set(code, await s.cell(code, 'rank').innerText());
  const rankings = new RankingsPage(app.page);
  await rankings.open();
  await rankings.selectYear(2025);
  for (const [code, rank] of base) {
    await expect(rankings.rowOf(code).getByTestId('cell-rank')).toHaveText(rank);
  }
  await s.open();

  // National stand-ins ×0.25–×2: Jinhua 11.1% → 2.775%…22.2%: 10500 − 9200 × 0.222 × 0.2 = 10091.5.
  await s.setProxyFactor('national', 'low', 0.25);
  await s.setProxyFactor('national', 'high', 2);
  await expect(s.cell(JINHUA, 'range')).toHaveText('10,091.5 – 10,448.9');
  await expect(s.cell(JINHUA, 'point')).toHaveText('10,295.8');
  await s.setProxyFactor('national', 'high', 9);
  await expect(s.page.getByTestId('assumptions-proxy-rule')).toContainText('倍数超出范围');
  await expect(s.cell(JINHUA, 'range')).toHaveText('10,091.5 – 10,448.9');
});

test('a number box always shows the value in use: an emptied or refused entry gives way to it', async ({
  app,
}) => {
  const s = await openScenarios(app.page);
  await s.applyPreset('us_demand_minus_20');
  const usBox = s.page.getByTestId('shock-partner-us').getByTestId('shock-input');
  const shenzhen = await s.cell(SHENZHEN, 'point').innerText();
  // Emptied: the shock stays −20%, and the box says so instead of standing empty.
  await usBox.fill('');
  await usBox.press('Enter');
  await expect(usBox).toHaveValue('-20');
  await expect(s.cell(SHENZHEN, 'point')).toHaveText(shenzhen);
  // Beyond the model's +1000%, twice: the second time the shock is already at the bound.
  await usBox.fill('5000');
  await usBox.press('Enter');
  await expect(usBox).toHaveValue('1000');
  await usBox.fill('7000');
  await usBox.press('Enter');
  await expect(usBox).toHaveValue('1000');

  // ε_Y (0…5): 9 twice, then emptied, always shows the 5 in use.
  const income = s.page.getByTestId('elasticity-incomeElasticity').getByTestId('elasticity-input');
  for (const typed of ['9', '9', '']) {
    await income.fill(typed);
    await income.press('Enter');
    await expect(income).toHaveValue('5');
  }
  // A proxy factor out of its range is refused with a message, and the box keeps the factor used.
  await s.setProxyFactor('national', 'high', 9);
  await expect(s.page.getByTestId('assumptions-proxy-rule')).toContainText('倍数超出范围');
  await expect(
    s.page
      .getByTestId('assumptions-proxy-rule')
      .locator('[data-step="national"]')
      .getByTestId('proxy-high'),
  ).not.toHaveValue('9');
});

test('not computable, never 0: the copper shock names the missing share and asks for it', async ({
  app,
}) => {
  const s = await openScenarios(app.page);
  await s.setShock('import_commodity', 'copper_ore', -20);
  // No city has a copper-ore share on any step (the nation publishes none).
  await expect(s.rowOf(TONGLING)).toHaveAttribute('data-kind', 'not-computable');
  await expect(s.cell(TONGLING, 'scenario')).toHaveText('无法计算');
  await expect(s.cell(TONGLING, 'delta')).toHaveText('—');
  await expect(s.basisChips(TONGLING)).toHaveText(['铜矿砂及其精矿 无法计算']);
  const tip = await s.basisTip(TONGLING);
  await expect(tip).toContainText('没有任何来源给出该份额，不能用代理');
  await expect(s.page.getByTestId('assumptions-not-computable')).toContainText('铜陵');

  // The row's chips offer to enter the share: the exposure editor opens on Tongling.
  await shot(app.page, 'scenario-basis-enter-zh');
  await s.rowOf(TONGLING).getByTestId('basis-enter').click();
  await expect(s.page.getByTestId('exposure-entity')).toHaveValue(TONGLING);
  await s.tab('results');

  // The tornado says why it is empty, and what to enter.
  await s.focusCity(TONGLING);
  await s.tab('sensitivity');
  await expect(s.page.getByTestId('tornado-empty')).toContainText('铜陵无法计算');
  await expect(s.page.getByTestId('tornado-empty')).toContainText('铜矿砂及其精矿（进口）');
  await shot(app.page, 'scenario-tornado-empty-zh');
  await s.page.getByTestId('tornado-enter').click();

  // The exposure editor opens on Tongling: the question, then a user share.
  await expect(s.page.getByTestId('exposure-entity')).toHaveValue(TONGLING);
  const copper = s.exposureCell('import_commodity', 'copper_ore');
  await expect(copper).toHaveAttribute('data-step', 'none');
  await expect(copper).toHaveClass(/ask/);
  const us = s.exposureCell('partner', 'us');
  await expect(us).toHaveAttribute('data-step', 'province');
  await expect(us.getByTestId('exposure-basis')).toHaveText('省级代理 安徽 2024');
  await expect(us.getByTestId('exposure-share')).toContainText('11.2%');
  await expect(us.getByTestId('exposure-range')).toHaveText('5.6% – 16.8%');
  await shot(app.page, 'scenario-exposure-zh');
  await copper.getByTestId('exposure-input').fill('35');
  await copper.getByTestId('exposure-input').press('Enter');
  await expect(copper).toHaveAttribute('data-step', 'user');
  await expect(copper.getByTestId('exposure-share')).toHaveText('35%');
  await s.page.getByTestId('exposure-save').click();
  await expect(s.page.getByTestId('exposure-status')).toContainText('已保存');

  // Imports fall 35% × 18.4% = 6.44%; no split on any step: 1265 × 0.9356 … 1265.
  await s.tab('results');
  await expect(s.cell(TONGLING, 'scenario')).toHaveText('1,183.5 – 1,265.0');
  await expect(s.basisChips(TONGLING)).toHaveText(['铜矿砂及其精矿 用户输入']);
  await expect(s.page.getByTestId('assumptions-user-shares')).toContainText('铜陵');

  // A user share in place of a proxy: Dongguan's US share 20% instead of Guangdong's 12%.
  await s.setShock('import_commodity', 'copper_ore', 0);
  await s.applyPreset('us_demand_minus_20');
  await s.tab('exposure');
  await s.exposureEntity(DONGGUAN);
  await s.exposureCell('partner', 'us').getByTestId('exposure-input').fill('20');
  await s.exposureCell('partner', 'us').getByTestId('exposure-input').press('Enter');
  await s.tab('results');
  // 15800 − 9707.4 × 20% × 0.2 = 15411.7, a point: a user share has no range.
  await expect(s.cell(DONGGUAN, 'point')).toHaveText('15,411.7');
  await expect(s.cell(DONGGUAN, 'range')).toHaveCount(0);
  await expect(s.basisChips(DONGGUAN)).toHaveText(['美国 用户输入']);

  // Saved as a revision: still there after a reload, and in the city drawer with its basis.
  await app.page.reload();
  await s.open();
  await s.cell(TONGLING, 'name').getByTestId('entity-link').click();
  const drawer = new CityDetail(app.page);
  const exposure = drawer.root.getByTestId('detail-exposure');
  await expect(exposure).toBeVisible();
  await expect(
    s.exposureCell('import_commodity', 'copper_ore', 'imports', exposure),
  ).toHaveAttribute('data-step', 'user');
  await expect(
    s.exposureCell('partner', 'us', 'exports', exposure).getByTestId('exposure-basis'),
  ).toHaveText('省级代理 安徽 2024');
  await exposure.scrollIntoViewIfNeeded();
  await shot(app.page, 'scenario-city-drawer-zh');
});

test('tornado: the proxied share that matters most; breakeven says why there is none', async ({
  app,
}) => {
  const s = await openScenarios(app.page);
  await s.applyPreset('us_demand_minus_20');
  await s.focusCity(DONGGUAN);
  await s.tab('sensitivity');
  await expect(s.tornado).toContainText('东莞');
  // The US shock ±5 points moves Dongguan by 9707.4 × 12% × 0.1 = 116.5; Guangdong's share
  // moved 6%…18% by 9707.4 × 12% × 0.2 = 233.0: the stand-in is the bigger bar, on top.
  await expect(s.tornado).toHaveAttribute('data-bars', '2');
  await expect(s.tornado).toHaveAttribute('data-first', 'share:exports:partner:us');
  await expect(s.tornado.locator('canvas')).toHaveCount(1);
  await s.tornado.hover();
  await shot(app.page, 'scenario-sensitivity-zh');

  // Shanghai − Shenzhen = −400 + (2888.6 − 2985.9) × x: no US change within ±100% lets it pass.
  await s.breakeven(SHANGHAI, SHENZHEN, 'partner:us:exports');
  await expect(s.breakevenResult).toHaveAttribute('data-state', 'none');
  await s.breakeven(SHENZHEN, SHANGHAI, 'partner:us:exports');
  await expect(s.breakevenResult).toHaveAttribute('data-state', 'ahead');
  await s.breakeven(TONGLING, JINHUA, 'partner:us:exports');
  await expect(s.breakevenResult).toHaveAttribute('data-state', 'error');
  await expect(s.breakevenResult).toContainText('铜陵只有区间结果');

  // The US shock moved to both flows: the breakeven varies that shock, at its −20%.
  await s.page.getByTestId('shock-partner-us').getByTestId('shock-flow').selectOption('both');
  await expect(s.page.getByTestId('breakeven-param')).toHaveValue('partner:us:both');
  await expect(s.page.getByTestId('breakeven')).toContainText('该参数当前值：−20%');
  await expect(s.breakevenResult).toContainText('美国 · 进出口');
});

test('tornado bars take the gain colours of the setting: red up in Chinese, or green up', async ({
  app,
}) => {
  const RED = '#b03a2e';
  const GREEN = '#1f6f50';
  const s = await openScenarios(app.page);
  await s.applyPreset('us_demand_minus_20');
  await s.focusCity(DONGGUAN);
  await s.tab('sensitivity');
  const drawn = s.tornado.locator('[data-testid="chart"][data-settled="true"]');
  // High ends: Guangdong's stand-in share at 18% lowers Dongguan's value (a loss, the bigger bar);
  // the US shock at −15% raises it (a gain).
  await expect(s.tornado).toHaveAttribute('data-high-colours', `${GREEN} ${RED}`);
  await expect(drawn).toHaveCount(1);
  await expect(s.page.getByTestId('tornado-colours')).toContainText('红色条：参数使情景值升高');
  const red = await canvasPixelsNear(s.tornado, RED);
  const green = await canvasPixelsNear(s.tornado, GREEN);
  expect(red).toBeGreaterThan(100);
  expect(green).toBeGreaterThan(red);

  await app.page.getByTestId('nav-settings').click();
  await app.page.getByTestId('settings-gains-green-up').check();
  await app.page.getByTestId('nav-scenarios').click();
  await s.tab('results');
  await s.focusCity(DONGGUAN);
  await s.tab('sensitivity');
  await expect(s.tornado).toHaveAttribute('data-high-colours', `${RED} ${GREEN}`);
  await expect(drawn).toHaveCount(1);
  await expect(s.page.getByTestId('tornado-colours')).toContainText('绿色条：参数使情景值升高');
  // The same bars, the other colours: the big loss bar is red now.
  await expect.poll(() => canvasPixelsNear(s.tornado, RED)).toBeGreaterThan(green / 2);
  expect(await canvasPixelsNear(s.tornado, RED)).toBeGreaterThan(
    await canvasPixelsNear(s.tornado, GREEN),
  );
  await shot(app.page, 'scenario-tornado-green-up-zh');
});

test('save to a file and reopen it with the proxy rule; bad files say why in the reader’s words', async ({
  app,
}, info) => {
  const s = await openScenarios(app.page);
  await s.applyPreset('us_demand_minus_20');
  // A flow chosen before the size is typed is the flow shocked; a shock moved to another flow
  // keeps its size. Both save to a file that opens again.
  await s.page.getByTestId('shock-group-trade_mode').locator('summary').click();
  const processing = s.page.getByTestId('shock-trade_mode-processing');
  await processing.getByTestId('shock-flow').selectOption('imports');
  await s.setShock('trade_mode', 'processing', -15);
  await expect(processing.getByTestId('shock-flow')).toHaveValue('imports');
  await s.page.getByTestId('shock-partner-us').getByTestId('shock-flow').selectOption('both');
  await s.setProxyFactor('province', 'high', 2);
  await s.page.getByTestId('scenario-name').fill('美国与加工贸易');
  const before = await s.rows.allInnerTexts();

  const download = await s.save();
  const path = info.outputPath('saved.scenario.json');
  await download.saveAs(path);
  expect(download.suggestedFilename()).toBe('美国与加工贸易.scenario.json');
  const saved = JSON.parse(readFileSync(path, 'utf8'));
  expect(saved).toMatchObject({
    schemaVersion: 1,
    name: '美国与加工贸易',
    year: 2025,
    level: 'city',
  });
  expect(saved.proxyRange.province).toEqual({ low: 0.5, high: 2 });
  expect(saved.shocks).toEqual([
    { dimension: 'trade_mode', category: 'processing', flow: 'imports', pct: -15 },
    { dimension: 'partner', category: 'us', flow: 'both', pct: -20 },
  ]);

  await s.applyPreset('eu_slowdown_minus_10');
  await s.setProxyFactor('province', 'high', 1.5);
  expect(await s.rows.allInnerTexts()).not.toEqual(before);
  await s.openFile(path);
  await expect(s.fileStatus).toHaveAttribute('data-kind', 'opened');
  await expect(s.page.getByTestId('scenario-name')).toHaveValue('美国与加工贸易');
  expect(await s.rows.allInnerTexts()).toEqual(before);

  await s.openBytes('broken.json', '{"schemaVersion": 1, "name": ');
  await expect(s.fileStatus).toHaveAttribute('data-kind', 'error');
  await expect(s.fileStatus).toContainText('broken.json');
  await expect(s.fileStatus).toContainText('不是有效的 JSON（第 1 行');
  await s.openBytes('future.json', JSON.stringify({ ...saved, schemaVersion: 9 }));
  await expect(s.fileStatus).toContainText('不支持的文件版本 9');
  const bad = { ...saved, shocks: [{ ...saved.shocks[0], pct: '-20' }] };
  await s.openBytes('pct.json', JSON.stringify(bad));
  await expect(s.fileStatus).toContainText('冲击 1：百分比必须是数字');
  await s.openBytes(
    'proto.json',
    JSON.stringify({ ...saved, shocks: [{ ...saved.shocks[0], dimension: 'constructor' }] }),
  );
  await expect(s.fileStatus).toContainText('冲击 1：未知的维度“constructor”');
  await s.openBytes('deep.json', `{"a":${'['.repeat(10_000)}`);
  await expect(s.fileStatus).toContainText('嵌套超过 32 层');
  await shot(app.page, 'scenario-file-error-zh');
  await new AppShell(app.page).switchLanguage('en');
  await expect(s.fileStatus).toContainText('nested more than 32 levels deep');
  // A bad file changes nothing.
  await new AppShell(app.page).switchLanguage('zh-CN');
  expect(await s.rows.allInnerTexts()).toEqual(before);
});

test('Monte Carlo says why it cannot run while no parameter is ticked', async ({ app }) => {
  const s = await openScenarios(app.page);
  await s.tab('montecarlo');
  const run = app.page.getByTestId('mc-run');
  const needs = app.page.getByTestId('mc-run-needs');
  // No shock, nothing to draw: the reason stands beside the disabled button.
  await expect(run).toBeDisabled();
  await expect(needs).toHaveText('本情景没有参数可抽样：先设置冲击。');
  await s.applyPreset('us_demand_minus_20');
  await expect(run).toBeEnabled();
  await expect(needs).toHaveCount(0);
  const ticks = app.page.getByTestId('mc-range').getByRole('checkbox');
  for (const tick of await ticks.all()) await tick.uncheck();
  await expect(run).toBeDisabled();
  await expect(needs).toHaveText('先勾选至少一个要抽样的参数。');
  await expect(run).toHaveAttribute('aria-describedby', 'mc-run-needs');
  await shot(app.page, 'scenario-montecarlo-needs');
  await ticks.first().check();
  await expect(run).toBeEnabled();
  await expect(needs).toHaveCount(0);
});

test('Monte Carlo draws the stand-in shares: no certainty where a share is borrowed', async ({
  app,
}, info) => {
  const s = await openScenarios(app.page);
  await s.applyPreset('us_demand_minus_20');
  await s.runMonteCarlo(10_000);
  await expect(s.mcStatus).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  const status = await s.mcStatus.innerText();
  console.log(`Monte Carlo, 10,000 draws in the worker (Chromium): ${status}`);
  await shot(app.page, 'scenario-montecarlo-zh');

  await s.tab('results');
  // Shenzhen's share (own 2024) and split (own 2023) are drawn too: a spread, never 45,500–45,500.
  const [low, high] = (await s.cell(SHENZHEN, 'mc').innerText())
    .split('–')
    .map((x) => Number(x.replace(/[^\d.]/g, '')));
  expect(low).toBeLessThan(44902.8);
  expect(high).toBeGreaterThan(44902.8);
  expect(high! - low!).toBeGreaterThan(300);
  await expect(s.cell(SHENZHEN, 'mc-rank')).toHaveText(/^1–[12]$/);
  await expect(s.cell(TONGLING, 'mc')).toHaveText('—');
  await shot(app.page, 'scenario-mc-results-zh');

  // A run can be cancelled; the last finished result is kept.
  await s.tab('montecarlo');
  await s.runAndCancel();
  await expect(s.mcStatus).toHaveAttribute('data-state', 'cancelled');
  await s.tab('results');
  await expect(s.cell(SHENZHEN, 'mc-rank')).toHaveText(/^1–[12]$/);

  // A minimum typed above the maximum comes down to it, so the scenario still saves.
  await s.tab('montecarlo');
  const us = s.page.locator('[data-testid="mc-range"][data-param="partner:us:exports"]');
  await us.getByTestId('mc-min').fill('5');
  await us.getByTestId('mc-min').press('Enter');
  await expect(us.getByTestId('mc-min')).toHaveValue('-10');
  // A range switched off is saved as off and opens again off.
  await us.getByRole('checkbox').uncheck();
  const download = await s.save();
  await expect(s.fileStatus).toHaveAttribute('data-kind', 'saved');
  const path = info.outputPath('mc.scenario.json');
  await download.saveAs(path);
  await us.getByRole('checkbox').check();
  await s.openFile(path);
  await expect(s.fileStatus).toHaveAttribute('data-kind', 'opened');
  await expect(us.getByRole('checkbox')).not.toBeChecked();
});

test.describe('with provinces beside the cities', () => {
  // 广东 and 上海 (the province) with 2025 figures, so the scenario also runs at province level.
  test.use({
    bundledDataset: {
      ...scenarioDataset,
      figures: [
        ...scenarioDataset.figures,
        synthRecord('440000', 2025, { total: 91000, exports: 58000, imports: 33000 }),
        synthRecord('310000', 2025, { total: 42700, exports: 18300, imports: 24400 }),
      ],
    },
  });

  test('a province-level scenario file reopens at province level', async ({ app }, info) => {
    const s = await openScenarios(app.page);
    const level = s.page.getByTestId('scenario-level');
    await s.applyPreset('us_demand_minus_20');
    await level.selectOption('province');
    await expect(s.rows).toHaveCount(2);
    const before = await s.rows.allInnerTexts();
    const download = await s.save();
    const path = info.outputPath('provinces.scenario.json');
    await download.saveAs(path);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ level: 'province' });

    await level.selectOption('city');
    await expect(s.rows).not.toHaveCount(2);
    await s.openFile(path);
    await expect(s.fileStatus).toHaveAttribute('data-kind', 'opened');
    await expect(level).toHaveValue('province');
    expect(await s.rows.allInnerTexts()).toEqual(before);
  });
});

test('A vs B side by side, the Δ% map, dark theme and print with the basis column', async ({
  app,
}) => {
  const s = await openScenarios(app.page);
  await s.applyPreset('us_demand_minus_20');
  await s.tab('compare');
  // A refused file says why, until B is another scenario.
  await s.page
    .getByTestId('compare-open-input')
    .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{') });
  await expect(s.page.getByTestId('compare').getByRole('alert')).toContainText('bad.json');
  await s.page.getByTestId('compare-pin').click();
  await expect(s.page.getByTestId('compare').getByRole('alert')).toHaveCount(0);
  await s.applyPreset('eu_slowdown_minus_10');
  await expect(s.page.getByTestId('compare-b-name')).toContainText('美国需求 −20%');
  const shanghai = s.page.locator(`[data-testid="compare-row"][data-code="${SHANGHAI}"]`);
  await expect(shanghai.getByTestId('compare-b')).toContainText('44,522.3');
  await shot(app.page, 'scenario-compare-zh');

  await s.applyPreset('us_demand_minus_20');
  await s.tab('map');
  await expect(s.page.getByTestId('choropleth')).toHaveAttribute('data-state', 'ready', {
    timeout: 20_000,
  });
  // Four point results are coloured (proxied ones at their point value); Tongling's range is not.
  await expect(s.page.getByTestId('scenario-map')).toHaveAttribute('data-coloured', '4');
  await shot(app.page, 'scenario-map-zh');

  await new AppShell(app.page).toggleTheme();
  await s.tab('sensitivity');
  await expect(s.tornado.locator('canvas')).toHaveCount(1);
  await shot(app.page, 'scenario-dark');
  await new AppShell(app.page).toggleTheme();

  await s.tab('results');
  await app.page.emulateMedia({ media: 'print' });
  // Paper gets the scenario's print layout: assumptions and results, never the editors.
  const doc = app.page.getByTestId('print-doc');
  await expect(doc).toContainText('本情景的假设');
  await expect(doc.getByTestId('print-table')).toBeVisible();
  await expect(s.page.getByTestId('shock-editor')).toBeHidden();
  await expect(s.page.getByTestId('print-header')).toContainText('情景');
  const text = await printToPdf(app.page, 'print-scenario-zh');
  expect(text).toContain('本情景的假设');
  expect(text).toContain('代理范围');
  expect(text).toContain('依据');
  expect(text).toContain('省级代理 广东 2023');
  expect(text).toContain('44,522.3');
  await app.page.emulateMedia({ media: 'screen' });
  await new AppShell(app.page).switchLanguage('en');
  await app.page.emulateMedia({ media: 'print' });
  await expect(app.page.getByTestId('print-doc')).toContainText('Assumptions of this scenario');
  const en = await printToPdf(app.page, 'print-scenario-en');
  expect(en).toContain('Proxy rule');
  expect(en).toContain('national proxy 2025');
});
