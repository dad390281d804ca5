/**
 * A synthesised bundled dataset for the rankings specs: real entity codes (so the real reference
 * tables name them) with made-up values whose ranks and rank changes are worked out by hand.
 *
 * 2024 → 2025 totals (亿元): 深圳 45000 → 45500, 上海 42700 → 45100, 宁波 15000 → 14500,
 * 东莞 13900 → 15800, 广州 11200 → 11500; 西安 and 咸阳 only 2025; 佛山 growth only.
 * Like-for-like ranks 2024 → 2025: 东莞 4 → 3 (▲1), 宁波 3 → 4 (▼1), others unchanged.
 */
import { synthCell, synthDataset, synthRank, synthRecord, synthSource } from '../core/data';
import { asSourceId } from '../core/model';

export const CODES = {
  shenzhen: '440300',
  shanghai: '310100',
  dongguan: '441900',
  ningbo: '330200',
  guangzhou: '440100',
  xian: '610100',
  xianyang: '610400',
  foshan: '440600',
} as const;

export const rankingsDataset = synthDataset(
  [
    synthRecord('100000', 2024, { total: 438000 }),
    synthRecord('100000', 2025, { total: 454000 }),
    synthRecord(CODES.shenzhen, 2024, { total: 45000 }),
    synthRecord(
      CODES.shenzhen,
      2025,
      { total: synthCell(45500, 'S002'), total_yoy: 1.1 },
      {
        ranks: [synthRank(1, 'national_city', 'S003')],
      },
    ),
    synthRecord(CODES.shanghai, 2024, { total: 42700 }),
    synthRecord(CODES.shanghai, 2025, { total: 45100, total_yoy: 5.6 }),
    synthRecord(CODES.ningbo, 2024, { total: 15000 }),
    synthRecord(CODES.ningbo, 2025, { total: 14500, total_yoy: -3.3 }),
    synthRecord(CODES.dongguan, 2024, { total: 13900 }),
    synthRecord(CODES.dongguan, 2025, { total: 15800, total_yoy: 13.7 }),
    synthRecord(CODES.guangzhou, 2024, { total: 11200 }),
    synthRecord(CODES.guangzhou, 2025, { total: 11500, total_yoy: 2.7 }),
    synthRecord(CODES.xian, 2025, { total: 4987.9, total_yoy: 21.1 }),
    synthRecord(CODES.xianyang, 2025, { total: 300, total_yoy: -5 }),
    synthRecord(
      CODES.foshan,
      2025,
      { total_yoy: 8 },
      {
        gaps: [{ sourceId: asSourceId('S001'), flag: null, note: 'Only growth was printed' }],
      },
    ),
  ],
  [
    synthSource('S001', { title: 'Synthesised customs release' }),
    synthSource('S002', { title: 'Synthesised Shenzhen bulletin' }),
    synthSource('S003', { title: 'Synthesised ranking list' }),
  ],
);
