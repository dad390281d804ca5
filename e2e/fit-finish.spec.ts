/**
 * Fit and finish (issue 17): one number format, gain colours by convention, keyboard (Esc, skip
 * link, city names in the Figures view), help from every view and F1, popovers on screen, map
 * label collisions named, the Figures view's province level, and a source for every value.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures/app';
import { canvasPixelsNear, hexToRgb } from './fixtures/canvas';
import { shot } from './fixtures/screens';
import { FINISH, finishDataset } from './finish-fixture';
import { AppShell } from './pages/app-shell';
import { CityDetail } from './pages/city-detail';
import { FiguresPage } from './pages/figures-page';
import { MapPage } from './pages/map-page';
import { RankingsPage } from './pages/rankings-page';

test.use({ bundledDataset: finishDataset });

const decimalsOf = (text: string) => {
  const m = /\.(\d+)/.exec(text);
  return m ? m[1]!.length : 0;
};
const RED = 'rgb(176, 58, 46)';
const GREEN = 'rgb(31, 111, 80)';
const colourOf = (l: Locator) => l.evaluate((el) => getComputedStyle(el).color);

/** Tabs until `target` has focus (at most `max` presses); fails if it never does. */
async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test.describe('numbers', () => {
  test('a money column keeps one precision and unit; tiny changes never read "-0.0%"', async ({
    app,
  }) => {
    const shell = new AppShell(app.page);
    const figures = new FiguresPage(app.page);
    await figures.ready();
    const zh = await figures.rows.getByTestId('cell-total').allInnerTexts();
    const zhShown = zh.filter((t) => t !== '—');
    expect(zhShown).toContain('1,272.5 亿元');
    expect(zhShown).toContain('45,500.0 亿元');
    expect(new Set(zhShown.map(decimalsOf))).toEqual(new Set([1]));

    await shell.switchLanguage('en');
    await expect(figures.row(0).total).toHaveText('4,550.00 bn RMB');
    const en = (await figures.rows.getByTestId('cell-total').allInnerTexts()).filter(
      (t) => t !== '—',
    );
    expect(en).toContain('127.25 bn RMB');
    expect(new Set(en.map(decimalsOf))).toEqual(new Set([2]));
    expect(en.every((t) => t.endsWith(' bn RMB'))).toBe(true);

    const jinhua = figures.rows.filter({ hasText: 'Jinhua' });
    await expect(jinhua.getByTestId('cell-yoy')).toHaveText('<0.1%');
    const page = await app.page.locator('body').innerText();
    expect(page).not.toMatch(/[-−]0\.0+%/);
    await app.page.setViewportSize({ width: 1280, height: 720 });
    await shot(app.page, 'finish-figures-en-1280');
  });

  test('the English movers never show 亿 thresholds', async ({ app }) => {
    const shell = new AppShell(app.page);
    await shell.ready();
    await shell.switchLanguage('en');
    const board = new RankingsPage(app.page);
    await board.open();
    await board.tab('movers');
    await expect(app.page.getByTestId('threshold-10000')).toContainText('1 tn RMB');
    await expect(app.page.getByTestId('movers-panel')).not.toContainText('亿');
  });

  test('gains are red in Chinese and green in English by default, and a setting', async ({
    app,
  }) => {
    const shell = new AppShell(app.page);
    const figures = new FiguresPage(app.page);
    await figures.ready();
    const up = figures.rows.filter({ hasText: '东莞' }).getByTestId('cell-yoy');
    const down = figures.rows.filter({ hasText: '宁波' }).getByTestId('cell-yoy');
    await expect(up).toHaveText('+13.7%');
    expect(await colourOf(up)).toBe(RED);
    expect(await colourOf(down)).toBe(GREEN);
    // A change that rounds away is not coloured as a gain.
    const tiny = figures.rows.filter({ hasText: '金华' }).getByTestId('cell-yoy');
    await expect(tiny).not.toHaveClass(/\bup\b/);

    await shell.switchLanguage('en');
    const upEn = figures.rows.filter({ hasText: 'Dongguan' }).getByTestId('cell-yoy');
    await expect.poll(() => colourOf(upEn)).toBe(GREEN);

    await app.page.getByTestId('nav-settings').click();
    await app.page.getByTestId('settings-gains-red-up').check();
    await shell.goTo('figures');
    await figures.ready();
    await expect.poll(() => colourOf(upEn)).toBe(RED);
    await app.page.reload();
    await figures.ready();
    await expect.poll(() => colourOf(upEn)).toBe(RED);
  });
});

