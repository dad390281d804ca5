/**
 * Synthesised fixtures for import tests (owid-grapher style: made by code, not stored blobs).
 * Pure, so core tests use it directly; electron/services/import/synth-files.ts encodes the same
 * tables as CSV bytes in any encoding or as .xlsx.
 */
import {
  asAdcode,
  asSourceId,
  type Adcode,
  type Dataset,
  type Entity,
  type FigureRecord,
  type Level,
  type Measure,
} from '../model';
import { synthEntity } from '../data';

type EntitySpec = [
  code: string,
  level: Level,
  nameZh: string,
  shortZh: string,
  nameEn: string,
  pinyin: string,
  extra?: Partial<Entity>,
];

const SPECS: EntitySpec[] = [
  ['100000', 'national', '中华人民共和国', '中国', 'China', 'zhongguo', { aliases: ['全国'] }],
  ['440000', 'province', '广东省', '广东', 'Guangdong', 'guangdong'],
  ['610000', 'province', '陕西省', '陕西', 'Shaanxi', 'shanxi'],
  ['220000', 'province', '吉林省', '吉林', 'Jilin', 'jilin'],
  ['110000', 'province', '北京市', '北京', 'Beijing', 'beijing'],
  ['330000', 'province', '浙江省', '浙江', 'Zhejiang', 'zhejiang'],
  ['320000', 'province', '江苏省', '江苏', 'Jiangsu', 'jiangsu'],
  ['440300', 'city', '深圳市', '深圳', 'Shenzhen', 'shenzhen'],
  ['440100', 'city', '广州市', '广州', 'Guangzhou', 'guangzhou'],
  ['441900', 'city', '东莞市', '东莞', 'Dongguan', 'dongguan'],
  ['610100', 'city', '西安市', '西安', "Xi'an", 'xian'],
  ['220200', 'city', '吉林市', '吉林', 'Jilin City', 'jilin'],
  ['110100', 'city', '北京市', '北京', 'Beijing', 'beijing'],
  ['331000', 'city', '台州市', '台州', 'Taizhou (Zhejiang)', 'taizhou'],
  ['321200', 'city', '泰州市', '泰州', 'Taizhou (Jiangsu)', 'taizhou'],
  ['330700', 'city', '金华市', '金华', 'Jinhua', 'jinhua'],
  ['330782', 'county_city', '义乌市', '义乌', 'Yiwu', 'yiwu', { parentCode: asAdcode('330700') }],
  [
    '330783',
    'county_city',
    '东阳市',
    '东阳',
    'Dongyang',
    'dongyang',
    { parentCode: asAdcode('330700') },
  ],
  [
    '330784',
    'county_city',
    '永康市',
    '永康',
    'Yongkang',
    'yongkang',
    { parentCode: asAdcode('330700') },
  ],
  ['222400', 'city', '延边朝鲜族自治州', '延边', 'Yanbian', 'yanbian'],
  [
    '540200',
    'city',
    '日喀则市',
    '日喀则',
    'Shigatse',
    'rikaze',
    { aliases: ['日喀则地区'], formerCodes: [asAdcode('542300')] },
  ],
  ['420600', 'city', '襄阳市', '襄阳', 'Xiangyang', 'xiangyang', { aliases: ['襄樊', '襄樊市'] }],
  ['230100', 'city', '哈尔滨市', '哈尔滨', 'Harbin', 'haerbin'],
];

/** A small reference table with the hard cases: municipalities at two levels, 吉林, Taizhou ×2. */
export function synthEntities(): Entity[] {
  return SPECS.map(([code, level, nameZh, shortZh, nameEn, pinyin, extra]) =>
    synthEntity(code, level, shortZh, nameEn, { nameZh, pinyin, ...extra }),
  );
}

export interface SynthCity {
  zh: string;
  full: string;
  en: string;
  code: string;
  exports: number;
  imports: number;
  /** Growth of the total, %; last year's stored total is derived from it. */
  yoy: number;
}

/** Cities sorted by total, descending, as bureaus print them. Totals = exports + imports. */
export const SYNTH_CITIES: readonly SynthCity[] = [
  {
    zh: '深圳',
    full: '深圳市',
    en: 'Shenzhen',
    code: '440300',
    exports: 27000.3,
    imports: 18000.2,
    yoy: 3.1,
  },
  {
    zh: '东莞',
    full: '东莞市',
    en: 'Dongguan',
    code: '441900',
    exports: 9000.0,
    imports: 4000.0,
    yoy: 2.4,
  },
  {
    zh: '广州',
    full: '广州市',
    en: 'Guangzhou',
    code: '440100',
    exports: 6500.4,
    imports: 4400.1,
    yoy: -1.2,
  },
  {
    zh: '义乌',
    full: '义乌市',
    en: 'Yiwu',
    code: '330782',
    exports: 6000.0,
    imports: 600.0,
    yoy: 18.5,
  },
  {
    zh: '西安',
    full: '西安市',
    en: "Xi'an",
    code: '610100',
    exports: 3000.0,
    imports: 1987.9,
    yoy: 21.7,
  },
  {
    zh: '台州',
    full: '台州市',
    en: 'Taizhou',
    code: '331000',
    exports: 2000.1,
    imports: 600.1,
    yoy: 5.0,
  },
  {
    zh: '吉林',
    full: '吉林市',
    en: 'Jilin City',
    code: '220200',
    exports: 50.2,
    imports: 100.3,
    yoy: -24.0,
  },
];

