/**
 * A synthesised dataset for the fit-and-finish specs: the rankings fixture plus
 * - values with different stored decimals in one column (45500, 25,600.4, 1272.48),
 * - a change too small to show (广东 +0.02%) and a loss (浙江 −1.4%, 宁波 −3.3%),
 * - provinces (广东, 浙江) for the Figures view's province level,
 * - 大连: exports published (S004) but no total, so its sources cell must still name S004,
 * - 苏州, 佛山 and 东莞 beside 上海 / 深圳, so top-10 map labels collide.
 */
import { synthCell, synthDataset, synthRecord, synthSource } from '../core/data';
import { asSourceId } from '../core/model';
import { rankingsDataset } from './rankings-fixture';

export const FINISH = {
  suzhou: '320500',
  dalian: '210200',
  jinhua: '330700',
  guangdong: '440000',
  zhejiang: '330000',
} as const;

export const finishDataset = synthDataset(
  [
    ...rankingsDataset.figures.filter((f) => f.code !== '440600'),
    synthRecord('440600', 2025, { total: 7000.3, total_yoy: 8 }),
    synthRecord(FINISH.suzhou, 2024, { total: 24000 }),
    synthRecord(FINISH.suzhou, 2025, { total: 25600.4, total_yoy: 6.7 }),
    synthRecord(FINISH.jinhua, 2025, { total: 1272.48, total_yoy: 0.02 }),
    synthRecord(
      FINISH.dalian,
      2025,
      { exports: synthCell(2200.2, 'S004') },
      { gaps: [{ sourceId: asSourceId('S001'), flag: null, note: 'No total was printed' }] },
    ),
    synthRecord(FINISH.guangdong, 2025, { total: 91000, total_yoy: 0.02 }),
    synthRecord(FINISH.zhejiang, 2025, { total: 52000, total_yoy: -1.4 }),
  ],
  [
    ...rankingsDataset.sources,
    synthSource('S004', { title: 'Synthesised Dalian exports bulletin' }),
  ],
);
