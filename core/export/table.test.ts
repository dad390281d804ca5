import { describe, expect, it } from 'vitest';
import {
  csvText,
  exportFileName,
  neutralise,
  numberCell,
  safeValue,
  sheetRows,
  textCell,
  type ExportTable,
} from './table';

const table: ExportTable = {
  id: 'board',
  caption: 'Board',
  columns: [
    { label: '名称', kind: 'text' },
    { label: '进出口总额（亿元）', kind: 'number' },
    { label: 'Change', kind: 'number' },
  ],
  rows: [
    [textCell('深圳'), numberCell(45500, '45,500'), numberCell(-3.3, '−3.3%')],
    [textCell('=HYPERLINK("x")'), numberCell(null, '—'), numberCell(1.5, '+1.5%')],
    [textCell('a, "b"\nc'), numberCell(Number.NaN, '—'), numberCell(0, '0%')],
  ],
};
const header = { title: '2025年城市排行', lines: ['来源：S001, S002', '数据版本：内置数据'] };

describe('formula-injection safety', () => {
  it('prefixes text that a spreadsheet would run', () => {
    for (const bad of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) {
      expect(neutralise(bad)).toBe(`'${bad}`);
    }
    expect(neutralise('深圳')).toBe('深圳');
    expect(neutralise('−3.3%')).toBe('−3.3%');
  });

  it('keeps numbers as numbers, negative ones included, and gaps empty', () => {
    expect(safeValue(-3.3)).toBe(-3.3);
    expect(safeValue(Number.POSITIVE_INFINITY)).toBeNull();
    expect(safeValue(null)).toBeNull();
    expect(safeValue('=cmd')).toBe("'=cmd");
  });
});

describe('sheet rows and CSV', () => {
  it('puts the header block, a blank row and the labels above the rows', () => {
    const rows = sheetRows(header, table);
    expect(rows[0]).toEqual(['2025年城市排行']);
    expect(rows[2]).toEqual(['数据版本：内置数据']);
    expect(rows[3]).toEqual([]);
    expect(rows[4]).toEqual(['名称', '进出口总额（亿元）', 'Change']);
    expect(rows[5]).toEqual(['深圳', 45500, -3.3]);
    expect(rows[6]).toEqual(['\'=HYPERLINK("x")', null, 1.5]);
    expect(rows[7]).toEqual(['a, "b"\nc', null, 0]);
  });

  it('writes UTF-8 CSV with a BOM, CRLF and RFC 4180 quoting', () => {
    const csv = csvText(header, table);
    expect(csv.startsWith('\uFEFF2025年城市排行\r\n')).toBe(true);
    expect(csv).toContain('\r\n名称,进出口总额（亿元）,Change\r\n深圳,45500,-3.3\r\n');
    expect(csv).toContain('"\'=HYPERLINK(""x"")",,1.5\r\n');
    expect(csv).toContain('"a, ""b""\nc",,0\r\n');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('export file names', () => {
  it('carry view, what, year and date in ASCII', () => {
    expect(
      exportFileName({ view: 'rankings', what: 'board', year: 2025, date: '2026-05-01' }, 'csv'),
    ).toBe('rankings-board-2025-2026-05-01.csv');
    expect(exportFileName({ view: 'Sources', date: '2026-05-01' }, 'xlsx')).toBe(
      'sources-2026-05-01.xlsx',
    );
    expect(exportFileName({ view: 'map', what: '地图 chart', date: '2026-05-01' }, 'png')).toBe(
      'map-chart-2026-05-01.png',
    );
  });
});
