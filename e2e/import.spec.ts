import { readFile, writeFile } from 'node:fs/promises';
import { test, expect, type AppFixture } from './fixtures/app';
import { shot } from './fixtures/screens';
import {
  csvOf,
  customsWorkbook2025,
  hangzhouCsv,
  importDataset,
  millionRowCsv,
  PNG_BYTES,
  slippedCityCsv,
} from './import-fixture';
import { AppShell } from './pages/app-shell';
import { FiguresPage } from './pages/figures-page';
import { ImportPage } from './pages/import-page';
import { RankingsPage } from './pages/rankings-page';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HANGZHOU = '330100';
const XIAN = '610100';
const SHENZHEN = '440300';

test.use({ bundledDataset: importDataset });

/** The page objects the tests here drive. */
function pagesOf(app: AppFixture) {
  const page = app.page;
  return {
    page,
    shell: new AppShell(page),
    figures: new FiguresPage(page),
    wizard: new ImportPage(page),
  };
}

test('imports a customs workbook through the wizard, fixes a unit slip, commits and undoes', async ({
  app,
}) => {
  const { page, shell, figures, wizard } = pagesOf(app);
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

test('checks a file under review again when an undo beside it changes the data', async ({
  app,
}) => {
  const { page, shell, figures, wizard } = pagesOf(app);
  await shell.ready();
  await wizard.open();
  await wizard.choose('杭州-初值.csv', hangzhouCsv(8200), 'text/csv');
  await wizard.goTo('review');
  await wizard.commit();
  await expect(wizard.committed).toContainText('r1');
  await page.getByTestId('import-another').click();

  // A revised figure: reviewed against r1, it changes 8,200 to 8,300.
  await wizard.choose('杭州-修订.csv', hangzhouCsv(8300), 'text/csv');
  await wizard.goTo('review');
  const hangzhou = wizard.diffRow(HANGZHOU, 'total');
  await expect(hangzhou.getByTestId('import-diff-old')).toContainText('8,200');
  await expect(page.getByTestId('import-rechecked')).toHaveCount(0);

  // Undo r1 in the history beside: 杭州 has no figure now, so the file adds one.
  await wizard.undoLatest();
  await wizard.confirm();
  await expect(page.getByTestId('import-rechecked')).toContainText('r1 → r2');
  await expect(hangzhou).toContainText('新增');
  await expect(hangzhou.getByTestId('import-diff-old')).not.toContainText('8,200');
  await shot(page, 'import-rechecked-zh');
  await wizard.commit();
  await expect(wizard.committed).toContainText('r3');
  await page.getByTestId('import-rechecked').getByRole('button').click();
  await expect(page.getByTestId('import-rechecked')).toHaveCount(0);

  await shell.goTo('figures');
  const row = figures.rows.and(page.locator(`[data-code="${HANGZHOU}"]`));
  await expect(row.getByTestId('cell-total')).toContainText('8,300');
});

test('a municipality imported at province level also ranks among cities, and the review says so', async ({
  app,
}) => {
  const { page, shell, wizard } = pagesOf(app);
  await shell.ready();
  await wizard.open();
  const provinces = csvOf([
    '2025年各省（区、市）进出口情况（单位：亿元）',
    '地区,进出口',
    '广东省,91000',
    '北京市,31929.7',
    '江苏省,56000',
    '浙江省,52000',
  ]);
  await wizard.choose('各省-2025.csv', provinces, 'text/csv');
  await wizard.goTo('review');
  await expect(page.getByTestId('import-twins')).toContainText(
    '北京在另一层级（省级 ↔ 城市）没有自己的数值',
  );
  await shot(page, 'import-twins-note');
  await wizard.commit();
  await expect(wizard.committed).toContainText('r1');

  // The city ranking now has 北京, with the figure and a note that it was filed for the province.
  const board = new RankingsPage(page);
  await board.open();
  const beijing = board.rowOf('110100');
  await expect(beijing.getByTestId('cell-value')).toHaveText('31,929.7');
  await beijing.getByTestId('source-ref').first().hover();
  await expect(beijing.getByTestId('source-pop').first()).toContainText('Municipality');

  // Then a city table: 北京 the city gets its own figure, and the province-level unit keeps the
  // one filed for it (no note this time).
  await wizard.open();
  await page.getByTestId('import-another').click();
  const cities = csvOf([
    '2025年各市进出口情况（单位：亿元）',
    '城市,进出口',
    '北京市,32000',
    '杭州市,8200',
  ]);
  await wizard.choose('各市-2025.csv', cities, 'text/csv');
  await wizard.goTo('review');
  await expect(wizard.diffRow('110100', 'total')).toBeVisible();
  await expect(page.getByTestId('import-twins')).toHaveCount(0);
  await wizard.commit();
  await board.open();
  await expect(beijing.getByTestId('cell-value')).toHaveText('32,000.0');
  await page.getByTestId('rankings-level').selectOption('province');
  await expect(board.rowOf('110000').getByTestId('cell-value')).toHaveText('31,929.7');
});

test('shows the wizard in English and in the dark theme, takes a dropped file, saves and applies a recipe', async ({
  app,
}) => {
  const { page, shell, wizard } = pagesOf(app);
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
  await page.getByTestId('import-recipe-apply-input').setInputFiles({
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

test('refuses a legacy .xls and a picture at step 1, saying why, and commits nothing', async ({
  app,
}) => {
  const { page, shell, wizard } = pagesOf(app);
  await shell.ready();
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
  await expect(wizard.step('file')).toHaveAttribute('aria-current', 'step');
  await expect(wizard.readError).toContainText('旧版 Excel 文件');
  await expect(wizard.readError).toContainText('另存为不加密的 .xlsx');
  await shot(page, 'import-legacy-xls-zh');
  await expect(wizard.step('format')).toBeDisabled();
  await expect(wizard.step('review')).toBeDisabled();
  await expect(page.getByTestId('import-next')).toBeDisabled();

  // A screenshot renamed .csv is refused at once, not offered an encoding.
  await wizard.choose('2025年数据.csv', PNG_BYTES, 'text/csv');
  await expect(wizard.step('file')).toHaveAttribute('aria-current', 'step');
  await expect(wizard.readError).toContainText('不是表格文件');
  await expect(page.getByTestId('import-encoding')).toHaveCount(0);
  await shot(page, 'import-not-a-table-zh');
  await expect(wizard.historyItems).toHaveCount(1);
});

test('shows every problem in Chinese, fixes each in one click, and records a value kept as printed', async ({
  app,
}) => {
  const { page, shell, figures, wizard } = pagesOf(app);
  await shell.ready();
  await wizard.open();
  await wizard.choose('各市-2025.csv', slippedCityCsv(), 'text/csv');

  // Step 4: the growth column is read as growth, and the values read are shown converted.
  await wizard.goTo('columns');
  const growth = page.locator('[data-testid="import-mapping-row"][data-letter="C"]');
  await expect(growth.getByTestId('import-field')).toHaveValue('total_yoy');
  await expect(growth.getByTestId('import-sample')).toContainText('1.1%');
  const total = page.locator('[data-testid="import-mapping-row"][data-letter="B"]');
  await expect(total.getByTestId('import-sample')).toContainText('46,000 亿元');
  await shot(page, 'import-columns-samples-zh');

  await wizard.goTo('checks');
  const slip = wizard.problem('unit_slip', '西安');
  await expect(slip).toContainText('已存的同年数值为 4,987.9');
  // No English sentence in the Chinese problem list: every sentence holds Chinese.
  const texts = await wizard.problemTexts.allInnerTexts();
  expect(texts.length).toBeGreaterThan(2);
  for (const text of texts) expect(text).toMatch(/[\u4e00-\u9fff]/);
  await shot(page, 'import-checks-zh');

  await wizard.teachOffered('嘉與市');
  await expect(wizard.problem('unresolved_name')).toHaveCount(0);

  // A suspected slip stands in the way of the commit until it is fixed or kept as printed.
  await wizard.goTo('review');
  await expect(wizard.blocker).toContainText('疑似单位错误');
  await expect(wizard.commitButton).toBeDisabled();
  await shot(page, 'import-review-blocked-zh');
  await wizard.goTo('checks');
  await wizard.accept('西安');
  await expect(wizard.problem('slip_accepted').first()).toContainText('已确认按原值导入');
  await shot(page, 'import-checks-accepted-zh');
  await wizard.goTo('review');
  await expect(wizard.blocker).toHaveCount(0);
  await wizard.commit();
  await expect(wizard.historyItems.first()).toContainText(
    /导入 各市-2025\.csv（3 个数值按原值确认）/,
  );

  // Values the import only confirms keep their source and flag; changed ones cite the import.
  await shell.goTo('figures');
  await figures.ready();
  const cell = (code: string) =>
    figures.rows
      .and(page.locator(`[data-code="${code}"]`))
      .getByTestId('source-ref')
      .first();
  // The chip (the text's start) names the cited source.
  await expect(cell('330200')).toHaveText(/^S091/);
  await expect(cell('320500')).toHaveText(/^S090.*可靠性低/);
  await expect(cell('440300')).toHaveText(/^U[0-9a-f]{12}各市-2025\.csv/);
});

test('reads a million-row file with a moving progress bar and cancels it without a trace', async ({
  app,
}, testInfo) => {
  test.setTimeout(120_000);
  const { page, shell, wizard } = pagesOf(app);
  await shell.ready();
  await wizard.open();
  const path = testInfo.outputPath('million.csv');
  await writeFile(path, millionRowCsv());
  await wizard.startChoosing(path);
  await expect(wizard.progress).toBeVisible();
  const first = Number(await wizard.progressBar.getAttribute('aria-valuenow'));
  await expect
    .poll(async () => Number(await wizard.progressBar.getAttribute('aria-valuenow')), {
      timeout: 60_000,
    })
    .toBeGreaterThan(first);
  await shot(page, 'import-progress-zh');
  await wizard.cancel();
  await expect(page.getByTestId('import-file-step')).toBeVisible();
  await expect(page.getByTestId('import-current-file')).toHaveCount(0);
  await expect(wizard.historyItems).toHaveCount(1);
});
