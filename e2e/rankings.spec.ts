import { test, expect } from './fixtures/app';
import { shot } from './fixtures/screens';
import { AppShell } from './pages/app-shell';
import { CityDetail } from './pages/city-detail';
import { FiguresPage } from './pages/figures-page';
import { RankingsPage } from './pages/rankings-page';
import { CODES, rankingsDataset } from './rankings-fixture';

test.describe('on a synthesised dataset', () => {
  test.use({ bundledDataset: rankingsDataset });

  test('Δrank arrows match the hand-computed changes', async ({ app }) => {
    const board = new RankingsPage(app.page);
    await new AppShell(app.page).ready();
    await board.open();
    await expect(board.heading).toContainText('2025');
    expect(await board.names()).toEqual([
      '深圳',
      '上海',
      '东莞',
      '宁波',
      '广州',
      '西安',
      '咸阳',
      '佛山',
    ]);
    await expect(board.changeOf(CODES.dongguan)).toHaveText('▲1');
    await expect(board.changeOf(CODES.ningbo)).toHaveText('▼1');
    await expect(board.changeOf(CODES.shenzhen)).toHaveText('–');
    await expect(board.changeOf(CODES.guangzhou)).toHaveText('–');
    await expect(board.changeOf(CODES.xian)).toHaveText('新');
    await expect(board.changeOf(CODES.xian)).toHaveAttribute('title', /2024/);
    await expect(board.changeOf(CODES.foshan)).toHaveText('');
    // A gap shows "—" with its reason on hover.
    const foshan = board.rowOf(CODES.foshan).getByTestId('cell-value');
    await expect(foshan).toHaveText('—');
    await expect(foshan).toHaveAttribute('title', /Only growth was printed/);
    // Published rank with its source, beside the computed rank.
    await expect(board.row(0).published).toContainText('1');
    await expect(board.row(0).published.getByTestId('source-ref')).toContainText('S003');
    await expect(board.coverage).toContainText('297 个地级市中 7 个有全年数据');
  });

  test('sort by yoy, filter to 广东, search "xian"', async ({ app }) => {
    const board = new RankingsPage(app.page);
    await new AppShell(app.page).ready();
    await board.open();
    await board.sortBy('yoy');
    await expect(board.header('yoy')).toHaveAttribute('aria-sort', 'descending');
    await expect(board.header('rank')).toHaveAttribute('aria-sort', 'none');
    expect(await board.names()).toEqual([
      '西安',
      '东莞',
      '佛山',
      '上海',
      '广州',
      '深圳',
      '宁波',
      '咸阳',
    ]);
    await expect(board.row(0).yoy).toHaveText('+21.1%');
    await board.sortBy('yoy');
    await expect(board.header('yoy')).toHaveAttribute('aria-sort', 'ascending');
    await expect(board.row(0).name).toHaveText('咸阳');

    await board.filterProvince('广东');
    await expect(board.rows).toHaveCount(4);
    expect((await board.names()).sort()).toEqual(['东莞', '佛山', '广州', '深圳'].sort());
    await app.page.getByTestId('rankings-clear').click();

    await board.search('xian');
    expect(await board.names()).toContain('西安');
    // "xian" also finds 咸阳 (xianyang): the search matches inside names.
    expect((await board.names()).sort()).toEqual(['咸阳', '西安'].sort());
    await board.search('西安');
    await expect.poll(() => board.names()).toEqual(['西安']);
    // A search that leaves nothing says so in the table, under its header.
    await board.search('no such city');
    await expect(board.rows).toHaveCount(0);
    await expect(app.page.getByTestId('rankings-empty')).toHaveText('没有符合条件的城市。');
    await expect(app.page.getByTestId('topn-chart')).toHaveCount(0);
    await shot(app.page, 'rankings-empty');
  });

  test('the bump chart draws one line per entity in the top 10', async ({ app }) => {
    const board = new RankingsPage(app.page);
    await new AppShell(app.page).ready();
    await board.open();
    await board.tab('history');
    // Seven entities have a 2025 total; 佛山 has growth only and no rank.
    await expect(board.legendItems).toHaveCount(7);
    await expect(app.page.getByTestId('history-note')).toContainText('当年有数据');
    await board.legendItems.nth(2).click();
    await expect(board.legendItems.nth(2)).toHaveAttribute('aria-pressed', 'true');

    // A chosen set survives a look at the board (it used to fall back to the top 10).
    await app.page.getByTestId('history-custom').click();
    await app.page.getByRole('button', { name: '移除 咸阳' }).click();
    await expect(board.legendItems).toHaveCount(6);
    await board.tab('board');
    await board.tab('history');
    await expect(app.page.getByTestId('history-custom')).toHaveAttribute('aria-pressed', 'true');
    await expect(board.legendItems).toHaveCount(6);
    await expect(board.legendItems.filter({ hasText: '咸阳' })).toHaveCount(0);
  });

  test('movers say "no base-year figure" instead of inferring', async ({ app }) => {
    const board = new RankingsPage(app.page);
    await new AppShell(app.page).ready();
    await board.open();
    await board.tab('movers');
    const club = app.page.getByTestId('threshold-10000');
    // 深圳, 上海, 东莞, 宁波 and 广州 were above 10000亿 in both years; 西安 is far below.
    await expect(club.locator('[data-status="stayed"]')).toHaveCount(5);
    await expect(app.page.getByTestId('movers-climbers')).toContainText('东莞');
    await expect(app.page.getByTestId('movers-no-base')).toContainText('西安');
  });

  test('keyboard: arrows move, Enter opens detail; copy writes TSV', async ({ app }) => {
    await app.page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
    const board = new RankingsPage(app.page);
    await new AppShell(app.page).ready();
    await board.open();
    await board.row(0).root.focus();
    await app.page.keyboard.press('ArrowDown');
    await expect(board.row(1).root).toBeFocused();
    await app.page.keyboard.press('Space');
    await expect(board.row(1).select).toBeChecked();
    await app.page.keyboard.press('ControlOrMeta+c');
    await expect(board.copyStatus).toContainText('1');
    const tsv = await app.page.evaluate(() => navigator.clipboard.readText());
    expect(tsv.split('\n')).toHaveLength(2);
    expect(tsv).toContain('上海\tShanghai');
    await app.page.keyboard.press('Enter');
    const detail = new CityDetail(app.page);
    await detail.ready();
    await expect(detail.name).toContainText('上海');
  });

  test('city detail shows sources for each figure', async ({ app }) => {
    const board = new RankingsPage(app.page);
    await new AppShell(app.page).ready();
    await board.open();
    await board.openDetailOf(0);
    const detail = new CityDetail(app.page);
    await detail.ready();
    await expect(detail.name).toContainText('深圳');
    await expect(detail.yearRow(2025)).toContainText('S002');
    await expect(detail.rankRow(2025)).toContainText('S003');
    await expect(detail.rankRow(2025)).toContainText('第1 / 7');
    await expect(detail.yearRow(2024).getByTestId('source-ref')).toHaveCount(1);
    // The board's year (2025) is the current row of both tables; other years are not.
    await expect(detail.yearRow(2025)).toHaveAttribute('aria-current', 'true');
    await expect(detail.rankRow(2025)).toHaveAttribute('aria-current', 'true');
    await expect(detail.yearRow(2024)).not.toHaveAttribute('aria-current');
    await shot(app.page, 'city-detail-current-year');
    await expect(detail.neighbours).toContainText('上海');
    await detail.close();
  });
  test('without a published rate, dollars only at a rate the user enters, labelled with it', async ({
    app,
  }) => {
    const board = new RankingsPage(app.page);
    await new AppShell(app.page).ready();
    await board.open();
    await app.page.getByTestId('rankings-currency').selectOption('USD');
    // No rate yet: values stay in 亿元 and the app asks for one.
    await expect(board.row(0).value).toHaveText('45,500.0');
    // A rate that cannot be one is kept as typed, marked, and converts nothing.
    await board.useDollars('71O');
    await expect(app.page.getByTestId('rankings-rate')).toHaveAttribute('aria-invalid', 'true');
    await expect(app.page.getByTestId('rankings-rate-note')).toBeVisible();
    await shot(app.page, 'rankings-rate-note');
    await expect(board.row(0).value).toHaveText('45,500.0');
    await board.useDollars('7.1');
    await expect(app.page.getByTestId('rankings-rate-note')).toHaveCount(0);
    // 45500 / 7.1 = 6408.45… 亿美元
    await expect(board.row(0).value).toHaveText('6,408.5');
    await expect(board.header('value')).toContainText('亿美元');
    await expect(app.page.getByTestId('usd-label')).toHaveText('按 7.10 元/美元换算（用户汇率）');
  });

  test('the city chart is in dollars only when every year it draws has a rate', async ({ app }) => {
    const board = new RankingsPage(app.page);
    await new AppShell(app.page).ready();
    await board.open();
    // A rate for 2025 only: dollars for 2025 and 亿元 for 2024 would share one axis.
    await board.useDollars('7.1');
    await board.openDetailOf(0);
    const detail = new CityDetail(app.page);
    await detail.ready();
    const caption = app.page.getByTestId('detail-series-caption');
    await expect(caption).toContainText('历年进出口（亿元，仅公布数值）');
    await expect(app.page.getByTestId('detail-rmb-note')).toHaveText(
      '部分年份没有美元汇率，各年都以亿元显示（同一坐标轴或表列不混用两种货币）。',
    );
    // The table under the chart likewise: 2025 is not in dollars while 2024 is in 亿元.
    await expect(detail.yearRow(2025)).toContainText('45,500.0');
    await expect(detail.yearRow(2024)).toContainText('45,000.0');
    await expect(detail.root.getByRole('columnheader', { name: '进出口（亿元）' })).toBeVisible();
    await shot(app.page, 'city-detail-mixed-rates');
    await detail.close();

    // With 2024's rate too, the chart follows the table into dollars.
    await app.page.getByTestId('rankings-year').selectOption('2024');
    await board.useDollars('7.2');
    await board.openDetailOf(0);
    await detail.ready();
    await expect(caption).toContainText('历年进出口（亿美元，仅公布数值）');
    await expect(app.page.getByTestId('detail-rmb-note')).toHaveCount(0);
    await expect(detail.yearRow(2024)).toContainText('6,250.0');
    await expect(detail.root.getByRole('columnheader', { name: '进出口（亿美元）' })).toBeVisible();
    await shot(app.page, 'city-detail-usd-chart');
    await detail.close();

    // Rank history's value chart likewise.
    await board.tab('history');
    await expect(app.page.getByTestId('value-caption')).toHaveText('进出口总额（亿美元）');
    await expect(app.page.getByTestId('history-rmb-note')).toHaveCount(0);
  });

  test('the "total at least" box takes the unit the table shows: 亿元, bn RMB, US$ bn', async ({
    app,
  }) => {
    const board = new RankingsPage(app.page);
    const shell = new AppShell(app.page);
    await shell.ready();
    await board.open();
    const box = board.minTotal;
    const label = app.page.locator('label', { has: box });
    await expect(label).toContainText('进出口不低于（亿元）');
    await board.atLeast('15000');
    await expect.poll(() => board.names()).toEqual(['深圳', '上海', '东莞']);

    // In English the table shows bn RMB, and so does the box: 1,500 bn is the same 15,000 亿.
    await shell.switchLanguage('en');
    await expect(label).toContainText('Total at least (bn RMB)');
    await expect(box).toHaveValue('1500');
    await board.atLeast('1450');
    await expect.poll(() => board.names()).toEqual(['Shenzhen', 'Shanghai', 'Dongguan', 'Ningbo']);

    // In dollars at 7.1 CNY/USD: 14,500 亿元 is US$ 204.23 bn.
    await board.useDollars('7.1');
    await expect(label).toContainText('Total at least (US$ bn)');
    await expect(box).toHaveValue('204.23');
    await board.atLeast('200');
    await expect.poll(() => board.names()).toEqual(['Shenzhen', 'Shanghai', 'Dongguan', 'Ningbo']);
    await board.atLeast('210');
    await expect.poll(() => board.names()).toEqual(['Shenzhen', 'Shanghai', 'Dongguan']);
    await shot(app.page, 'rankings-min-total-usd-en');
  });
});

