/**
 * axe-core scan of every view, in both languages and both themes: no serious or critical
 * violation (contrast, names, roles). A failure lists each rule with the elements it hit.
 *
 * The theme changes colours and nothing else; the language changes words, and which of red and
 * green means a gain (both colours are on screen either way, so contrast is the theme's). So
 * three passes cover every pair that can fail on its own: Chinese light (the default), Chinese
 * dark (every colour of the dark theme) and English light (every English name and label). An
 * English-dark pass would repeat the colours of the one and the words of the other.
 */
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures/app';
import { finishDataset } from './finish-fixture';
import { scenarioDataset, scenarioExposure } from './scenario-fixture';
import { AppShell } from './pages/app-shell';
import { openStore } from '../electron/services/store';
import { asSourceId, emptyUserLayer } from '../core/model';
import { VIEW_NAMES } from '../core/actions';

const realResources = resolve(import.meta.dirname, '../resources');

test.use({ bundledDataset: finishDataset });

const PASSES = [
  { locale: 'zh-CN', theme: 'light' },
  { locale: 'zh-CN', theme: 'dark' },
  { locale: 'en', theme: 'light' },
] as const;

/**
 * An axe scan of the page at WCAG 2.1 A and AA. Legacy mode runs axe.run() in the page instead of
 * runPartial() per frame and finishRun() in a new blank window, which cost about 1.2 s a scan
 * here (some 60 scans a run); its one limit, cross-origin frames, does not apply: the app has
 * none.
 */
const axeScan = (page: Page) =>
  new AxeBuilder({ page }).setLegacyMode().withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);

/** Every view on the rail, then the two screens of the shell. */
const VIEWS = [...VIEW_NAMES, 'settings', 'help'] as const;

for (const { locale, theme } of PASSES) {
  test(`axe: every view, ${locale}, ${theme}`, async ({ app }) => {
    test.setTimeout(180_000);
    const shell = new AppShell(app.page);
    await shell.ready();
    await shell.switchLanguage(locale);
    if ((await shell.theme()) !== theme) await shell.toggleTheme();
    expect(await shell.theme()).toBe(theme);
    const found: string[] = [];
    for (const view of VIEWS) {
      await app.page.goto(`${app.origin}/#/${view}`);
      await expect(shell.currentView()).toBeVisible();
      await expect(app.page.getByTestId('loading')).toHaveCount(0);
      // Charts and tables settle (fonts, the map's boundaries) before the scan.
      await app.page.waitForLoadState('networkidle');
      const result = await axeScan(app.page).analyze();
      for (const v of result.violations) {
        if (v.impact !== 'serious' && v.impact !== 'critical') continue;
        const where = v.nodes
          .slice(0, 4)
          .map((n) => n.target.join(' '))
          .join('; ');
        found.push(`${view}: ${v.id} (${v.impact}, ${v.nodes.length}×) ${where}`);
      }
    }
    // The city detail drawer and the help, opened over a view.
    await app.page.goto(`${app.origin}/#/figures`);
    await app.page.getByTestId('figure-row').first().getByTestId('entity-link').click();
    await expect(app.page.getByTestId('city-detail')).toBeVisible();
    const drawer = await axeScan(app.page).include('[data-testid="city-detail"]').analyze();
    for (const v of drawer.violations) {
      if (v.impact === 'serious' || v.impact === 'critical')
        found.push(`city detail: ${v.id} (${v.impact}) ${v.nodes[0]?.target.join(' ')}`);
    }
    expect(found, 'serious/critical axe violations').toEqual([]);
  });
}

/**
 * Scans one open popup alone (marked so axe includes only its nodes); adds its name to `scanned`
 * and each serious or critical violation to `found`.
 */
async function scanOpen(
  name: string,
  popup: Locator,
  scanned: string[],
  found: string[],
): Promise<void> {
  await expect(popup, name).toBeVisible();
  await popup.evaluate((el) => el.setAttribute('data-axe-scan', ''));
  const result = await axeScan(popup.page()).include('[data-axe-scan]').analyze();
  await popup.evaluate((el) => el.removeAttribute('data-axe-scan'));
  scanned.push(name);
  for (const v of result.violations) {
    if (v.impact !== 'serious' && v.impact !== 'critical') continue;
    const where = v.nodes
      .slice(0, 3)
      .map((n) => n.target.join(' '))
      .join('; ');
    found.push(`${name}: ${v.id} (${v.impact}, ${v.nodes.length}×) ${where}`);
  }
}

/**
 * The same scan over what opens on top of a view: popovers, dropdowns, menus and dialogs, each
 * scanned while open (only its own nodes), in the same three passes.
 */
