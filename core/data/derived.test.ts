import { describe, expect, it } from 'vitest';
import {
  balance,
  cagrPct,
  competitionRanks,
  contributionPp,
  rankChange,
  sharePct,
} from './derived';

describe('derived measures (hand-computed)', () => {
  it('balance is exports − imports only when both exist', () => {
    expect(balance(220, 110)).toBe(110);
    expect(balance(100, 160)).toBe(-60);
    expect(balance(220, null)).toBeNull();
    expect(balance(null, 110)).toBeNull();
  });

  it('share needs a positive whole', () => {
    expect(sharePct(330, 1210)).toBeCloseTo(27.2727, 4);
    expect(sharePct(330, null)).toBeNull();
    expect(sharePct(330, 0)).toBeNull();
    expect(sharePct(null, 1210)).toBeNull();
  });

  it('contribution to national growth = (V_t − V_base) / N_base × 100', () => {
    // (160 − 110) / 1100 × 100 = 4.5454… pp
    expect(contributionPp(160, 110, 1100)).toBeCloseTo(4.54545, 4);
    // A fall contributes negatively: (80 − 120) / 1100 × 100 = −3.6363… pp
    expect(contributionPp(80, 120, 1100)).toBeCloseTo(-3.63636, 4);
    expect(contributionPp(160, null, 1100)).toBeNull();
    expect(contributionPp(160, 110, null)).toBeNull();
    expect(contributionPp(null, 110, 1100)).toBeNull();
  });

  it('contributions of all parts sum to the whole growth rate', () => {
    // Nation 1000 → 1100 (+10%) made of parts 600 → 640 and 400 → 460.
    const sum = contributionPp(640, 600, 1000)! + contributionPp(460, 400, 1000)!;
    expect(sum).toBeCloseTo(10, 10);
  });

  it('CAGR = (V_t / V_s)^(1 / (t − s)) − 1', () => {
    // √(330 / 300) − 1 = √1.1 − 1 = 0.048808…
    expect(cagrPct(300, 330, 2023, 2025)).toBeCloseTo(4.88088, 4);
    // One year: plain growth, 150 / 120 − 1 = 25%
    expect(cagrPct(120, 150, 2024, 2025)).toBeCloseTo(25, 10);
    // Three years of halving... (12.5 / 100)^(1/3) − 1 = −50%
    expect(cagrPct(100, 12.5, 2022, 2025)).toBeCloseTo(-50, 10);
  });

  it('CAGR refuses missing, non-positive values and empty spans', () => {
    expect(cagrPct(null, 330, 2023, 2025)).toBeNull();
    expect(cagrPct(300, null, 2023, 2025)).toBeNull();
    expect(cagrPct(0, 330, 2023, 2025)).toBeNull();
    expect(cagrPct(-5, 330, 2023, 2025)).toBeNull();
    expect(cagrPct(300, 330, 2025, 2025)).toBeNull();
    expect(cagrPct(300, 330, 2026, 2025)).toBeNull();
  });

  it('ties share a competition rank and skip the next (1, 2, 2, 4); gaps get none', () => {
    const ranks = competitionRanks([
      { key: 'a', value: 10 },
      { key: 'b', value: 30 },
      { key: 'c', value: 20 },
      { key: 'd', value: 20 },
      { key: 'e', value: null },
    ]);
    expect([...ranks.entries()].sort()).toEqual([
      ['a', 4],
      ['b', 1],
      ['c', 2],
      ['d', 2],
    ]);
  });

  it('rank change: climbing is positive, a missing base is new, a missing rank is none', () => {
    expect(rankChange(3, 1)).toEqual({ kind: 'moved', places: 2, baseRank: 3, rank: 1 });
    expect(rankChange(2, 5)).toEqual({ kind: 'moved', places: -3, baseRank: 2, rank: 5 });
    expect(rankChange(4, 4)).toMatchObject({ kind: 'moved', places: 0 });
    expect(rankChange(null, 1)).toEqual({ kind: 'new' });
    expect(rankChange(2, null)).toEqual({ kind: 'none' });
  });
});