test.describe('on the bundled data', () => {
  test('screenshots: rankings in Chinese and English, city detail, dark theme', async ({ app }) => {
    const shell = new AppShell(app.page);
    const board = new RankingsPage(app.page);
    await shell.ready();
    await board.open();
    await expect(board.coverage).toContainText(/297 个地级市中 \d+ 个有全年数据/);
    await expect(board.topNChart.locator('canvas')).toHaveCount(1);
    await shot(app.page, 'rankings-zh');

    await board.openDetailOf(0);
    const detail = new CityDetail(app.page);
    await detail.ready();
    await expect(detail.sources.first()).toBeVisible();
    await shot(app.page, 'city-detail-zh');
    await detail.close();

    await shell.switchLanguage('en');
    await expect(board.header('yoy')).toContainText('YoY');
    await shot(app.page, 'rankings-en');

    await shell.toggleTheme();
    // A theme change redraws the charts, which animate in; let the bars grow before the picture.
    await expect(app.page.locator('[data-testid="chart"][data-settled="false"]')).toHaveCount(0);
    await shot(app.page, 'rankings-dark');
    await board.tab('history');
    await expect(board.legendItems.first()).toBeVisible();
    await shot(app.page, 'rankings-history-dark');
    await board.tab('movers');
    await shot(app.page, 'rankings-movers-dark');
    await board.tab('board');
    await board.openDetailOf(3);
    await detail.ready();
    await shot(app.page, 'city-detail-dark');
    await app.page.keyboard.press('Escape');
    await expect(detail.root).toHaveCount(0);
  });

  test('province level ranks provinces with their own coverage', async ({ app }) => {
    const board = new RankingsPage(app.page);
    await new AppShell(app.page).ready();
    await board.open();
    await board.selectLevel('province');
    await expect(board.heading).toContainText('省份');
    await expect(board.coverage).toContainText(/31 个省份中 \d+ 个有全年数据/);
    await expect(board.row(0).name).toHaveText('广东');
  });

  test('Escape closes the city detail wherever the focus is, once nothing nearer takes it', async ({
    app,
  }) => {
    const page = app.page;
    const board = new RankingsPage(page);
    await new AppShell(page).ready();
    await board.open();
    const opener = board.row(1).name.getByTestId('entity-link');
    await opener.click();
    const detail = new CityDetail(page);
    await detail.ready();
    // Nearer things take Escape first: a source popover in the drawer, the export menu, the
    // print preview. The drawer stays each time.
    const chip = detail.sources.first();
    await chip.focus();
    await expect(chip.getByTestId('source-pop')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(chip.getByTestId('source-pop')).toBeHidden();
    await expect(detail.root).toBeVisible();
    await page.getByTestId('export-button').click();
    await expect(page.getByTestId('export-pop')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('export-pop')).toHaveCount(0);
    await expect(detail.root).toBeVisible();
    await page.keyboard.press('ControlOrMeta+p');
    await expect(page.getByTestId('print-preview')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('print-preview')).toHaveCount(0);
    await expect(detail.root).toBeVisible();
    // A click on the view takes the focus out of the drawer; Escape still closes it, and the
    // focus goes back to the name that opened it.
    await board.heading.click();
    await expect(page.locator('[data-testid="city-detail"] :focus')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(detail.root).toHaveCount(0);
    await expect(opener).toBeFocused();
  });

  test('movers and rank history rank by total trade: the metric box says so there', async ({
    app,
  }) => {
    const shell = new AppShell(app.page);
    const board = new RankingsPage(app.page);
    await shell.ready();
    await board.open();
    await board.selectMetric('cagr');
    const metric = app.page.getByTestId('rankings-metric');
    for (const tab of ['movers', 'history'] as const) {
      await board.tab(tab);
      await expect(metric).toBeDisabled();
      await expect(metric).toHaveValue('total');
      await expect(metric).toHaveAttribute(
        'aria-description',
        /排行变化和排名历史按进出口总额排名/,
      );
      // The CAGR start year and the banner's CAGR note belong to the board's metric: not shown
      // where it is not used.
      await expect(app.page.getByTestId('rankings-span')).toHaveCount(0);
      await expect(app.page.getByTestId('metric-note')).toHaveCount(0);
    }
    await shot(app.page, 'rankings-history-metric-zh');
    await shell.switchLanguage('en');
    await expect(metric).toHaveAttribute('aria-description', /rank by total trade/);
    await board.tab('movers');
    await shot(app.page, 'rankings-movers-metric-en');
    await board.tab('board');
    await expect(metric).toBeEnabled();
    await expect(metric).toHaveValue('cagr');
    await expect(app.page.getByTestId('rankings-span')).toBeVisible();
    await expect(app.page.getByTestId('metric-note')).toContainText('CAGR');
  });

  test('clicking a name in the figures table opens the city detail', async ({ app }) => {
    const figures = new FiguresPage(app.page);
    await figures.ready();
    await figures.row(0).name.getByTestId('entity-link').click();
    const detail = new CityDetail(app.page);
    await detail.ready();
    await expect(detail.name).toContainText(await figures.row(0).name.innerText());
  });
});
