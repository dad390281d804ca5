/**
 * A synthesised dataset for the data-depth specs: sources of three series, a yearbook total that
 * is exports + imports, a total converted from US dollars, and a year with better coverage than
 * the latest. Real entity codes, made-up values.
 *
 * 2023 (yearbook, 4 cities): 深圳 38000 (= 20000 + 18000, derived), 上海 40000, 苏州 24000, 宁波 12000.
 * 2024 (releases, 3 cities): 深圳 45000, 上海 43000, 苏州 US$3000亿 × 7.1 = 21300 (derived).
 * 深圳 2023 → 2024 crosses from the yearbook to a release: a break in series.
 */
import { synthCell, synthDataset, synthRecord, synthSource } from '../core/data';
import { asSourceId } from '../core/model';

export const DEPTH = { shenzhen: '440300', shanghai: '310100', suzhou: '320500', ningbo: '330200' };

const YB = 'S201';
const BU = 'S301';
const sum = (value: number) =>
  synthCell(value, YB, { flag: 'derived', derivation: { kind: 'sum' } });

export const depthDataset = synthDataset(
  [
    synthRecord('100000', 2023, { total: 400000 }),
    synthRecord('100000', 2024, { total: 420000 }),
    synthRecord(DEPTH.shenzhen, 2023, {
      total: sum(38000),
      exports: synthCell(20000, YB),
      imports: synthCell(18000, YB),
    }),
    synthRecord(DEPTH.shanghai, 2023, { total: synthCell(40000, BU) }),
    synthRecord(DEPTH.suzhou, 2023, { total: synthCell(24000, BU) }),
    synthRecord(DEPTH.ningbo, 2023, { total: synthCell(12000, BU) }),
    synthRecord(DEPTH.shenzhen, 2024, { total: synthCell(45000, BU) }),
    synthRecord(DEPTH.shanghai, 2024, { total: synthCell(43000, BU) }),
    synthRecord(
      DEPTH.suzhou,
      2024,
      {
        total: synthCell(21300, 'S401', {
          flag: 'derived',
          derivation: {
            kind: 'usd',
            usdValue: 3000,
            rate: 7.1,
            rateSourceId: asSourceId('S501'),
            rateKind: 'annual_average',
            usdSum: false,
          },
        }),
      },
      { usd: { total: synthCell(3000, 'S401') } },
    ),
  ],
  [
    synthSource('S001', { title: 'Synthesised national release' }),
    synthSource(YB, { title: '中国城市统计年鉴 (synthesised)', series: 'yearbook' }),
    synthSource(BU, {
      title: 'Synthesised bulletin',
      series: 'release',
      publishedDate: '2025-01-20',
    }),
    synthSource('S401', { title: 'Synthesised dollar bulletin', series: 'release' }),
    synthSource('S501', { title: 'Synthesised rate table', publisher: 'Rate publisher' }),
  ],
  [{ year: 2024, cnyPerUsd: 7.1, sourceId: asSourceId('S501'), kind: 'annual_average', note: '' }],
);
