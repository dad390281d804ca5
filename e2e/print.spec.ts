import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { test, expect } from './fixtures/app';
import { AppShell } from './pages/app-shell';
import { FiguresPage } from './pages/figures-page';

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

  mkdirSync('screenshots', { recursive: true });
  await app.page.pdf({
    path: 'screenshots/print-figures-zh.pdf',
    format: 'A4',
    landscape: true,
    printBackground: true,
  });
  await app.page.emulateMedia({ media: 'screen' });
  await shell.switchLanguage('en');
  await app.page.pdf({ path: 'screenshots/print-figures-en.pdf', format: 'A4', landscape: true });

  // Turn the first page into a PNG for people to look at (pdftoppm comes from poppler-utils).
  if (existsSync('/usr/bin/pdftoppm')) {
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '70',
      '-f',
      '1',
      '-l',
      '1',
      'screenshots/print-figures-zh.pdf',
      'screenshots/print-figures-zh',
    ]);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '70',
      '-f',
      '1',
      '-l',
      '1',
      'screenshots/print-figures-en.pdf',
      'screenshots/print-figures-en',
    ]);
    const text = execFileSync('pdftotext', [
      '-l',
      '1',
      'screenshots/print-figures-zh.pdf',
      '-',
    ]).toString();
    expect(text).toContain('45,500');
    expect(text).toContain('S091');
  }
});
