import { test, expect } from './fixtures/app';
import { shot } from './fixtures/screens';
import { AppShell } from './pages/app-shell';
import { FiguresPage } from './pages/figures-page';

test('the app loads with the figures view, and every rail entry opens a working view', async ({
  app,
}) => {
  const shell = new AppShell(app.page);
  await shell.ready();
  await expect(shell.title).toHaveText('城市外贸图谱');
  await new FiguresPage(app.page).ready();
  const count = await shell.navItems().count();
  expect(count).toBeGreaterThanOrEqual(2);
  for (let i = 0; i < count; i++) {
    const item = shell.navItems().nth(i);
    await item.click();
    await expect(item).toHaveClass(/active/);
    await expect(shell.currentView()).toBeVisible();
    await expect(shell.currentView()).not.toBeEmpty();
  }
});

test('2025 table shows Shenzhen first with 45,500 亿元 and its source', async ({ app }) => {
  const figures = new FiguresPage(app.page);
  await figures.ready();
  await expect(app.page.getByTestId('figures-heading')).toContainText('2025');
  const first = figures.row(0);
  await expect(first.name).toHaveText('深圳');
  await expect(first.total).toHaveText('45,500 亿元');
  await expect(first.yoy).toHaveText('+1.4%');
  await expect(first.source).toContainText('S091');
  await expect(figures.row(1).name).toHaveText('上海');
  await expect(figures.coverage).toContainText('20 个城市');
  await shot(app.page, 'figures-zh');
});

test('language switch changes headers and number units, and is remembered', async ({ app }) => {
  const shell = new AppShell(app.page);
  const figures = new FiguresPage(app.page);
  await figures.ready();
  await expect(figures.header('total')).toContainText('进出口');
  await shell.switchLanguage('en');
  await expect(figures.header('total')).toContainText('Total trade');
  await expect(figures.row(0).name).toHaveText('Shenzhen');
  await expect(figures.row(0).total).toHaveText('4,550.0 bn RMB');
  await expect(shell.title).toHaveText('City Trade Atlas');
  await shot(app.page, 'figures-en');
  await app.page.reload();
  await figures.ready();
  await expect(figures.header('total')).toContainText('Total trade');
});

test('sorting by a column reorders rows and sets aria-sort', async ({ app }) => {
  const figures = new FiguresPage(app.page);
  await figures.ready();
  await expect(figures.header('total')).toHaveAttribute('aria-sort', 'descending');
  await figures.sortBy('total_yoy');
  await expect(figures.header('total_yoy')).toHaveAttribute('aria-sort', 'descending');
  await expect(figures.header('total')).toHaveAttribute('aria-sort', 'none');
  // 抚州 (Jiangxi) +21.6% is the fastest published 2025 growth among the bundled cities.
  await expect(figures.row(0).name).toHaveText('抚州');
  await expect(figures.row(0).yoy).toHaveText('+21.6%');
  await figures.sortBy('total_yoy');
  await expect(figures.header('total_yoy')).toHaveAttribute('aria-sort', 'ascending');
  // 福州 has only a published growth rate (−24%) and no value: it still sorts by that growth.
  await expect(figures.row(0).name).toHaveText('福州');
  await expect(figures.row(0).yoy).toHaveText('−24.0%');
  await expect(figures.row(0).total).toHaveText('—');
});

test('dark theme applies and persists', async ({ app }) => {
  const shell = new AppShell(app.page);
  await shell.ready();
  await shell.toggleTheme();
  expect(await shell.theme()).toBe('dark');
  await shot(app.page, 'figures-dark');
  await app.page.reload();
  await shell.ready();
  expect(await shell.theme()).toBe('dark');
});

test('the source of a figure appears on hover', async ({ app }) => {
  const figures = new FiguresPage(app.page);
  await figures.ready();
  await figures.row(0).source.hover();
  const pop = app.page.getByTestId('source-pop').first();
  await expect(pop).toBeVisible();
  await expect(pop).toContainText('China Daily Brief');
});
