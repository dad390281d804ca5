import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { ACTIONS, actionEnabled } from '../core/actions';
import { test, expect } from './fixtures/app';
import { shot } from './fixtures/screens';
import { AppShell } from './pages/app-shell';
import { ScenarioPage } from './pages/scenario-page';
import { SettingsPage, ShellOverlays } from './pages/shell-overlays';

const settingsFile = (dataDir: string) => join(dirname(dataDir), 'settings.json');

test('the command palette finds commands and places by Chinese, English and pinyin', async ({
  app,
}) => {
  const page = app.page;
  const shell = new AppShell(page);
  const overlays = new ShellOverlays(page);
  await shell.ready();
  await overlays.openPalette();
  await expect(overlays.hits.first()).toBeVisible();
  await overlays.search('guangzhou');
  await expect(overlays.hits.first()).toHaveAttribute('data-id', '440100');
  await expect(overlays.hits.first()).toContainText('广州');
  await shot(page, 'palette-zh');
  await overlays.search('深圳');
  await page.keyboard.press('Enter');
  await expect(overlays.palette).toBeHidden();
  await expect(page.getByTestId('city-detail')).toContainText('深圳');
  await page.keyboard.press('Escape');

  await overlays.openPalette();
  await overlays.search('Guangdong');
  await expect(overlays.hits.first()).toHaveAttribute('data-id', '440000');
  await overlays.search('设置');
  await overlays.hit('view.settings').click();
  await expect(new SettingsPage(page).view).toBeVisible();

  await overlays.openPalette();
  await overlays.search('briefing');
  await expect(overlays.hit('file.openBriefing')).not.toHaveAttribute('aria-disabled', 'true');
  await overlays.hit('view.briefing').click();
  await expect(overlays.palette).toBeHidden();
  await expect(page.getByTestId('briefing-view')).toBeVisible();
});

test('settings apply at once, survive a reload, live in settings.json and reset', async ({
  app,
  dataDir,
}) => {
  const page = app.page;
  const settings = new SettingsPage(page);
  await new AppShell(page).ready();
  await settings.open();
  await expect(settings.field('data-folder')).toHaveText(dataDir);
  await expect(settings.field('show-folder')).toBeDisabled();
  await settings.field('language').selectOption('en');
  await expect(page.getByTestId('app-title')).toHaveText('City Trade Atlas');
  await settings.field('theme-dark').check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await settings.field('level').selectOption('province');
  await settings.field('year').selectOption('2024');
  await settings.field('usd-rate').fill('abc');
  await settings.field('usd-rate').press('Enter');
  await expect(settings.view).toContainText('Enter a number from 0.1 to 100');
  await settings.field('usd-rate').fill('7.1');
  await settings.field('usd-rate').press('Enter');
  await settings.field('format-plain').check();
  await shot(page, 'settings-en-dark');
  await expect
    .poll(async () => JSON.parse(await readFile(settingsFile(dataDir), 'utf8')).numberFormat)
    .toBe('plain');

  await page.reload();
  await settings.open();
  await expect(settings.field('language')).toHaveValue('en');
  await expect(settings.field('theme-dark')).toBeChecked();
  await expect(settings.field('level')).toHaveValue('province');
  await expect(settings.field('year')).toHaveValue('2024');
  await expect(settings.field('usd-rate')).toHaveValue('7.1');
  await expect(settings.field('format-plain')).toBeChecked();
  expect(JSON.parse(await readFile(settingsFile(dataDir), 'utf8'))).toMatchObject({
    version: 1,
    locale: 'en',
    theme: 'dark',
    defaultLevel: 'province',
    defaultYear: 2024,
    usdRate: 7.1,
    numberFormat: 'plain',
  });
  // The rankings open on the default level and year.
  await page.getByTestId('nav-rankings').click();
  await expect(page.getByTestId('rankings-view')).toContainText('2024');

  await settings.open();
  // A reset also forgets a rate typed but not taken.
  await settings.field('usd-rate').fill('abc');
  await settings.field('usd-rate').press('Enter');
  await expect(settings.field('usd-rate-note')).toContainText('0.1');
  await settings.field('reset').click();
  await expect(page.getByTestId('app-title')).toHaveText('城市外贸图谱');
  await expect(settings.field('theme-system')).toBeChecked();
  await expect(settings.field('usd-rate')).toHaveValue('');
  await expect(settings.field('usd-rate')).toHaveAttribute('aria-invalid', 'false');
});

test.describe('a damaged settings file', () => {
  test.use({
    seedDataDir: {
      run: async (dataDir) => writeFile(settingsFile(dataDir), '{"version":1,"locale":'),
    },
  });
  test('falls back to the defaults and says so', async ({ app }) => {
    const settings = new SettingsPage(app.page);
    await new AppShell(app.page).ready();
    await settings.open();
    await expect(settings.field('notice')).toContainText('已改用默认设置');
    await expect(settings.field('notice')).toContainText('damaged');
    await expect(settings.field('language')).toHaveValue('zh-CN');
    await shot(app.page, 'settings-damaged-zh');
  });
});

