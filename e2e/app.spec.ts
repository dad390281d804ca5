import { test, expect } from './fixtures/app';
import { rankingsDataset } from './rankings-fixture';
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

test.describe('on a synthesised dataset', () => {
  test.use({ bundledDataset: rankingsDataset });

  test('2025 table shows Shenzhen first with 45,500 亿元 and its source', async ({ app }) => {
    const figures = new FiguresPage(app.page);
    await figures.ready();
    await expect(app.page.getByTestId('figures-heading')).toContainText('2025');
    const first = figures.row(0);
    await expect(first.name).toHaveText('深圳');
    await expect(first.total).toHaveText('45,500.0 亿元');
    await expect(first.yoy).toHaveText('+1.1%');
    await expect(first.source).toContainText('S002');
    await expect(figures.row(1).name).toHaveText('上海');
    await expect(figures.coverage).toContainText('297 个地级市中 7 个有全年数据');
    await expect(figures.coverage).toContainText('不是完整排名');
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
    await expect(figures.row(0).total).toHaveText('4,550.00 bn RMB');
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
    // 西安 +21.1% is the fastest growth of the synthesised cities.
    await expect(figures.row(0).name).toHaveText('西安');
    await expect(figures.row(0).yoy).toHaveText('+21.1%');
    await figures.sortBy('total_yoy');
    await expect(figures.header('total_yoy')).toHaveAttribute('aria-sort', 'ascending');
    await expect(figures.row(0).name).toHaveText('咸阳');
    await expect(figures.row(0).yoy).toHaveText('−5.0%');
    // 佛山 has only a published growth rate and no value: it still sorts by that growth.
    await figures.sortBy('total_yoy');
    await expect(figures.rows.filter({ hasText: '佛山' }).getByTestId('cell-total')).toHaveText(
      '—',
    );
  });
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
  await figures.row(0).source.getByTestId('source-ref').first().hover();
  const pop = app.page.getByTestId('source-pop').first();
  await expect(pop).toBeVisible();
  // The chosen figure's source, by its title (never an empty box).
  await expect(pop.locator('strong')).not.toBeEmpty();
});
