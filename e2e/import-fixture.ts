/**
 * The workbook the import spec feeds the wizard, written by code with write-excel-file: a
 * customs-style 2025 table with a merged title, a two-row header, unit 亿元, a totals row and
 * notes. Against `importDataset` (below) it holds, on purpose:
 *
 * - 深圳 46000 (bundled 45500: a changed value) and 杭州 8200 (no bundled 2025 value: new);
 * - 西安 498.79, printed ×10 too small (the bundled data has no full-year 2024 value for 西安, so
 *   the slip is found from its rank neighbours 郑州 6600 and 合肥 2600; ×10 gives 4987.9);
 * - 嘉與市, a typo the resolver cannot place but suggests 嘉兴 (330400) for.
 */
import writeXlsxFile from 'write-excel-file/node';
import { synthCell, synthDataset, synthRecord, synthSource } from '../core/data';
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

/**
 * A 2025 city CSV (UTF-8) with what the checks must catch, against `importDataset`:
 * 西安 498.79 where the bundled 2025 figure is 4,987.9 (a slip found from the same year alone),
 * a bare 比上年增长 column after 进出口 (read as its growth), 嘉與市 (a typo for 嘉兴), and 宁波
 * 14,500 and 苏州 28,100 exactly as bundled (their sources must survive the import).
 */
export function slippedCityCsv(): Buffer {
  const rows = [
    '2025年各市进出口情况（单位：亿元）',
    '城市,进出口,比上年增长(%),出口,进口',
    '深圳市,46000,1.1,28000,18000',
    '苏州市,28100,1.8,17000,11100',
    '宁波市,14500,3.0,9800,4700',
    '杭州市,8200,5.0,5900,2300',
    '西安市,498.79,21.1,300,198.79',
    '嘉與市,2200,3.5,1500,700',
  ];
  return csvOf(rows);
}

/** A CSV file's bytes as a bureau's export writes them: UTF-8, CRLF line ends. */
export function csvOf(rows: readonly string[]): Buffer {
  return Buffer.from(`${rows.join('\r\n')}\r\n`, 'utf8');
}

/** A one-city 2025 CSV: 杭州 (not in `importDataset`) with the given total in 亿元. */
export function hangzhouCsv(total: number): Buffer {
  const rows = ['2025年各市进出口情况（单位：亿元）', '城市,进出口', `杭州市,${total}`];
  return csvOf(rows);
}

/** A long CSV at the row limit (1,000,000 rows with its header), for progress and Cancel. */
export function millionRowCsv(): string {
  const names = ['深圳', '广州', '苏州', '宁波', '杭州', '西安', '郑州', '合肥'];
  const lines = ['城市,年份,指标,数值（亿元）'];
  for (let i = 0; i < 999_999; i++)
    lines.push(`${names[i % 8]},${1990 + (i % 100)},进出口,${1000 + (i % 997)}`);
  return `${lines.join('\n')}\n`;
}

/** The first bytes of a PNG picture: what a person gets by renaming a screenshot to .csv. */
export const PNG_BYTES = Buffer.from([
  0x89,
  0x50,
  0x4e,
  0x47,
  0x0d,
  0x0a,
  0x1a,
  0x0a,
  0,
  0,
  0,
  13,
  0x49,
  0x48,
  0x44,
  0x52,
  0,
  0,
  1,
  0,
  0,
  0,
  1,
  0,
  8,
  6,
  0,
  0,
  0,
  0x5c,
  0x72,
  0xa8,
  0x66,
  ...new Array(200).fill(0),
]);

/**
 * The bundled data the import specs run on (synthesised, so a data rebuild cannot move them):
 * 2025 totals 深圳 45,500 (S091), 苏州 28,100 (S090, low reliability), 东莞 15,800 (S093),
 * 宁波 14,500 (S091), 郑州 6,501.8, 西安 4,987.9 (S115), 合肥 4,551.8, 嘉兴 2,000; no 杭州.
 */
export const importDataset = synthDataset(
  [
    synthRecord('100000', 2025, { total: synthCell(454687.3, 'S005') }),
    synthRecord('440300', 2025, {
      total: synthCell(45500, 'S091'),
      total_yoy: synthCell(1.4, 'S091'),
    }),
    synthRecord('320500', 2025, { total: synthCell(28100, 'S090', { flag: 'low_reliability' }) }),
    synthRecord('441900', 2025, { total: synthCell(15800, 'S093') }),
    synthRecord('330200', 2025, { total: synthCell(14500, 'S091') }),
    synthRecord('410100', 2025, { total: synthCell(6501.8, 'S096') }),
    synthRecord('610100', 2025, { total: synthCell(4987.9, 'S115') }),
    synthRecord('340100', 2025, { total: synthCell(4551.8, 'S096') }),
    synthRecord('330400', 2025, { total: synthCell(2000, 'S096') }),
  ],
  [
    synthSource('S005', { title: 'Synthesised GACC release', kind: 'news_agency' }),
    synthSource('S090', { title: 'Synthesised self-media post', kind: 'blog_or_qa' }),
    synthSource('S091', { title: 'China Daily Brief (synthesised)', kind: 'news_repost' }),
    synthSource('S093', { title: 'Synthesised Huangpu Customs release', kind: 'news_agency' }),
    synthSource('S096', { title: 'Synthesised provincial bulletin', kind: 'news_repost' }),
    synthSource('S115', { title: 'Synthesised PRNewswire release', kind: 'news_repost' }),
  ],
);
