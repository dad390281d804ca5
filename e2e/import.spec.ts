import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures/app';
import { shot } from './fixtures/screens';
import { customsWorkbook2025 } from './import-fixture';
import { AppShell } from './pages/app-shell';
import { FiguresPage } from './pages/figures-page';
import { ImportPage } from './pages/import-page';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HANGZHOU = '330100';
const XIAN = '610100';
const SHENZHEN = '440300';

test('imports a customs workbook through the wizard, fixes a unit slip, commits and undoes', async ({
  app,
}) => {
  const page = app.page;
  const shell = new AppShell(page);
  const figures = new FiguresPage(page);
  const wizard = new ImportPage(page);
  await shell.ready();
  await figures.ready();
  const hangzhouRow = figures.rows.and(page.locator(`[data-code="${HANGZHOU}"]`));
  const shenzhenTotal = figures.rows
    .and(page.locator(`[data-code="${SHENZHEN}"]`))
    .getByTestId('cell-total');
  await expect(hangzhouRow).toHaveCount(0);
  const bundledShenzhen = await shenzhenTotal.innerText();

  await wizard.open();
  await expect(wizard.historyItems).toHaveCount(1);
  await shot(page, 'import-step-1-zh');

  await wizard.choose('2025年各市进出口.xlsx', await customsWorkbook2025(), XLSX);
  await expect(wizard.step('format')).toHaveAttribute('aria-current', 'step');
  await expect(page.getByTestId('import-kind')).toContainText('.xlsx');
  await expect(page.getByTestId('import-sheet')).toContainText('2025');
  await shot(page, 'import-step-2-zh');

  await wizard.next();
  expect((await wizard.previewKinds()).slice(0, 5)).toEqual([
    'title',
    'header',
    'header',
    'data',
    'data',
  ]);
  expect(await wizard.previewKinds()).toEqual(expect.arrayContaining(['total', 'footnote']));
  await shot(page, 'import-step-3-zh');

  await wizard.next();
  await expect(page.getByTestId('import-unit-detected')).toContainText('亿元');
  await expect(page.getByTestId('import-year-detected')).toContainText('2025');
  await expect(page.getByTestId('import-mapping-row')).toHaveCount(7);
  await shot(page, 'import-step-4-zh');

  await wizard.next();
  await expect(wizard.unresolvedRows).toHaveCount(1);
  await expect(wizard.unresolvedRows.first()).toContainText('嘉與市');
  await shot(page, 'import-step-5-zh');
  await wizard.teach('嘉與市', '330400');
  await expect(wizard.unresolvedRows).toHaveCount(0);
  await expect(page.getByTestId('import-taught')).toContainText('嘉與市 → 330400');

  await wizard.next();
  const slip = wizard.problem('unit_slip', '498.79');
  await expect(slip).toHaveCount(1);
  await expect(slip.getByTestId('import-fix')).toContainText('498.79 → 4,987.9');
  await shot(page, 'import-step-6-zh');
  await wizard.fix('498.79');
  await expect(wizard.problem('unit_slip')).toHaveCount(0);
  await expect(wizard.problem('fix_applied')).toContainText('4,987.9');

  await wizard.next();
  await expect(wizard.diffRow(HANGZHOU, 'total')).toContainText('新增');
  // Fixed, 西安 equals the bundled value, so it is listed only with unchanged values shown.
  await expect(wizard.diffRow(XIAN, 'total')).toHaveCount(0);
  await page.getByTestId('import-only-changes').uncheck();
  await expect(wizard.diffRow(XIAN, 'total').getByTestId('import-diff-new')).toContainText(
    '4,987.9',
  );
  await expect(wizard.diffRow('330400', 'total')).toBeVisible();
  await shot(page, 'import-step-7-zh');
  await wizard.commit();
  await expect(wizard.committed).toContainText('r1');
  await expect(wizard.historyItems.first()).toContainText('导入 2025年各市进出口.xlsx');
  await expect(page.getByTestId('revision')).toContainText('r1');
  await shot(page, 'import-committed-zh');

  await shell.goTo('figures');
  await expect(hangzhouRow.getByTestId('cell-total')).toContainText('8,200');
  await expect(shenzhenTotal).not.toHaveText(bundledShenzhen);

  await wizard.open();
  await wizard.undoLatest();
  await shot(page, 'import-undo-confirm-zh');
  await wizard.confirm();
  await expect(wizard.historyItems).toHaveCount(3);
  await expect(wizard.historyItems.first()).toContainText('撤销至版本 r0');
  await shell.goTo('figures');
  await expect(hangzhouRow).toHaveCount(0);
  await expect(shenzhenTotal).toHaveText(bundledShenzhen);
});

test('shows the wizard in English and in the dark theme, takes a dropped file, saves and applies a recipe', async ({
  app,
}) => {
  const page = app.page;
  const shell = new AppShell(page);
  const wizard = new ImportPage(page);
  await shell.ready();
  await shell.switchLanguage('en');
  await wizard.open();
  await wizard.choose('customs-2025.xlsx', await customsWorkbook2025(), XLSX);
  await wizard.goTo('checks');
  await expect(page.getByTestId('import-count-warning')).toContainText(/warning\s+\d/);
  await shot(page, 'import-step-6-en');

  await wizard.goTo('columns');
  const yoyColumn = page.locator('[data-testid="import-mapping-row"][data-letter="C"]');
  await yoyColumn.getByTestId('import-field').selectOption('ignore');
  await expect(yoyColumn).toContainText('manual');
  const download = page.waitForEvent('download');
  await page.getByTestId('import-recipe-save').click();
  const recipeText = await readFile((await (await download).path())!, 'utf8');
  expect(JSON.parse(recipeText)).toMatchObject({ schemaVersion: 1, unit: '亿元', layout: 'wide' });
  await expect(wizard.recipeMessage).toContainText('Recipe downloaded');

  await shell.toggleTheme();
  await wizard.drop('customs-2025 (2).xlsx', await customsWorkbook2025(), XLSX);
  await wizard.goTo('columns');
  await expect(yoyColumn.getByTestId('import-field')).toHaveValue('total_yoy');
  await page.getByTestId('import-recipe-input').setInputFiles({
    name: 'customs.recipe.json',
    mimeType: 'application/json',
    buffer: Buffer.from(recipeText),
  });
  await expect(wizard.recipeMessage).toContainText('Recipe applied: customs.recipe.json');
  await expect(yoyColumn.getByTestId('import-field')).toHaveValue('ignore');
  await shot(page, 'import-step-4-dark-en');
  await wizard.goTo('review');
  await shot(page, 'import-step-7-dark-en');
});

test('refuses a legacy .xls with advice, and commits nothing', async ({ app }) => {
  const page = app.page;
  const wizard = new ImportPage(page);
  await new AppShell(page).ready();
  await wizard.open();
  const ole = Buffer.from([
    0xd0,
    0xcf,
    0x11,
    0xe0,
    0xa1,
    0xb1,
    0x1a,
    0xe1,
    ...new Array(504).fill(0),
  ]);
  await wizard.choose('2025.xls', ole);
  await expect(wizard.readError).toContainText('.xls');
  await expect(page.getByTestId('import-legacy-xls')).toBeVisible();
  await shot(page, 'import-legacy-xls-zh');
  await expect(wizard.step('table')).toBeDisabled();
  await expect(wizard.step('review')).toBeDisabled();
  await expect(page.getByTestId('import-next')).toBeDisabled();
  await expect(wizard.historyItems).toHaveCount(1);
});
