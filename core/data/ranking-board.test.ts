import { describe, expect, it } from 'vitest';
import { asAdcode } from '../model';
import { metricValue } from './board-metrics';
import { rankingBoard, type BoardOptions } from './ranking-board';
import { world } from './ranking-fixture';
import { indexFullYears } from './year-index';

const index = indexFullYears(world.dataset, world.reference);
const options: BoardOptions = {
  year: 2025,
  baseYear: 2024,
  spanStart: 2023,
  level: 'city',
  metric: 'total',
};
const board = (o: Partial<BoardOptions> = {}) => rankingBoard(index, { ...options, ...o });
const row = (b: ReturnType<typeof board>, zh: string) =>
  b.rows.find((r) => r.entity.shortZh === zh)!;
const ctx = { baseYear: 2024, spanStart: 2023 };

describe('ranking board by total trade', () => {
  const b = board();

  it('ranks the entities with a value and counts them', () => {
    // 2025 totals: 深圳 330, 东莞 160, 宁波 150, 金华 110, 西安 80; 福州 has growth only.
    expect(b.rows.map((r) => [r.entity.shortZh, r.rank])).toEqual([
      ['深圳', 1],
      ['东莞', 2],
      ['宁波', 3],
      ['金华', 4],
      ['西安', 5],
      ['福州', null],
    ]);
    expect(b.rankedCount).toBe(5);
  });

  it('computes Δrank like for like, and "new" without a base-year figure', () => {
    // Both years: 深圳 320→330, 西安 120→80, 东莞 110→160. 2024: 深圳1 西安2 东莞3; 2025: 深圳1 东莞2 西安3.
    expect(row(b, '东莞').change).toMatchObject({ kind: 'moved', places: 1, baseRank: 3, rank: 2 });
    expect(row(b, '西安').change).toMatchObject({ kind: 'moved', places: -1 });
    expect(row(b, '深圳').change).toMatchObject({ kind: 'moved', places: 0 });
    expect(row(b, '宁波').change).toEqual({ kind: 'new' });
    expect(row(b, '金华').change).toEqual({ kind: 'new' });
    expect(row(b, '福州').change).toEqual({ kind: 'none' });
    expect(b.comparedCount).toBe(3);
  });

  it('carries published growth, share, published rank, sparkline and gap notes', () => {
    const sz = row(b, '深圳');
    expect(sz.yoy?.value).toBe(3.1);
    expect(sz.sharePct).toBeCloseTo((330 / 1210) * 100, 10);
    expect(sz.publishedRank).toMatchObject({ rank: 1, scope: 'national_city' });
    expect(sz.cells[0]?.sourceId).toBe('S010');
    expect(b.sparkYears).toEqual([2023, 2024, 2025]);
    expect(sz.spark).toEqual([300, 320, 330]);
    expect(row(b, '宁波').spark).toEqual([120, null, 150]);
    const fz = row(b, '福州');
    expect(fz.value).toBeNull();
    expect(fz.gap).toBe('no_figure');
    expect(fz.gaps.map((g) => g.note)).toEqual(['growth only']);
  });

  it('stops the sparkline at the year shown', () => {
    expect(board({ year: 2024, baseYear: 2023 }).sparkYears).toEqual([2023, 2024]);
  });
});

describe('ranking board by derived metrics', () => {
  it('ranks by published growth (a growth-only entity is ranked)', () => {
    // 东莞 45.5, 深圳 3.1, 福州 −24, 西安 −33.3
    expect(
      board({ metric: 'yoy' })
        .rows.filter((r) => r.rank)
        .map((r) => [r.entity.shortZh, r.rank]),
    ).toEqual([
      ['东莞', 1],
      ['深圳', 2],
      ['福州', 3],
      ['西安', 4],
    ]);
  });

  it('contribution to national growth in pp against the base year', () => {
    const b = board({ metric: 'contribution' });
    expect(row(b, '东莞').value).toBeCloseTo((50 / 1100) * 100, 10); // 4.545 pp
    expect(row(b, '深圳').value).toBeCloseTo((10 / 1100) * 100, 10); // 0.909 pp
    expect(row(b, '西安').value).toBeCloseTo((-40 / 1100) * 100, 10); // −3.636 pp
    expect(row(b, '宁波')).toMatchObject({ value: null, gap: 'no_base_figure', rank: null });
    // Δrank of a change metric reports the total-trade rank change.
    expect(row(b, '东莞').change).toMatchObject({ kind: 'moved', places: 1 });
  });

  it('CAGR over the chosen span', () => {
    const b = board({ metric: 'cagr', spanStart: 2023 });
    expect(row(b, '东莞').value).toBeCloseTo((Math.sqrt(1.6) - 1) * 100, 10); // 26.49%
    expect(row(b, '宁波').value).toBeCloseTo((Math.sqrt(1.25) - 1) * 100, 10); // 11.80%
    expect(row(b, '深圳').value).toBeCloseTo((Math.sqrt(1.1) - 1) * 100, 10); // 4.88%
    expect(row(b, '西安').gap).toBe('no_start_figure');
    expect(b.rows.slice(0, 3).map((r) => r.entity.shortZh)).toEqual(['东莞', '宁波', '深圳']);
    expect(
      metricValue(index, asAdcode('440300'), 2025, 'cagr', { ...ctx, spanStart: 2025 }).gap,
    ).toBe('bad_span');
  });

  it('balance only where both flows were published', () => {
    const b = board({ metric: 'balance' });
    expect(row(b, '深圳').value).toBe(110);
    expect(row(b, '东莞').gap).toBe('no_exports_or_imports');
    expect(b.rankedCount).toBe(1);
  });

  it('export share: exports ÷ (exports + imports), only where both are known', () => {
    const b = board({ metric: 'exportShare' });
    // 深圳 2025: balance 110 is exports − imports; the share needs both parts.
    const { exports, imports } = world.dataset.figures.find(
      (f) => f.code === '440300' && f.year === 2025,
    )!.cells;
    expect(row(b, '深圳').value).toBeCloseTo(
      (exports!.value / (exports!.value + imports!.value)) * 100,
      10,
    );
    expect(row(b, '东莞').gap).toBe('no_exports_or_imports');
    expect(b.rankedCount).toBe(1);
  });

  it('share of the national total, and none without a national figure', () => {
    expect(row(board({ metric: 'share' }), '金华').value).toBeCloseTo((110 / 1210) * 100, 10);
    const noNation = indexFullYears(
      { ...world.dataset, figures: world.dataset.figures.filter((f) => f.code !== '100000') },
      world.reference,
    );
    expect(metricValue(noNation, asAdcode('440300'), 2025, 'share', ctx).gap).toBe('no_national');
  });

  it('ranks provinces separately from cities', () => {
    const b = board({ level: 'province' });
    expect(b.rows.map((r) => [r.entity.shortZh, r.rank, r.value])).toEqual([['广东', 1, 500]]);
  });
});
