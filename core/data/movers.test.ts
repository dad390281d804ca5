import { describe, expect, it } from 'vitest';
import { movers, sourceCells } from './movers';
import { world } from './ranking-fixture';
import { synthCities } from './synth-fixtures';
import { indexFullYears } from './year-index';

describe('movers in the small world', () => {
  const m = movers(indexFullYears(world.dataset, world.reference), {
    year: 2025,
    baseYear: 2024,
    level: 'city',
  });
  const zh = (list: { entity: { shortZh: string } }[]) => list.map((x) => x.entity.shortZh);

  it('climbers and fallers by like-for-like rank', () => {
    expect(m.climbers.map((c) => [c.row.entity.shortZh, c.places])).toEqual([['东莞', 1]]);
    expect(m.fallers.map((c) => [c.row.entity.shortZh, c.places])).toEqual([['西安', -1]]);
  });

  it('fastest growth and sharpest decline from published growth only', () => {
    expect(zh(m.fastest)).toEqual(['东莞', '深圳']);
    expect(zh(m.sharpest)).toEqual(['西安', '福州']);
  });

  it('lists entities with no base-year figure instead of inferring one', () => {
    expect(m.noBaseFigure.map((e) => e.shortZh)).toEqual(['宁波', '金华']);
  });
});

describe('thresholds, overtakes and published ranks (万亿 club)', () => {
  const big = synthCities({
    years: [2024, 2025],
    cities: [
      { code: '440300', zh: '深圳', en: 'Shenzhen', province: '440000', total: [45000, 45500] },
      {
        code: '441900',
        zh: '东莞',
        en: 'Dongguan',
        province: '440000',
        total: [13900, 15800],
        ranks: [6, 5],
      },
      {
        code: '330200',
        zh: '宁波',
        en: 'Ningbo',
        province: '330000',
        total: [null, 14500],
        ranks: [5, 4],
      },
      { code: '330700', zh: '金华', en: 'Jinhua', province: '330000', total: [null, 10508.6] },
      { code: '120100', zh: '天津', en: 'Tianjin', province: '120000', total: [8115.6, null] },
      { code: '370200', zh: '青岛', en: 'Qingdao', province: '370000', total: [10200, 9800] },
      { code: '410100', zh: '郑州', en: 'Zhengzhou', province: '410000', total: [5565, 6501.8] },
      { code: '500100', zh: '重庆', en: 'Chongqing', province: '500000', total: [4900, 8006.8] },
    ],
  });
  const m = movers(indexFullYears(big.dataset, big.reference), {
    year: 2025,
    baseYear: 2024,
    level: 'city',
  });
  const status = (t: number) =>
    m.thresholds.find((r) => r.threshold === t)!.crossings.map((c) => [c.entity.shortZh, c.status]);

  it('the 万亿 club: no base-year figure is said, never inferred', () => {
    expect(status(10_000)).toEqual([
      ['深圳', 'stayed'],
      ['东莞', 'stayed'],
      ['宁波', 'no_base'],
      ['金华', 'no_base'],
      ['青岛', 'left'],
    ]);
  });

  it('5000亿: entering, staying, a missing current figure; the 万亿 club is not repeated', () => {
    expect(status(5_000)).toEqual([
      ['青岛', 'stayed'],
      ['天津', 'no_current'],
      ['重庆', 'entered'],
      ['郑州', 'stayed'],
    ]);
  });

  it('overtakes only between entities with figures in both years', () => {
    // 2024: 郑州 5565 > 重庆 4900; 2025: 重庆 8006.8 > 郑州 6501.8. 宁波 has no 2024 figure.
    expect(m.overtakes.map((o) => [o.winner.shortZh, o.loser.shortZh])).toEqual([['重庆', '郑州']]);
  });

  it('published rank changes come from the sources', () => {
    expect(m.publishedRankMoves.map((p) => [p.entity.shortZh, p.baseRank, p.rank])).toEqual([
      ['宁波', 5, 4],
      ['东莞', 6, 5],
    ]);
  });

  it('every mover carries the cells of the figures it shows, for its source chips', () => {
    // Every total of the synthesised world has one source: one cell stands for the four of an
    // overtake; the first is the year's total.
    expect(m.climbers[0]!.cells.map((c) => c.value)).toEqual([8006.8]);
    expect(m.fallers[0]!.cells.map((c) => c.value)).toEqual([6501.8]);
    const tianjin = m.thresholds[1]!.crossings.find((c) => c.entity.shortZh === '天津')!;
    expect(tianjin.cells.map((c) => c.value)).toEqual([8115.6]);
    expect(m.overtakes[0]!.cells.map((c) => c.value)).toEqual([8006.8]);
    expect(m.publishedRankMoves[0]!.cells.map((c) => c.value)).toEqual([4]);
    const all = [
      ...m.climbers,
      ...m.fallers,
      ...m.thresholds.flatMap((t) => t.crossings),
      ...m.overtakes,
      ...m.publishedRankMoves,
    ];
    for (const x of all) expect(x.cells[0]!.sourceId).toMatch(/^S\d+/);
  });

  it('sourceCells keeps one cell per source, flag and derivation, in order', () => {
    const a = m.overtakes[0]!.cells[0]!;
    const b = { ...a, value: 1, sourceId: 'S999' as typeof a.sourceId };
    expect(sourceCells(a, null, b, undefined, a)).toEqual([a, b]);
    expect(sourceCells(a, { ...a, value: 2 })).toEqual([a]);
    expect(sourceCells(a, { ...a, flag: 'derived' })).toHaveLength(2);
  });

  it('climbers among entities with both years', () => {
    // Both years: 深圳, 东莞, 青岛, 郑州, 重庆. 重庆 5th → 4th, 郑州 4th → 5th.
    expect(m.climbers.map((c) => [c.row.entity.shortZh, c.places])).toEqual([['重庆', 1]]);
    expect(m.fallers.map((c) => [c.row.entity.shortZh, c.places])).toEqual([['郑州', -1]]);
  });
});