for (const { locale, theme } of PASSES) {
  test(`axe: open popups and dialogs, ${locale}, ${theme}`, async ({ app }) => {
    test.setTimeout(180_000);
    const page = app.page;
    const shell = new AppShell(page);
    await shell.ready();
    await shell.switchLanguage(locale);
    if ((await shell.theme()) !== theme) await shell.toggleTheme();
    expect(await shell.theme()).toBe(theme);
    const found: string[] = [];
    const scanned: string[] = [];
    const scan = (name: string, popup: Locator) => scanOpen(name, popup, scanned, found);

    // A source popover, opened from the keyboard.
    await shell.goTo('figures');
    const chip = page.getByTestId('figure-row').first().getByTestId('source-ref').first();
    await chip.focus();
    await scan('source popover', chip.getByTestId('source-pop'));
    await page.keyboard.press('Escape');

    // The province dropdown and the export menu.
    await shell.goTo('rankings');
    await expect(page.getByTestId('ranking-row').first()).toBeVisible();
    await page.getByTestId('province-summary').click();
    await scan('province dropdown', page.getByTestId('province-picker'));
    await page.keyboard.press('Escape');
    await page.getByTestId('export-button').click();
    await scan('export menu', page.getByTestId('export-pop'));
    await page.keyboard.press('Escape');

    // The city detail drawer, with a source popover open in it.
    await page.getByTestId('ranking-row').first().getByTestId('entity-link').click();
    const drawer = page.getByTestId('city-detail');
    await scan('city detail', drawer);
    const drawerChip = drawer.getByTestId('source-ref').first();
    await drawerChip.focus();
    await scan('source popover in the city detail', drawerChip.getByTestId('source-pop'));
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(drawer).toHaveCount(0);

    // The command palette, and About opened from it.
    await page.keyboard.press('ControlOrMeta+k');
    await page.getByTestId('palette-input').fill(locale === 'zh-CN' ? '深圳' : 'Shenzhen');
    await expect(page.getByTestId('palette-hit').first()).toBeVisible();
    await scan('command palette', page.getByTestId('palette'));
    await page.getByTestId('palette-input').fill('zzzz');
    await expect(page.getByTestId('palette-empty')).toBeVisible();
    await scan('command palette, nothing found', page.getByTestId('palette'));
    await page.getByTestId('palette-input').fill(locale === 'zh-CN' ? '关于' : 'About');
    await page.keyboard.press('Enter');
    await scan('about', page.getByTestId('about'));
    await page.getByTestId('about-close').click();

    // The print preview.
    await page.getByTestId('print-button').click();
    await scan('print preview', page.getByTestId('print-preview'));
    await page.getByTestId('preview-close').click();
    await expect(page.getByTestId('print-preview')).toHaveCount(0);

    // Help, from F1.
    await page.keyboard.press('F1');
    await scan('help', page.getByTestId('help-view'));

    // A scenario result's basis tooltip.
    await shell.goTo('scenarios');
    await page.getByTestId('preset-us_demand_minus_20').getByTestId('preset-apply').click();
    const basis = page.getByTestId('result-row').first().getByTestId('basis-chip').first();
    await basis.focus();
    await scan(
      'basis tooltip',
      page.getByTestId('result-row').first().getByTestId('basis-tip').first(),
    );

    expect(scanned).toHaveLength(11);
    expect(found, 'serious/critical axe violations in open popups').toEqual([]);
  });
}

/**
 * The tabs the view scans above do not open: every scenario tab (with a preset applied, so each
 * has content) and every rankings tab. Names and roles do not change with theme or language, so
 * one pass (Chinese, light) is enough here; contrast is covered above.
 */
test.describe('every tab of the scenario and rankings views', () => {
  test.use({ bundledDataset: scenarioDataset, bundledExposure: scenarioExposure });

  test('axe: each tab, zh-CN, light', async ({ app }) => {
    test.setTimeout(180_000);
    const page = app.page;
    const shell = new AppShell(page);
    await shell.ready();
    const found: string[] = [];
    const scanned: string[] = [];
    const scanTabs = async (view: 'scenario' | 'rankings') => {
      for (const tab of await page.locator(`[data-testid^="${view}-tab-"]`).all()) {
        await tab.click();
        const panel = page.locator(`#${await tab.getAttribute('aria-controls')}`);
        await scanOpen(`${view} tab ${await tab.innerText()}`, panel, scanned, found);
      }
    };
    await shell.goTo('scenarios');
    await page.getByTestId('preset-us_demand_minus_20').getByTestId('preset-apply').click();
    await scanTabs('scenario');
    await shell.goTo('rankings');
    await expect(page.getByTestId('ranking-row').first()).toBeVisible();
    await scanTabs('rankings');
    expect(scanned.length).toBeGreaterThanOrEqual(9);
    expect(found, 'serious/critical axe violations in the tabs').toEqual([]);
  });
});

test.describe('the import history’s confirm dialog', () => {
  // A revision to go back from: one import committed before the app starts (real bundled data).
  test.use({
    bundledDataset: null,
    seedDataDir: {
      run: async (dataDir) => {
        const store = await openStore(dataDir, realResources);
        await store.commit(
          {
            ...emptyUserLayer(),
            sources: [
              {
                id: asSourceId('U-a11y'),
                title: 'a11y.csv',
                publisher: 'user import',
                url: '',
                publishedDate: '2026-11-28',
                kind: 'user_import',
              },
            ],
          },
          { summary: 'Import a11y.csv', fromFile: null },
        );
      },
    },
  });

  test('axe: the confirm dialog, in each pass', async ({ app }) => {
    test.setTimeout(120_000);
    const page = app.page;
    const shell = new AppShell(page);
    await shell.ready();
    const found: string[] = [];
    const scanned: string[] = [];
    for (const { locale, theme } of PASSES) {
      await shell.switchLanguage(locale);
      if ((await shell.theme()) !== theme) await shell.toggleTheme();
      await shell.goTo('import');
      await page.getByTestId('history-reset').click();
      await scanOpen(
        `confirm dialog ${locale} ${theme}`,
        page.getByTestId('confirm-dialog'),
        scanned,
        found,
      );
      await page.getByTestId('confirm-cancel').click();
      await expect(page.getByTestId('confirm-dialog')).toBeHidden();
    }
    expect(scanned).toHaveLength(PASSES.length);
    expect(found, 'serious/critical axe violations in the confirm dialog').toEqual([]);
  });
});
