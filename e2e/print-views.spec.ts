/**
 * Every view prints in its print layout: title, a subtitle of the choices that shape it, the
 * chart or table, the sources line (and the sources list), page numbers. Each PDF is taken
 * straight from the screen, as window.print() takes it, and rendered to screenshots/ to look at.
 */
import { test, expect } from './fixtures/app';
import { pixelsNear, printPdf, type PrintedPdf } from './fixtures/pdf';
import { CityDetail } from './pages/city-detail';
import { FiguresPage } from './pages/figures-page';
import { MapPage } from './pages/map-page';
import { RankingsPage } from './pages/rankings-page';
import { ScenarioPage } from './pages/scenario-page';
import { SourcesPage } from './pages/sources-page';
import { PRINT_CITIES, printDataset, SPARSE_CITIES, sparseMapDataset } from './print-fixture';
import { CODES, scenarioDataset } from './scenario-fixture';

const pageNumber = (i: number, n: number) => new RegExp(`第\\s*${i}\\s*/\\s*${n}\\s*页`);

/** What every printed view carries. */
function expectPrinted(pdf: PrintedPdf, title: string, choices: string[]): void {
  expect(pdf.pageTexts[0]).toContain(title);
  for (const c of choices) expect(pdf.pageTexts[0]).toContain(c);
  pdf.pageTexts.forEach((text, i) => expect(text).toMatch(pageNumber(i + 1, pdf.pages)));
  expect(pdf.text).toMatch(/来源：|本页即来源列表/);
}

test.describe('views of the ranking data', () => {
  test.use({ bundledDataset: printDataset });

  test('figures, sources, movers, rank history, map, city detail and import history', async ({
    app,
  }) => {
    const page = app.page;
    await new FiguresPage(page).ready();
    let pdf = await printPdf(page, 'print-view-figures');
    expectPrinted(pdf, '2025年城市进出口', ['年份：2025', '排序：进出口 ▼']);
    expect(pdf.text).toContain('来源：S301、S401、S501');

    await page.getByTestId('nav-sources').click();
    await new SourcesPage(page).ready();
    await page.getByTestId('sources-search').fill('rate');
    await expect(page.getByTestId('source-row')).toHaveCount(1);
    pdf = await printPdf(page, 'print-view-sources');
    expectPrinted(pdf, '数据来源', ['显示 1 / 5', '搜索：rate']);
    expect(pdf.text).toContain('https://example.test/S501');
    expect(pdf.text).not.toContain('Synthesised city bulletin');

    const r = new RankingsPage(page);
    await r.open();
    // Movers rank every city by total trade and have no filters: the board's metric and search
    // are not theirs, and their page does not claim them.
    await r.selectMetric('exports');
    await r.search('北京');
    await r.tab('movers');
    pdf = await printPdf(page, 'print-view-movers');
    expectPrinted(pdf, '2025年城市排行 · 变动', ['对比年份：2024', '指标：进出口总额']);
    expect(pdf.pageTexts[0]).not.toContain('搜索');
    expect(pdf.pageTexts[0]).not.toContain('指标：出口');
    await r.tab('board');
    await r.search('');
    await r.selectMetric('total');
    await r.tab('movers');
    expect(pdf.text).toContain('万亿俱乐部');
    expect(pdf.text).toContain('名次上升最多');

    await r.tab('history');
    pdf = await printPdf(page, 'print-view-history');
    expectPrinted(pdf, '2025年城市排行 · 排名历史', ['指标：进出口总额']);
    expect(pdf.text).toContain('2025年排名（共');
    // The bump chart's lines are drawn (the palette's first colour).
    expect(pixelsNear(pdf.path, 1, [84, 112, 198], 60).count).toBeGreaterThan(100);

    await r.tab('board');
    await r.openDetailOf(0);
    const detail = new CityDetail(page);
    await expect(detail.root).toBeVisible();
    pdf = await printPdf(page, 'print-view-city');
    expectPrinted(pdf, '北京 Beijing详情', ['年份：2025']);
    expect(pdf.text).toContain('历年数据与来源');
    await page.getByTestId('detail-close').click();

    const map = new MapPage(page);
    await page.getByTestId('nav-map').click();
    await expect(map.chart).toHaveAttribute('data-state', 'ready');
    pdf = await printPdf(page, 'print-view-map');
    expectPrinted(pdf, '2025年城市外贸地图', ['指标：进出口总额', '分级方式：分位数 × 5']);
    // The map fills the first page: its classes are drawn in their colours.
    const darkest = pixelsNear(pdf.path, 1, [12, 44, 132], 50);
    expect(darkest.count).toBeGreaterThan(2000);
    expect(pdf.text).toContain('地图所示数值');

    await page.getByTestId('nav-import').click();
    await expect(page.getByTestId('history-item').first()).toBeVisible();
    pdf = await printPdf(page, 'print-view-import');
    expectPrinted(pdf, '版本历史', []);
    expect(pdf.text).toContain('r0');
  });
});

test.describe('a map that is mostly gaps', () => {
  test.use({ bundledDataset: sparseMapDataset });

  // Printed straight, the hatched map once took seconds to draw for paper and the browser flipped
  // to print media and back meanwhile: the layout came down mid-print and the PDF had one page
  // numbered "1 / 4".
  test('prints every page of its table straight from the screen', async ({ app }) => {
    const page = app.page;
    const map = new MapPage(page);
    await page.getByTestId('nav-map').click();
    await expect(map.chart).toHaveAttribute('data-state', 'ready');
    const pdf = await printPdf(page, 'print-sparse-map');
    expect(pdf.pages).toBeGreaterThan(1);
    expectPrinted(pdf, '2025年城市外贸地图', ['指标：进出口总额']);
    expect(pdf.text).toMatch(/\d+ 个有全年数据/);
    // The table's last row (the smallest city with a figure) is printed.
    const last = PRINT_CITIES[SPARSE_CITIES - 1]!;
    expect(pdf.pageTexts.at(-1)).toContain(last.shortZh);
    // The hatched gaps are drawn (the no-data grey covers much of the first page).
    expect(pixelsNear(pdf.path, 1, [214, 217, 222], 24).count).toBeGreaterThan(2000);
  });
});

test.describe('a scenario', () => {
  test.use({ bundledDataset: scenarioDataset });

  test('prints its assumptions, results with Monte Carlo ranges and the tornado', async ({
    app,
  }) => {
    const s = new ScenarioPage(app.page);
    await s.open();
    await s.applyPreset('us_demand_minus_20');
    await s.focusCity(CODES.shanghai);
    await s.runMonteCarlo(2000);
    await expect(s.mcStatus).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
    await s.tab('results');
    const pdf = await printPdf(app.page, 'print-view-scenario');
    expectPrinted(pdf, '情景：美国需求 −20%', ['基准年：2025', '蒙特卡洛：2000 次抽样']);
    expect(pdf.text).toContain('本情景的假设');
    expect(pdf.text).toContain('龙卷风图：上海');
    expect(pdf.text).toMatch(/中位数 [\d,.]+ · 排名 \d+–\d+/);
    expect(pdf.text).toContain('蒙特卡洛：2000 次抽样（种子 1）');
    // The tornado's bars on the page that carries its caption: the US shock's high end (−15%)
    // raises Shanghai's value, drawn in the gain colour (red: Chinese convention).
    const tornadoPage = pdf.pageTexts.findIndex((text) => text.includes('龙卷风图：上海')) + 1;
    expect(pixelsNear(pdf.path, tornadoPage, [176, 58, 46], 30).count).toBeGreaterThan(50);
    expect(pdf.text).toContain('红色条：参数使情景值升高');
  });
});