describe('ties: climbers, fallers and overtakes tell one story', () => {
  // 2023: 甲 200, 乙 = 丙 = 150 (tied, rank 2), 丁 100. 2025: 甲 210, 丙 180, 乙 170, 丁 190.
  // 丙 broke the tie with 乙; 丁 went past 乙 and 丙.
  const tied = synthCities({
    years: [2023, 2025],
    cities: [
      { code: '910100', zh: '甲', en: 'Jia', province: '910000', total: [200, 210] },
      { code: '910200', zh: '乙', en: 'Yi', province: '910000', total: [150, 170] },
      { code: '910300', zh: '丙', en: 'Bing', province: '910000', total: [150, 180] },
      { code: '910400', zh: '丁', en: 'Ding', province: '910000', total: [100, 190] },
    ],
  });
  const m = movers(indexFullYears(tied.dataset, tied.reference), {
    year: 2025,
    baseYear: 2023,
    level: 'city',
  });
  const zh = (es: { shortZh: string }[]) => es.map((e) => e.shortZh);

  it('a tie broken is a move: the faller names who pulled ahead, the overtakes list says so', () => {
    // Ranks 2023: 甲1 乙2 丙2 丁4; 2025: 甲1 丁2 丙3 乙4.
    expect(m.climbers.map((c) => [c.row.entity.shortZh, c.places, zh(c.passed)])).toEqual([
      ['丁', 2, ['丙', '乙']],
    ]);
    expect(m.fallers.map((c) => [c.row.entity.shortZh, c.places, zh(c.passed)])).toEqual([
      ['乙', -2, ['丁', '丙']],
      ['丙', -1, ['丁']],
    ]);
    expect(m.overtakes.map((o) => [o.kind, o.winner.shortZh, o.loser.shortZh])).toEqual([
      ['overtook', '丁', '丙'],
      ['overtook', '丁', '乙'],
      ['pulledAhead', '丙', '乙'],
    ]);
  });

  it('every rank lost is a pair in the overtakes, and every pair explains a rank lost', () => {
    for (const f of m.fallers) expect(f.passed).toHaveLength(-f.places);
    const losses = m.overtakes.map((o) => o.loser.shortZh).sort();
    expect(losses).toEqual(
      m.fallers.flatMap((f) => f.passed.map(() => f.row.entity.shortZh)).sort(),
    );
  });
});
