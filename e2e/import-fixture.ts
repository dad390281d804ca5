/**
 * The workbook the import spec feeds the wizard, written by code with write-excel-file: a
 * customs-style 2025 table with a merged title, a two-row header, unit 亿元, a totals row and
 * notes. Against the bundled data it holds, on purpose:
 *
 * - 深圳 46000 (bundled 45500: a changed value) and 杭州 8200 (no bundled 2025 value: new);
 * - 西安 498.79, printed ×10 too small (the bundled data has no full-year 2024 value for 西安, so
 *   the slip is found from its rank neighbours 郑州 6600 and 合肥 2600; ×10 gives 4987.9);
 * - 嘉與市, a typo the resolver cannot place but suggests 嘉兴 (330400) for.
 */
import writeXlsxFile from 'write-excel-file/node';
import type { Cell, SheetData } from 'write-excel-file/node';

type Row = [
  name: string,
  total: number,
  yoy: number,
  exports: number | null,
  imports: number | null,
];

export const IMPORT_ROWS: Row[] = [
  ['深圳市', 46000, 1.1, 28000, 18000],
  ['苏州市', 28600, 1.8, 17000, 11600],
  ['东莞市', 15900, 14.4, 10000, 5900],
  ['杭州市', 8200, 5.0, 5900, 2300],
  ['郑州市', 6600, 18.6, 4000, 2600],
  ['西安市', 498.79, 21.1, null, null],
  ['合肥市', 2600, 4.2, 1700, 900],
  ['嘉與市', 2200, 3.5, 1500, 700],
];

const text = (value: string, extra: Partial<Exclude<Cell, null>> = {}): Cell =>
  ({ value, ...extra }) as Cell;
const num = (value: number | null): Cell => (value === null ? '—' : value);

export async function customsWorkbook2025(): Promise<Buffer> {
  const data: SheetData = [
    [
      text('2025年1-12月全省各市进出口情况（单位：亿元）', { columnSpan: 7, fontWeight: 'bold' }),
      null,
      null,
      null,
      null,
      null,
      null,
    ],
    [
      text('地区'),
      text('进出口', { columnSpan: 2 }),
      null,
      text('出口', { columnSpan: 2 }),
      null,
      text('进口', { columnSpan: 2 }),
      null,
    ],
    [null, '金额', '同比%', '金额', '同比%', '金额', '同比%'],
    ...IMPORT_ROWS.map(([name, total, yoy, exports, imports]): Cell[] => [
      name,
      total,
      yoy,
      num(exports),
      '—',
      num(imports),
      '—',
    ]),
    ['全省合计', 123456.7, 3.0, '—', '—', '—', '—'],
    [text('注：本表数据为初步统计。', { columnSpan: 7 }), null, null, null, null, null, null],
    [text('资料来源：海关统计。', { columnSpan: 7 }), null, null, null, null, null, null],
  ];
  return (await writeXlsxFile(data, { sheet: '2025' }).toBuffer()) as Buffer;
}