export const cityTotal = (c: SynthCity): number => Number((c.exports + c.imports).toFixed(2));

export interface SynthTableOptions {
  year?: number;
  /** Unit phrase for the title, e.g. '亿元', '万元', '亿美元'; null leaves the unit out. */
  unit?: string | null;
  titleRows?: number;
  twoRowHeader?: boolean;
  nameStyle?: 'short' | 'full' | 'english';
  english?: boolean;
  totalsRow?: boolean;
  footnotes?: boolean;
  cities?: readonly SynthCity[];
  /** Multiply printed amounts (e.g. 10000 for a 万元 table). */
  scale?: number;
  period?: string;
}

const fmt = (n: number, scale: number): string => String(Number((n * scale).toFixed(2)));

/** A customs-style wide table as rows of text: titles, a (two-row) header, cities, totals, notes. */
/** A row of the seven-column table holding one text in its first cell (title, note, source). */
const noteRow = (text: string): string[] => [text, '', '', '', '', '', ''];

export function synthCustomsTable(options: SynthTableOptions = {}): string[][] {
  const {
    year = 2025,
    unit = '亿元',
    titleRows = 1,
    twoRowHeader = true,
    nameStyle = 'full',
    english = false,
  } = options;
  const cities = options.cities ?? SYNTH_CITIES;
  const scale = options.scale ?? 1;
  const rows: string[][] = [];
  const title = english
    ? `Foreign trade by city, January-December ${year}${unit ? ` (${unit})` : ''}`
    : `${year}年${options.period ?? '1-12月'}各市进出口情况${unit ? `（单位：${unit}）` : ''}`;
  if (titleRows >= 1) rows.push(noteRow(title));
  for (let i = 1; i < titleRows; i++)
    rows.push(noteRow(english ? 'Compiled by the statistics bureau' : '制表单位：某市统计局'));
  if (twoRowHeader) {
    rows.push(
      english
        ? ['City', 'Total', '', 'Exports', '', 'Imports', '']
        : ['地区', '进出口', '', '出口', '', '进口', ''],
    );
    rows.push(
      english
        ? ['', 'Value', 'YoY %', 'Value', 'YoY %', 'Value', 'YoY %']
        : ['', '金额', '同比%', '金额', '同比%', '金额', '同比%'],
    );
  } else {
    rows.push(
      english
        ? ['City', 'Total', 'Total YoY %', 'Exports', 'Exports YoY %', 'Imports', 'Imports YoY %']
        : ['地区', '进出口', '进出口同比%', '出口', '出口同比%', '进口', '进口同比%'],
    );
  }
  for (const c of cities) {
    const name = nameStyle === 'english' ? c.en : nameStyle === 'full' ? c.full : c.zh;
    rows.push([
      name,
      fmt(cityTotal(c), scale),
      String(c.yoy),
      fmt(c.exports, scale),
      '—',
      fmt(c.imports, scale),
      '—',
    ]);
  }
  if (options.totalsRow)
    rows.push([english ? 'Total' : '全省合计', '99999.9', '1.0', '—', '—', '—', '—']);
  if (options.footnotes) {
    rows.push(noteRow(english ? 'Note: figures are preliminary.' : '注：本表数据为初步统计。'));
    rows.push(noteRow(english ? 'Source: customs.' : '资料来源：海关统计。'));
  }
  return rows;
}

/** Rows → CSV text with RFC 4180 quoting. */
export function rowsToDelimited(
  rows: readonly string[][],
  delimiter = ',',
  newline = '\r\n',
): string {
  const quote = (cell: string): string =>
    /[",\r\n\t;|]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
  return rows.map((r) => r.map(quote).join(delimiter)).join(newline) + newline;
}

/** A stored dataset with each synth city's previous-year totals (consistent with `yoy`). */
export function synthDataset(
  year = 2024,
  cities: readonly SynthCity[] = SYNTH_CITIES,
): Pick<Dataset, 'figures'> {
  return {
    figures: cities.map((c) => ({
      code: c.code as Adcode,
      year,
      period: 'full_year',
      ranks: [],
      gaps: [],
      cells: {
        total: {
          value: Number((cityTotal(c) / (1 + c.yoy / 100)).toFixed(1)),
          sourceId: asSourceId('S001'),
          flag: null,
          precision: 'exact',
          note: '',
          confirmedBy: [],
          alternates: [],
        },
      },
    })),
  };
}

/** One stored record (full year) with the given cells, each citing `source`. */
export function storedRecord(
  code: string,
  year: number,
  cells: Partial<Record<Measure, number>>,
  source = 'S091',
): FigureRecord {
  return {
    code: asAdcode(code),
    year,
    period: 'full_year',
    ranks: [],
    gaps: [],
    cells: Object.fromEntries(
      Object.entries(cells).map(([measure, value]) => [
        measure,
        {
          value,
          sourceId: asSourceId(source),
          flag: null,
          precision: 'exact',
          note: '',
          confirmedBy: [],
          alternates: [],
        },
      ]),
    ),
  };
}
