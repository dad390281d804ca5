import { test, expect } from './fixtures/app';
import { AppShell } from './pages/app-shell';
import { FiguresPage } from './pages/figures-page';
import { printToPdf } from './fixtures/screens';
import { rankingsDataset } from './rankings-fixture';

test.use({ bundledDataset: rankingsDataset });

test('a view prints to PDF with its print header, figures and sources, without the app chrome', async ({
  app,
}) => {
  const shell = new AppShell(app.page);
  const figures = new FiguresPage(app.page);
  await figures.ready();
  await expect(app.page.getByTestId('print-button')).toBeVisible();
  await app.page.emulateMedia({ media: 'print' });
  await expect(app.page.getByTestId('print-header')).toBeVisible();
  await expect(app.page.getByTestId('print-header')).toContainText('数据表');
  await expect(app.page.getByTestId('nav-rail')).toBeHidden();
  await expect(app.page.getByTestId('print-button')).toBeHidden();
  await expect(figures.row(0).total).toHaveText('45,500 亿元');
  await expect(figures.coverage).toBeVisible();

  const text = await printToPdf(app.page, 'print-figures-zh');
  expect(text).toContain('45,500');
  expect(text).toContain('S002');
  expect(text).toContain('不是完整排名');

  await app.page.emulateMedia({ media: 'screen' });
  await shell.switchLanguage('en');
  await app.page.emulateMedia({ media: 'print' });
  expect(await printToPdf(app.page, 'print-figures-en')).toContain('4,550.0 bn RMB');
});