test('the app reopens on the last view', async ({ app }) => {
  const shell = new AppShell(app.page);
  await shell.ready();
  await shell.goTo('map');
  await expect(app.page.getByTestId('map-view')).toBeVisible();
  await app.page.goto(`${app.origin}/`);
  await expect(app.page).toHaveURL(/#\/map$/);
});

test('About shows the versions, the data revision and date, and the licences', async ({ app }) => {
  const page = app.page;
  const overlays = new ShellOverlays(page);
  await new AppShell(page).ready();
  await overlays.openPalette();
  await overlays.search('关于');
  await page.keyboard.press('Enter');
  await expect(overlays.about).toBeVisible();
  await expect(page.getByTestId('about-version')).toHaveText(/^\d+\.\d+\.\d+$/);
  await expect(page.getByTestId('about-runtime')).toContainText('浏览器模式');
  await expect(page.getByTestId('about-revision')).toHaveText('内置数据');
  await expect(page.getByTestId('about-bundled-date')).toHaveText(/\d{4}/);
  await expect(page.getByTestId('about-notice')).toContainText('Apache ECharts');
  await expect(page.getByTestId('about-notice')).toContainText('Noto Sans SC');
  await shot(page, 'about-zh');
  await page.getByTestId('about-close').click();
  await expect(overlays.about).toBeHidden();
});

/** What each shortcut visibly does in a browser; a registry action with no check here fails. */
const SHORTCUT_CHECKS: Record<string, (page: Page) => Promise<void>> = {
  ...Object.fromEntries(
    ['figures', 'sources', 'rankings', 'map', 'import', 'scenarios', 'briefing'].map((view) => [
      `view.${view}`,
      async (page: Page) => {
        await expect(page).toHaveURL(new RegExp(`#/${view}$`));
        await expect(
          page.getByTestId(`${view === 'scenarios' ? 'scenario' : view}-view`),
        ).toBeVisible();
      },
    ]),
  ),
  'view.palette': async (page) => {
    await expect(page.getByTestId('palette')).toBeVisible();
    await page.keyboard.press('Escape');
  },
  'view.settings': async (page) => expect(page.getByTestId('settings-view')).toBeVisible(),
  'view.toggleTheme': async (page) =>
    expect(page.locator('html')).toHaveAttribute('data-theme', 'dark'),
  'view.toggleLanguage': async (page) => expect(page.locator('html')).toHaveAttribute('lang', 'en'),
  // Print and Export PDF open the print preview; Escape closes it.
  'file.print': async (page) => {
    await expect(page.getByTestId('print-preview')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('print-preview')).toBeHidden();
  },
  'file.exportPdf': async (page) => {
    await expect(page.getByTestId('print-preview')).toBeVisible();
    await page.keyboard.press('Escape');
  },
  'file.addToBriefing': async (page) => expect(page.getByTestId('toast')).toBeVisible(),
  'help.guide': async (page) => expect(page.getByTestId('help-guide')).toBeVisible(),
  'help.shortcuts': async (page) => expect(page.getByTestId('shortcut-row').first()).toBeVisible(),
};
/** Shortcuts that open a file chooser or save a file: checked by the browser event they cause. */
const FILE_SHORTCUTS: Record<string, 'filechooser' | 'download'> = {
  'file.import': 'filechooser',
  'file.openScenario': 'filechooser',
  'file.saveScenario': 'download',
  'file.openBriefing': 'filechooser',
};

declare global {
  interface Window {
    printCalls: number;
  }
}

test('every shortcut of the registry works in web mode', async ({ app }) => {
  const page = app.page;
  // window.print would open the system dialog; count the calls instead.
  await page.addInitScript(() => {
    window.printCalls = 0;
    window.print = () => void window.printCalls++;
  });
  await page.reload();
  await new AppShell(page).ready();
  const inWeb = ACTIONS.filter((a) => a.accelerator && actionEnabled(a, 'web'));
  expect(inWeb.map((a) => a.id).sort()).toEqual(
    [...Object.keys(SHORTCUT_CHECKS), ...Object.keys(FILE_SHORTCUTS)].sort(),
  );
  for (const action of inWeb) {
    const key = action.accelerator!.replace('CmdOrCtrl', 'ControlOrMeta').replace('Plus', '+');
    const event = FILE_SHORTCUTS[action.id];
    if (event) {
      const happened =
        event === 'download' ? page.waitForEvent('download') : page.waitForEvent('filechooser');
      await page.keyboard.press(key);
      await happened;
    } else {
      await page.keyboard.press(key);
      await SHORTCUT_CHECKS[action.id]!(page);
    }
  }
  await new AppShell(page).goTo('help');
  await shot(page, 'help-en-dark');
});

test('a scenario opened in the browser is listed on the start view and reopens from there', async ({
  app,
}) => {
  const page = app.page;
  const shell = new AppShell(page);
  const scenario = new ScenarioPage(page);
  await shell.ready();
  await expect(page.getByTestId('recent-files')).toHaveCount(0);
  await scenario.open();
  await scenario.ready();
  await scenario.applyPreset('us_demand_minus_20');
  await page.getByTestId('scenario-name').fill('关税情景');
  const saved = await scenario.save();
  const text = await readFile(await saved.path(), 'utf8');
  await scenario.applyPreset('eu_slowdown_minus_10');
  await expect(page.getByTestId('scenario-name')).not.toHaveValue('关税情景');

  await shell.goTo('figures');
  const recent = page.getByTestId('recent-file');
  await expect(recent).toHaveCount(1);
  await expect(recent.first()).toHaveAttribute('data-kind', 'scenario');
  await shot(page, 'recent-files-zh');
  await recent.first().click();
  await expect(page).toHaveURL(/#\/scenarios$/);
  await expect(page.getByTestId('scenario-name')).toHaveValue('关税情景');
  await expect(page.getByTestId('scenario-file-status')).toBeVisible();
  expect(JSON.parse(text).name).toBe('关税情景');
});
