import { test, expect } from './fixtures/app';
import { shot } from './fixtures/screens';
import { DEPTH, depthDataset } from './data-depth-fixture';
import { AppShell } from './pages/app-shell';
import { MapPage } from './pages/map-page';
import { RankingsPage } from './pages/rankings-page';
import { SourcesPage } from './pages/sources-page';

test.use({ bundledDataset: depthDataset });

test('a year with low coverage offers the best-covered year in one click', async ({ app }) => {
  await new AppShell(app.page).ready();
  const board = new RankingsPage(app.page);
  await board.open();
  await expect(board.heading).toContainText('2024');
  await expect(board.coverage).toContainText('2024 年：297 个地级市中 3 个有全年数据');
  await expect(board.coverage).toContainText('合计占全国进出口 26.0%');
  await expect(board.coverage).toContainText('总额中 1 个由美元按公布汇率换算（推算值，已标注）');
  await app.page.getByTestId('coverage-best-year').click();
  await expect(board.heading).toContainText('2023');
  await expect(board.coverage).toContainText('2023 年：297 个地级市中 4 个有全年数据');
  // 2023 is the best-covered year: nothing better to offer.
  await expect(app.page.getByTestId('coverage-best-year')).toHaveCount(0);
});

test('derived totals say how they were made: exports + imports, or dollars at a published rate', async ({
  app,
}) => {
  await new AppShell(app.page).ready();
  const board = new RankingsPage(app.page);
  await board.open();
  await board.rowOf(DEPTH.suzhou).getByTestId('source-ref').first().hover();
  const usd = app.page.getByTestId('source-derivation').first();
  await expect(usd).toHaveText(
    '推算值：3,000 亿美元 × 7.1 元/美元（年平均汇率，S501） · Rate publisher',
  );
  await shot(app.page, 'data-depth-usd-source');
  await board.selectYear(2023);
  await board.rowOf(DEPTH.shenzhen).getByTestId('source-ref').first().hover();
  await expect(app.page.getByTestId('source-derivation').first()).toHaveText(
    '推算值：同一来源的出口 + 进口（该来源未公布总额）',
  );
});

test('a rank change across two series is marked as a break, in the table and on the map', async ({
  app,
}) => {
  await new AppShell(app.page).ready();
  const board = new RankingsPage(app.page);
  await board.open();
  // 深圳: yearbook 2023 → bulletin 2024. 上海: bulletins both years, no mark.
  const mark = board.changeOf(DEPTH.shenzhen).getByTestId('series-break');
  await expect(mark).toBeVisible();
  await expect(mark).toHaveAttribute('title', '口径不同的两年：变化不完全可比');
  await expect(board.changeOf(DEPTH.shanghai).getByTestId('series-break')).toHaveCount(0);
  await shot(app.page, 'data-depth-series-break');

  const map = new MapPage(app.page);
  await map.open();
  await map.selectMetric('change');
  const tip = await map.pointAt(DEPTH.shenzhen);
  await expect(tip).toContainText('城市统计年鉴 → 海关发布/统计公报');
  // The accessible table marks it too, naming both series.
  await expect(map.rowOf(DEPTH.shenzhen).getByTestId('series-break')).toHaveAttribute(
    'title',
    /城市统计年鉴 → 海关发布\/统计公报/,
  );
  await expect(map.rowOf(DEPTH.suzhou).getByTestId('series-break')).toHaveAttribute(
    'title',
    /海关发布\/统计公报 → 海关发布\/统计公报（由美元换算）/,
  );
  await shot(app.page, 'data-depth-map-break');
});

test('the dollar view uses the year’s published rate, names it, and a typed rate overrides it', async ({
  app,
}) => {
  await new AppShell(app.page).ready();
  const board = new RankingsPage(app.page);
  await board.open();
  await app.page.getByTestId('rankings-currency').selectOption('USD');
  // 深圳 2024: 45000 亿元 ÷ 7.1 = 6338.03 亿美元, at the rate the data carries (S501).
  await expect(board.rowOf(DEPTH.shenzhen).getByTestId('cell-value')).toHaveText('6,338.0');
  await expect(app.page.getByTestId('usd-label')).toHaveText(
    '按 7.10 元/美元换算（公布的年平均汇率，S501）',
  );
  await expect(app.page.getByTestId('rankings-rate')).toHaveAttribute('placeholder', '公布 7.1');
  await board.useDollars('7.2');
  await expect(board.rowOf(DEPTH.shenzhen).getByTestId('cell-value')).toHaveText('6,250.0');
  await expect(app.page.getByTestId('usd-label')).toHaveText('按 7.20 元/美元换算（用户汇率）');
});

test('the data’s date is its latest source’s, in the header and the coverage by year', async ({
  app,
}) => {
  const shell = new AppShell(app.page);
  await shell.ready();
  await expect(app.page.getByTestId('data-as-of')).toHaveText('数据截至 2025年1月20日');
  await shell.goTo('sources');
  await new SourcesPage(app.page).ready();
  const summary = app.page.getByTestId('coverage-summary');
  await expect(summary.getByTestId('coverage-as-of')).toHaveText('数据截至 2025年1月20日');
  const rows = summary.getByTestId('coverage-summary-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toHaveAttribute('data-year', '2024');
  await expect(rows.first().getByTestId('coverage-city')).toHaveText('3 / 297');
  await expect(rows.nth(1).getByTestId('coverage-city')).toHaveText('4 / 297');
  // The rate source backs the conversions made at it.
  await expect(new SourcesPage(app.page).row('S501').getByTestId('source-backs')).toContainText(
    '中国 2024 人民币兑美元年汇率 (美元换算所用汇率)',
  );
  await shot(app.page, 'data-depth-coverage-summary');
});