test('map growth colours follow the gain setting: red up in Chinese, teal-green up when chosen', async ({
  app,
}) => {
  const shell = new AppShell(app.page);
  const map = new MapPage(app.page);
  await shell.ready();
  await map.open();
  await map.selectMetric('yoy');
  await expect(map.chart).toHaveAttribute('data-legend-kind', 'diverging');
  const reddish = (hex: string) => {
    const [r, g, b] = hexToRgb(hex);
    return r > g + 16 && r > b;
  };
  const greenish = (hex: string) => {
    const [r, g, b] = hexToRgb(hex);
    return g > r + 16 && g >= b;
  };
  const legend = async () => (await map.chart.getAttribute('data-legend-colours'))!.split(' ');
  const drawn = map.chart.locator('[data-testid="chart"][data-settled="true"]');
  // The regions only: the legend's swatches sit in the left fifth of the map.
  const pixelsOf = async (colours: string[]) => {
    let n = 0;
    for (const c of colours) n += await canvasPixelsNear(map.chart, c, 2, 0.22);
    return n;
  };

  // Chinese default: the strongest growth class is red, and no class is green.
  const redUp = await legend();
  expect(reddish(redUp.at(-1)!)).toBe(true);
  expect(redUp.filter(greenish)).toEqual([]);
  await expect(drawn).toHaveCount(1);
  expect(await pixelsOf(redUp.filter(reddish))).toBeGreaterThan(100);
  expect(await pixelsOf(redUp.filter(reddish).slice(-1))).toBeGreaterThan(20);

  await app.page.getByTestId('nav-settings').click();
  await app.page.getByTestId('settings-gains-green-up').check();
  await map.open();
  await map.selectMetric('yoy');
  await expect.poll(legend).not.toEqual(redUp);
  const greenUp = await legend();
  expect(greenish(greenUp.at(-1)!)).toBe(true);
  await expect(drawn).toHaveCount(1);
  // The growing cities are drawn in the new up colours.
  await expect.poll(() => pixelsOf(greenUp.filter(greenish))).toBeGreaterThan(100);
  expect(await pixelsOf(greenUp.slice(-1))).toBeGreaterThan(20);
  // Nothing is drawn in the red of the strongest growth any more.
  expect(await pixelsOf(redUp.slice(-1))).toBe(0);
  await shot(app.page, 'finish-map-green-up-zh');
});

test.describe('keyboard', () => {
  test('Esc closes the Rankings province dropdown and gives focus back', async ({ app }) => {
    const board = new RankingsPage(app.page);
    await new AppShell(app.page).ready();
    await board.open();
    const picker = app.page.getByTestId('province-picker');
    await app.page.getByTestId('province-summary').click();
    await expect(picker).toHaveAttribute('open', '');
    await app.page.locator('[data-testid^="province-option-"]').first().focus();
    await app.page.keyboard.press('Escape');
    await expect(picker).not.toHaveAttribute('open', '');
    await expect(app.page.getByTestId('province-summary')).toBeFocused();
    // Opened from the keyboard too.
    await app.page.keyboard.press('Enter');
    await expect(picker).toHaveAttribute('open', '');
    await app.page.keyboard.press('Escape');
    await expect(picker).not.toHaveAttribute('open', '');
  });

  test('the first Tab stop is a skip link to the main content', async ({ app }) => {
    const figures = new FiguresPage(app.page);
    await figures.ready();
    await app.page.locator('body').focus();
    await app.page.keyboard.press('Tab');
    const skip = app.page.getByTestId('skip-link');
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await expect(skip).toHaveText('跳到主要内容');
    await app.page.keyboard.press('Enter');
    await expect(app.page.getByTestId('content')).toBeFocused();
    // The next Tab goes into the view, not back to the rail.
    await app.page.keyboard.press('Tab');
    const inContent = await app.page.evaluate(
      () => !!document.activeElement?.closest('[data-testid="content"]'),
    );
    expect(inContent).toBe(true);
  });

  test('Figures city names are Tab stops and Enter opens the city detail', async ({ app }) => {
    const figures = new FiguresPage(app.page);
    await figures.ready();
    await figures.header('total_yoy').getByRole('button').focus();
    const first = figures.row(0).name.getByTestId('entity-link');
    await tabTo(app.page, first, 5);
    await app.page.keyboard.press('Enter');
    const detail = new CityDetail(app.page);
    await detail.ready();
    await expect(detail.name).toContainText('深圳');
    await app.page.keyboard.press('Escape');
    await expect(detail.root).toHaveCount(0);
    await expect(first).toBeFocused();
  });
});

