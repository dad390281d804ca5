/**
 * Exports from the header's Export menu: tables as CSV (UTF-8 with a BOM) and Excel, read back
 * to the same values, with the header block that names sources and revision and no formula a
 * spreadsheet would run; charts as PNG at twice their size and as SVG. Names carry view, year
 * and date.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import type { Download, Locator } from '@playwright/test';
import { contentBoxPx, DEFAULT_PAGE_SETUP } from '../core/print';
import { test, expect } from './fixtures/app';
import { shot } from './fixtures/screens';
import { MapPage } from './pages/map-page';
import { PrintPage } from './pages/print-page';
import { RankingsPage } from './pages/rankings-page';
import {
  DERIVED_AT,
  FORMULA_AT,
  FORMULA_NAME,
  PRINT_CITIES,
  printDataset,
  printReference,
  total2025,
} from './print-fixture';

test.use({ bundledDataset: printDataset, bundledReference: printReference });

const DATED = /-\d{4}-\d{2}-\d{2}\./;

async function download(button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const done: Promise<Download> = button.page().waitForEvent('download');
  await button.click();
  const d = await done;
  return { name: d.suggestedFilename(), bytes: await readFile((await d.path())!) };
}

/** The rows of an exported board from its column labels on, as arrays of cells. */
function boardRows(rows: unknown[][]): { labels: unknown[]; body: unknown[][]; head: unknown[][] } {
  const at = rows.findIndex((r) => r[0] === '排名');
  return { head: rows.slice(0, at), labels: rows[at]!, body: rows.slice(at + 1) };
}

test('the ranking table exports as CSV and Excel that read back to the same values, formula-safe', async ({
  app,
}) => {
  const r = new RankingsPage(app.page);
  const print = new PrintPage(app.page);
  await r.open();
  await expect(r.rowOf(PRINT_CITIES[FORMULA_AT]!.code).getByTestId('cell-name')).toHaveText(
    FORMULA_NAME,
  );

  let list = await print.openExport();
  const board = list.locator('[data-testid="export-table"][data-table="board"]');
  const csv = await download(board.getByTestId('export-csv'));
  expect(csv.name).toMatch(/^rankings-board-2025-\d{4}-\d{2}-\d{2}\.csv$/);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csvRows = parse(csv.bytes.toString('utf8').slice(1), {
    relax_column_count: true,
  }) as string[][];
  const c = boardRows(csvRows);
  expect(c.head[0]![0]).toContain('2025年城市排行');
  expect(c.head.flat().join('\n')).toMatch(/来源：S301、S401、S501/);
  expect(c.head.flat().join('\n')).toContain('数据版本：内置数据');
  expect(c.labels).toContain('进出口总额（亿元）');
  expect(c.body).toHaveLength(PRINT_CITIES.length);
  const value = c.labels.indexOf('进出口总额（亿元）');
  const name = c.labels.indexOf('名称');
  const source = c.labels.indexOf('来源');
  c.body.forEach((row, i) => {
    expect(Number(row[0])).toBe(i + 1);
    expect(Number(row[value])).toBe(total2025(i));
  });
  // A place named like a formula is text, never a formula; a derived figure says so.
  expect(c.body[FORMULA_AT]![name]).toBe(`'${FORMULA_NAME}`);
  expect(c.body[DERIVED_AT]![source]).toContain('推算值：同一来源的出口 + 进口');

  list = await print.openExport();
  const xlsx = await download(
    list.locator('[data-testid="export-table"][data-table="board"]').getByTestId('export-xlsx'),
  );
  expect(xlsx.name).toMatch(/^rankings-board-2025-.*\.xlsx$/);
  const [sheet] = (await readXlsxFile(xlsx.bytes)) as { data: unknown[][] }[];
  const x = boardRows(sheet!.data);
  expect(x.labels).toEqual(c.labels);
  expect(x.body).toHaveLength(PRINT_CITIES.length);
  x.body.forEach((row, i) => {
    expect(row[0]).toBe(i + 1);
    expect(row[value]).toBe(total2025(i));
  });
  expect(x.body[FORMULA_AT]![name]).toBe(`'${FORMULA_NAME}`);
  expect(x.head.flat().join('\n')).toMatch(/来源：S301、S401、S501/);
});

test('charts export as PNG at twice their size and as SVG, the map too', async ({ app }) => {
  const r = new RankingsPage(app.page);
  const print = new PrintPage(app.page);
  await r.open();
  const width = contentBoxPx(DEFAULT_PAGE_SETUP).width;

  let list = await print.openExport();
  await shot(app.page, 'export-menu-zh');
  const topn = list.locator('[data-testid="export-chart"][data-chart="topn"]');
  const png = await download(topn.getByTestId('export-png'));
  expect(png.name).toMatch(/^rankings-topn-2025-/);
  expect(png.name).toMatch(DATED);
  expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.bytes.readUInt32BE(16)).toBe(2 * width);

  list = await print.openExport();
  const svg = await download(
    list.locator('[data-testid="export-chart"][data-chart="topn"]').getByTestId('export-svg'),
  );
  expect(svg.name).toMatch(/\.svg$/);
  const text = svg.bytes.toString('utf8');
  expect(text.startsWith('<svg')).toBe(true);
  expect(text).toContain(`width="${width}"`);
  expect(text).toContain(PRINT_CITIES[0]!.shortZh);
  expect((text.match(/<path/g) ?? []).length).toBeGreaterThan(10);

  const map = new MapPage(app.page);
  await app.page.getByTestId('nav-map').click();
  await expect(map.chart).toHaveAttribute('data-state', 'ready');
  list = await print.openExport();
  const mapPng = await download(
    list.locator('[data-testid="export-chart"][data-chart="map"]').getByTestId('export-png'),
  );
  expect(mapPng.name).toMatch(/^map-map-2025-/);
  expect(mapPng.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(mapPng.bytes.readUInt32BE(16)).toBeGreaterThan(width);
});
