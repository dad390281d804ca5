/**
 * The smallest window the app allows (960 × 640, electron/main/window.ts): every view fits it in
 * both languages. The top bar stays one row of one-line buttons, nothing scrolls the whole window,
 * no view scrolls sideways, and nothing in a view (heading, controls, tables) runs past its right
 * edge, except inside a box that scrolls on its own (a wide share table). The scenario results
 * table shows every column without scrolling sideways: the inputs move above it.
 */
import type { Page } from '@playwright/test';
import { synthCell, synthDataset, synthRank, synthRecord, synthSource } from '../core/data';
import { test, expect } from './fixtures/app';
import { shot } from './fixtures/screens';
import { finishDataset } from './finish-fixture';
import { AppShell } from './pages/app-shell';
import { FiguresPage } from './pages/figures-page';
import { MapPage } from './pages/map-page';
import { RankingsPage } from './pages/rankings-page';
import { ScenarioPage } from './pages/scenario-page';

/**
 * The fit-and-finish data plus what makes columns wide: flagged national totals (the Sources
 * coverage table), a flagged published rank, long English names (Shijiazhuang, Hulunbuir in
 * Inner Mongolia, Mudanjiang in Heilongjiang) and a value and growth from different sources.
 */
const conflict = (value: number, source: string) => synthCell(value, source, { flag: 'conflict' });
const wideDataset = synthDataset(
  [
    ...finishDataset.figures.filter((f) => f.code !== '100000'),
    synthRecord('100000', 2024, { total: conflict(438000.12, 'S005') }),
    synthRecord('100000', 2025, { total: conflict(454000.34, 'S005') }),
    synthRecord('130100', 2024, { total: 1500 }),
    synthRecord(
      '130100',
      2025,
      { total: synthCell(1600.25, 'S002'), total_yoy: synthCell(6.7, 'S003') },
      { ranks: [{ ...synthRank(12, 'national_city', 'S003'), flag: 'conflict' }] },
    ),
    synthRecord('150700', 2025, { total: 900.5, total_yoy: -12.3 }),
    synthRecord('231000', 2025, { total: 800.75, total_yoy: 3.3 }),
  ],
  [...finishDataset.sources, synthSource('S005', { title: 'Synthesised national release' })],
);

test.use({ bundledDataset: wideDataset });

const WIDTH = 960;
const HEIGHT = 640;

/** What does not fit the window, as a person would see it; empty when everything fits. */
function misfits(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const doc = document.scrollingElement!;
    if (doc.scrollWidth > innerWidth) out.push(`window scrolls sideways (${doc.scrollWidth})`);
    if (doc.scrollHeight > innerHeight) out.push(`window scrolls down (${doc.scrollHeight})`);
    const main = document.getElementById('main')!;
    if (main.scrollWidth > main.clientWidth)
      out.push(`view scrolls sideways (${main.scrollWidth})`);
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${(el as HTMLElement).dataset.testid ? `[${(el as HTMLElement).dataset.testid}]` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;

    // The top bar: one row, each button on one line, all inside the window.
    const header = document.querySelector('header.header')!;
    const buttons = Array.from(header.querySelectorAll('button'));
    const tops = buttons.map((b) => b.getBoundingClientRect().top);
    if (Math.max(...tops) - Math.min(...tops) > 6) out.push('top bar buttons out of line');
    for (const b of buttons) {
      const r = b.getBoundingClientRect();
      const line = parseFloat(getComputedStyle(b).lineHeight) || 20;
      if (r.height > line * 1.6 + 12) out.push(`${name(b)} wraps (${Math.round(r.height)} px)`);
      if (r.right > innerWidth) out.push(`${name(b)} off the window (${Math.round(r.right)})`);
    }

    // The view: nothing past the content's right edge (its padding), unless it is inside a box
    // of its own that scrolls or clips sideways.
    const edge =
      main.getBoundingClientRect().right - parseFloat(getComputedStyle(main).paddingRight);
    const scrollsOnItsOwn = (el: Element) => {
      for (let a = el.parentElement; a && a !== main; a = a.parentElement)
        if (getComputedStyle(a).overflowX !== 'visible') return true;
      return false;
    };
    for (const el of Array.from(main.querySelectorAll('h2, button, select, input, table'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= edge + 1 || scrollsOnItsOwn(el)) continue;
      out.push(`${name(el)} past the view's edge (${Math.round(r.right)} > ${Math.round(edge)})`);
      if (out.length > 12) break;
    }
    return out;
  });
}

for (const lang of ['zh-CN', 'en'] as const) {
  test(`every view fits the smallest window (${lang})`, async ({ app }) => {
    const page = app.page;
    await page.setViewportSize({ width: WIDTH, height: HEIGHT });
    const shell = new AppShell(page);
    await shell.ready();
    if (lang === 'en') await shell.switchLanguage('en');
    const views: [string, () => Promise<void>][] = [
      ['figures', () => new FiguresPage(page).ready()],
      ['sources', () => expect(page.getByTestId('coverage-summary-row').first()).toBeVisible()],
      ['rankings', () => new RankingsPage(page).ready()],
      ['map', () => new MapPage(page).ready()],
      ['import', () => expect(page.getByTestId('import-view')).toBeVisible()],
      ['scenarios', () => new ScenarioPage(page).ready()],
      ['briefing', () => expect(page.getByTestId('briefing-view')).toBeVisible()],
      ['settings', () => expect(page.getByTestId('settings-view')).toBeVisible()],
      ['help', () => expect(page.getByTestId('help-view')).toBeVisible()],
    ];
    for (const [view, ready] of views) {
      await shell.goTo(view);
      await ready();
      await expect(shell.currentView().locator('h2').first()).toBeInViewport();
      // Poll: a view may lay out a first screenful of rows before the rest.
      await expect.poll(() => misfits(page), { message: `${view} at ${lang}` }).toEqual([]);
    }
    await shell.goTo('scenarios');
    const results = page.getByTestId('results-table');
    const hidden = () => results.evaluate((t) => t.scrollWidth - t.parentElement!.clientWidth);
    await expect.poll(hidden, { message: `results columns hidden at ${lang}` }).toBeLessThan(1);
    await shot(page, `small-window-scenarios-${lang}`);
    await shell.goTo('rankings');
    await expect(page.getByTestId('copy-tsv')).toBeInViewport({ ratio: 1 });
    await shot(page, `small-window-rankings-${lang}`);
  });
}