test.describe('help', () => {
  for (const view of ['figures', 'rankings', 'map', 'sources', 'scenarios'] as const) {
    test(`the header opens help from ${view}`, async ({ app }) => {
      const shell = new AppShell(app.page);
      await shell.ready();
      await shell.goTo(view);
      await app.page.getByTestId('help-button').click();
      await expect(app.page.getByTestId('help-view')).toBeVisible();
      await expect(app.page.getByTestId('help-flags')).toContainText('来源冲突');
    });
  }

  test('F1 opens help in English: views, flags and keys', async ({ app }) => {
    const shell = new AppShell(app.page);
    await shell.ready();
    await shell.switchLanguage('en');
    await app.page.keyboard.press('F1');
    const help = app.page.getByTestId('help-view');
    await expect(help).toBeVisible();
    await expect(help.getByTestId('help-guide')).toContainText('Rankings');
    await expect(help.getByTestId('help-flags')).toContainText('Sources disagree');
    await expect(help.getByTestId('help-flags')).toContainText('derived');
    await expect(help.getByTestId('help-keys')).toContainText('Esc');
    await app.page.setViewportSize({ width: 1280, height: 720 });
    await shot(app.page, 'finish-help-en-1280');
  });
});

test('a source popover stays inside the window and clear of the navigation rail', async ({
  app,
}) => {
  await app.page.setViewportSize({ width: 1280, height: 720 });
  const figures = new FiguresPage(app.page);
  await figures.ready();
  const rail = (await app.page.getByTestId('nav-rail').boundingBox())!;
  // The last row's chip: near the bottom, so the popover must flip above it.
  const chips = app.page.getByTestId('figure-row').getByTestId('source-ref');
  for (const chip of [chips.first(), chips.last()]) {
    await chip.scrollIntoViewIfNeeded();
    await chip.hover();
    const pop = chip.getByTestId('source-pop');
    await expect(pop).toBeVisible();
    await expect(pop).toBeInViewport({ ratio: 1 });
    const box = (await pop.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(rail.x + rail.width);
    await app.page.keyboard.press('Escape');
  }
  // Esc closes a popover opened from the keyboard.
  await chips.first().focus();
  await expect(chips.first().getByTestId('source-pop')).toBeVisible();
  await app.page.keyboard.press('Escape');
  await expect(chips.first().getByTestId('source-pop')).toBeHidden();
});

test('every popup stays inside the window near its right and bottom edges', async ({ app }) => {
  const shell = new AppShell(app.page);
  await shell.ready();
  // Short enough that a popup under a control near the middle has no room below.
  await app.page.setViewportSize({ width: 1100, height: 420 });
  const inside = async (pop: Locator, what: string) => {
    await expect(pop, what).toBeVisible();
    await expect(pop, what).toBeInViewport({ ratio: 1 });
  };

  // The export menu, under a button at the window's right edge.
  await shell.goTo('rankings');
  await app.page.getByTestId('export-button').click();
  await inside(app.page.getByTestId('export-pop'), 'export menu');
  await app.page.keyboard.press('Escape');
  await expect(app.page.getByTestId('export-pop')).toHaveCount(0);

  // The province dropdown, in a window cut off half-way down the list it opens: it flips above.
  const board = new RankingsPage(app.page);
  await board.ready();
  const summary = app.page.getByTestId('province-summary');
  const options = app.page.getByTestId('province-options');
  await summary.click();
  await inside(options, 'province dropdown');
  const below = (await summary.boundingBox())!;
  const listHeight = (await options.boundingBox())!.height;
  await app.page.keyboard.press('Escape');
  const height = Math.round(below.y + below.height + listHeight / 2);
  await app.page.setViewportSize({ width: 1100, height });
  await summary.click();
  await inside(options, 'province dropdown, flipped');
  expect((await options.boundingBox())!.y).toBeLessThan((await summary.boundingBox())!.y);
  await shot(app.page, 'finish-province-dropdown-flipped');
  await app.page.keyboard.press('Escape');
  await app.page.setViewportSize({ width: 1100, height: 420 });

  // A source popover in the city detail drawer, at the window's right edge.
  await board.openDetailOf(0);
  const detail = new CityDetail(app.page);
  // The last chip is the exposure section's, once it has loaded (before, it was another one).
  await detail.settled();
  const chip = detail.root.getByTestId('source-ref').last();
  await chip.scrollIntoViewIfNeeded();
  await chip.hover();
  await inside(chip.getByTestId('source-pop'), 'source popover in the drawer');
  await detail.close();

  // A basis tooltip of the last scenario result, at the bottom of the window.
  await shell.goTo('scenarios');
  await app.page.getByTestId('preset-us_demand_minus_20').getByTestId('preset-apply').click();
  const lastChip = app.page.getByTestId('result-row').last().getByTestId('basis-chip').last();
  await lastChip.scrollIntoViewIfNeeded();
  const chipBox = (await lastChip.boundingBox())!;
  await lastChip.hover();
  const tip = app.page.getByTestId('result-row').last().getByTestId('basis-tip').last();
  await inside(tip, 'basis tooltip');
  if (chipBox.y + chipBox.height + (await tip.boundingBox())!.height > 412)
    expect((await tip.boundingBox())!.y).toBeLessThan(chipBox.y);
  await shot(app.page, 'finish-basis-tip-bottom');
});

test('map labels hidden by overlap are named, never dropped silently', async ({ app }) => {
  await app.page.setViewportSize({ width: 1280, height: 720 });
  const map = new MapPage(app.page);
  await new AppShell(app.page).ready();
  await map.open();
  await app.page.getByTestId('map-labels').selectOption('10');
  const choropleth = map.chart;
  await expect(choropleth).toHaveAttribute('data-labels-hidden', /\d{6}/);
  const hidden = (await choropleth.getAttribute('data-labels-hidden'))!.split(' ');
  const shown = Number(await choropleth.getAttribute('data-labels-shown'));
  // Shenzhen is ranked first: it always keeps its label.
  expect(hidden).not.toContain('440300');
  const note = app.page.getByTestId('map-label-note');
  await expect(note).toContainText(`前 ${shown + hidden.length} 个标签中有 ${hidden.length} 个`);
  const names: Record<string, string> = {
    '441900': '东莞',
    '440100': '广州',
    '440600': '佛山',
    [FINISH.suzhou]: '苏州',
    '310100': '上海',
    '330200': '宁波',
    [FINISH.jinhua]: '金华',
    '610100': '西安',
    '610400': '咸阳',
  };
  for (const code of hidden) await expect(note).toContainText(names[code] ?? code);
  await shot(app.page, 'finish-map-labels-1280');
  await app.page.getByTestId('map-labels').selectOption('0');
  await expect(note).toHaveCount(0);
});

test('the Figures view has a province level', async ({ app }) => {
  const figures = new FiguresPage(app.page);
  await figures.ready();
  await app.page.getByTestId('figures-level-province').click();
  await expect(app.page.getByTestId('figures-level-province')).toBeChecked();
  await expect(app.page.getByTestId('figures-level-city')).not.toBeChecked();
  await expect(app.page.getByTestId('figures-heading')).toContainText('各省进出口');
  await expect(figures.rows).toHaveCount(2);
  expect(await figures.names()).toEqual(['广东', '浙江']);
  await expect(figures.header('province')).toHaveCount(0);
  await expect(figures.row(0).total).toHaveText('91,000.0 亿元');
  await expect(figures.row(0).yoy).toHaveText('<0.1%');
  await expect(figures.row(1).yoy).toHaveText('−1.4%');
  await expect(figures.coverage).toContainText('省');
  await expect(app.page.getByTestId('figures-dash-note')).toContainText('不是零');
  await figures.row(0).name.getByTestId('entity-link').click();
  await expect(new CityDetail(app.page).name).toContainText('广东');
  await app.page.keyboard.press('Escape');
  // The level is a radio group with one tab stop: an arrow key chooses the other level.
  await app.page.getByTestId('figures-level-province').focus();
  await app.page.keyboard.press('ArrowLeft');
  await expect(app.page.getByTestId('figures-level-city')).toBeChecked();
  await expect(app.page.getByTestId('figures-level-city')).toBeFocused();
  await expect(figures.rows.first()).toContainText('深圳');
});

test.describe('every value on screen has its source', () => {
  /** Rows that show a number must show a source chip (`valueCells` null: the whole row). */
  async function expectSourced(rows: Locator, valueCells: string | null, label: string) {
    // Views render their rows after the data (and a first screenful first): wait, then count.
    await expect(rows.first(), `${label}: rows`).toBeVisible();
    const n = await rows.count();
    expect(n, `${label}: rows`).toBeGreaterThan(0);
    let checked = 0;
    for (let i = 0; i < n; i++) {
      const row = rows.nth(i);
      // Without a cell selector the whole row (a list item) is the value.
      const values = valueCells
        ? await row.locator(valueCells).allInnerTexts()
        : [await row.innerText()];
      if (!values.some((v) => /\d/.test(v))) continue;
      checked++;
      const chips = await row.getByTestId('source-ref').count();
      expect(chips, `${label}: row ${i} (${values.join(' | ')}) has no source`).toBeGreaterThan(0);
    }
    expect(checked, `${label}: rows with values`).toBeGreaterThan(0);
  }

  test('Figures: each value cell’s own source is named in its row', async ({ app }) => {
    const figures = new FiguresPage(app.page);
    await figures.ready();
    const cells = app.page.locator('[data-testid="figure-row"] td[data-source]');
    const n = await cells.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      const cell = cells.nth(i);
      const id = (await cell.getAttribute('data-source'))!;
      const row = cell.locator('xpath=ancestor::tr[1]');
      await expect(row.getByTestId('cell-sources'), `${id} in row`).toContainText(id);
    }
    // A value cell that shows a number always carries its source id.
    const unsourced = await app.page
      .locator('[data-testid="figure-row"] td.num:not([data-source])')
      .allInnerTexts();
    expect(unsourced.filter((t) => /\d/.test(t))).toEqual([]);
    // 大连: exports only; its source is named, not "no published figure".
    const dalian = figures.rows.filter({ hasText: '大连' });
    await expect(dalian.getByTestId('cell-exports')).toHaveText('2,200.2 亿元');
    await expect(dalian.getByTestId('cell-sources')).toContainText('S004');
    await expect(dalian.getByTestId('cell-sources')).not.toContainText('无公布数据');
  });

  test('Rankings, Map table and city detail', async ({ app }) => {
    const board = new RankingsPage(app.page);
    await new AppShell(app.page).ready();
    await board.open();
    await expectSourced(
      board.rows,
      '[data-testid="cell-value"], [data-testid="cell-yoy"]',
      'rankings',
    );

    await board.openDetailOf(0);
    const detail = new CityDetail(app.page);
    await detail.ready();
    const cells = detail.yearRows.locator('td');
    const n = await cells.count();
    for (let i = 0; i < n; i++) {
      const text = await cells.nth(i).locator('.fig').innerText();
      if (/\d/.test(text))
        await expect(cells.nth(i).getByTestId('source-ref'), `detail cell ${text}`).toHaveCount(1);
    }
    await detail.close();

    const map = new MapPage(app.page);
    await map.open();
    await map.showTable();
    await expectSourced(map.tableRows, '[data-testid="map-row-value"]', 'map table');
  });

  test('Rankings movers: every threshold, climber, faller, overtake and published move', async ({
    app,
  }) => {
    const board = new RankingsPage(app.page);
    await new AppShell(app.page).ready();
    await board.open();
    await board.tab('movers');
    const panel = app.page.getByTestId('movers-panel');
    await expect(panel).toBeVisible();
    await expectSourced(panel.locator('li'), null, 'movers');
    // Each kind of item is among those checked (the fixture has a tie broken and a crossing).
    for (const id of ['threshold-10000', 'movers-climbers', 'movers-overtakes'])
      await expect(panel.getByTestId(id).getByTestId('source-ref').first()).toBeVisible();
    await app.page.setViewportSize({ width: 1280, height: 720 });
    await shot(app.page, 'finish-movers-sources-1280');
  });

  test('Scenarios results: every row with a value names its baseline source', async ({ app }) => {
    const shell = new AppShell(app.page);
    await shell.ready();
    await shell.goTo('scenarios');
    await app.page.getByTestId('preset-us_demand_minus_20').getByTestId('preset-apply').click();
    const rows = app.page.getByTestId('result-row');
    await expect(rows.first()).toBeVisible();
    await expectSourced(
      rows,
      '[data-testid="cell-baseline"], [data-testid="cell-scenario"], [data-testid="cell-delta"], [data-testid="cell-delta-pct"]',
      'scenario results',
    );
    const n = await rows.count();
    for (let i = 0; i < n; i++) {
      if (!/\d/.test(await rows.nth(i).getByTestId('cell-baseline').innerText())) continue;
      await expect(rows.nth(i).getByTestId('cell-source').getByTestId('source-ref')).toHaveCount(1);
    }
  });

  test('Sources: the coverage summary’s shares name the national total they rest on', async ({
    app,
  }) => {
    const shell = new AppShell(app.page);
    await shell.ready();
    await shell.goTo('sources');
    const rows = app.page.getByTestId('coverage-summary-row');
    await expectSourced(
      rows,
      '[data-testid="coverage-share"], [data-testid="coverage-national"]',
      'coverage summary',
    );
    const national = rows.first().getByTestId('coverage-national');
    await expect(national).toContainText('亿元');
    await national.getByTestId('source-ref').hover();
    await expect(national.getByTestId('source-pop')).toBeInViewport({ ratio: 1 });
    await shell.switchLanguage('en');
    await expect(national).toContainText('bn RMB');
  });
});
