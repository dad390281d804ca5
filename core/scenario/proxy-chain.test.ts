import { describe, expect, it } from 'vitest';
import { asAdcode } from '../model';
import { recompute } from './engine';
import { indexShares, isChainShare, resolveSlots, type ChainInput } from './proxy-chain';
import { DEFAULT_PROXY_RANGE, proxyRange } from './proxy-range';
import { toRows } from './result-rows';
import type { Shock } from './shocks';
import { compileShocks, slotIndex } from './slots';
import { synthBaseline, synthPrepared, synthProfile, synthSplit } from './synth';
import { DEFAULT_ELASTICITIES } from './shocks';

// A synthesised exposure table with one entity per step of the chain:
//   100000 the nation: US 9.6% of exports (2025)
//   440000 a province: US 12% of total trade (2023)
//   440300 a city with its own 2025 US export share, 20%
//   441900 a city with only an own 2024 US share of total trade, 10.5%
//   441300 a city of the province with no share of its own
//   610100 a city of another province (no province shares) with none of its own
const NATION = '100000';
const profiles = [
  synthProfile(NATION, [['partner', 'export', { us: 9.6 }]]),
  synthProfile('440000', [['partner', 'total', { us: 12 }, { year: 2023 }]]),
  synthProfile('440300', [
    ['partner', 'export', { us: 20 }],
    ['partner', 'total', { us: 15 }, { year: 2024 }],
  ]),
  synthProfile('441900', [['partner', 'total', { us: 10.5 }, { year: 2024 }]]),
];
const provinces = {
  '440300': '440000',
  '441900': '440000',
  '441300': '440000',
  '610100': '610000',
};
const US = slotIndex('exports', 'partner', 'us');
const IRON = slotIndex('imports', 'import_commodity', 'iron_ore');

function chain(over: Partial<ChainInput> = {}): ChainInput {
  return {
    profiles,
    provinceOf: (code) => (provinces[code as keyof typeof provinces] as never) ?? null,
    nationalCode: asAdcode(NATION),
    askUser: [],
    baseYear: 2025,
    rule: DEFAULT_PROXY_RANGE,
    ...over,
  };
}
const slotOf = (code: string, slot: number, over: Partial<ChainInput> = {}) => {
  const input = chain(over);
  return resolveSlots(asAdcode(code), input, indexShares(input.profiles))[slot]!;
};

describe('proxy chain, step by step', () => {
  it("1. own share for the base year, on the flow's own basis first", () => {
    const s = slotOf('440300', US);
    expect(isChainShare(s) && [s.step, s.pct, s.shareOf, s.year, s.low, s.high]).toEqual([
      'own',
      20,
      'export',
      2025,
      20,
      20,
    ]);
  });

  it('2. own share from the nearest earlier year (a share of total trade standing in), ×0.8–×1.2', () => {
    const s = slotOf('441900', US);
    expect(isChainShare(s) && [s.step, s.pct, s.shareOf, s.year, s.fromCode]).toEqual([
      'own_earlier',
      10.5,
      'total',
      2024,
      '441900',
    ]);
    expect(isChainShare(s) && [s.low, s.high]).toEqual([8.4, expect.closeTo(12.6, 12)]);
  });

  it("3. the province's share, ×0.5–×1.5", () => {
    const s = slotOf('441300', US);
    expect(isChainShare(s) && [s.step, s.pct, s.fromCode, s.year, s.low, s.high]).toEqual([
      'province',
      12,
      '440000',
      2023,
      6,
      18,
    ]);
  });

  it('4. the national share, ×0.5–×1.5', () => {
    const s = slotOf('610100', US);
    expect(isChainShare(s) && [s.step, s.pct, s.fromCode, s.low, s.high]).toEqual([
      'national',
      9.6,
      NATION,
      4.8,
      expect.closeTo(14.4, 12),
    ]);
  });

  it('0. a user share beats every step and has no range', () => {
    const withUser = [
      ...profiles.filter((p) => p.code !== '441300'),
      synthProfile('441300', [['partner', 'export', { us: 25 }, { origin: 'user' }]]),
    ];
    const s = slotOf('441300', US, { profiles: withUser });
    expect(isChainShare(s) && [s.step, s.pct, s.low, s.high]).toEqual(['user', 25, 25, 25]);
  });

  it('none: not computable, with the entities tried; an asked-for share takes no proxy', () => {
    const s = slotOf('441300', IRON);
    expect(s).toEqual({
      step: null,
      reason: 'no_share',
      tried: ['441300', '440000', NATION],
      note: '',
    });
    const ask = { code: asAdcode('441300'), dimension: 'partner', basis: 'export', category: 'us' };
    const asked = slotOf('441300', US, { askUser: [{ ...ask, note: 'ask' }] as never });
    expect(asked).toMatchObject({ step: null, reason: 'ask_user', note: 'ask' });
  });

  it('a province-level entity goes from its own shares straight to the nation', () => {
    const s = slotOf('440000', slotIndex('exports', 'partner', 'eu'));
    expect(s.step).toBeNull();
    expect(slotOf('440000', US)).toMatchObject({ step: 'own_earlier', pct: 12 });
  });
});

describe('the range rule', () => {
  it("multiplies a stand-in by its step's factors, within 0…cap; own and user shares stay points", () => {
    expect(proxyRange(10, 'national', DEFAULT_PROXY_RANGE)).toEqual([5, 15]);
    expect(proxyRange(80, 'province', DEFAULT_PROXY_RANGE)).toEqual([40, 100]);
    expect(proxyRange(0.7, 'own_earlier', DEFAULT_PROXY_RANGE, 1)).toEqual([
      expect.closeTo(0.56, 12),
      expect.closeTo(0.84, 12),
    ]);
    expect(proxyRange(10, 'own', DEFAULT_PROXY_RANGE)).toEqual([10, 10]);
    expect(proxyRange(10, 'constructor', DEFAULT_PROXY_RANGE)).toEqual([10, 10]);
  });

  it("widens a result into a range; the point uses the stand-in's value", () => {
    // 610100: exports 1000, imports 500; national US 9.6% ×0.5–×1.5 = 4.8%–14.4%; US −20%:
    // point 1500 − 1000 × 0.096 × 0.2 = 1480.8; range 1500 − 1000 × [0.144, 0.048] × 0.2.
    const p = synthPrepared(
      synthBaseline({ '610100': { exports: 1000, imports: 500 } }),
      profiles,
      {
        provinces,
      },
    );
    const shock: Shock = { dimension: 'partner', category: 'us', flow: 'exports', pct: -20 };
    const c = compileShocks([shock], DEFAULT_ELASTICITIES);
    const [row] = toRows(p, recompute(p, c), c);
    expect(row!.total.scenario).toBeCloseTo(1480.8, 9);
    expect(row!.total.low).toBeCloseTo(1471.2, 9);
    expect(row!.total.high).toBeCloseTo(1490.4, 9);
    expect(row!.usesProxy).toBe(true);
  });
});

describe('no silent zeros, and linearity', () => {
  const flows = {
    '440300': { exports: 1000, imports: 800 },
    '441900': { exports: 600, imports: 300 },
    '441300': { total: 500 },
    '610100': { exports: 200, imports: 100 },
  };
  const splits = { '441300': synthSplit(0.6) };
  const p = synthPrepared(synthBaseline(flows), profiles, { provinces, splits });
  const rows = (pct: number) => {
    const c = compileShocks(
      [{ dimension: 'partner', category: 'us', flow: 'exports', pct }],
      DEFAULT_ELASTICITIES,
    );
    return toRows(p, recompute(p, c), c);
  };

  it('every city with trade loses under US −20%', () => {
    for (const r of rows(-20)) {
      expect(r.total.status).toBe('point');
      expect(r.total.delta).toBeLessThan(0);
      expect(r.total.low).toBeLessThan(r.total.baseline!);
    }
  });

  it('a zero shock changes nothing, and halving the shock halves every change', () => {
    for (const r of rows(0)) {
      const t = r.total;
      expect([t.delta, t.low, t.high]).toEqual([0, t.baseline, t.baseline]);
    }
    const full = rows(-20);
    const half = rows(-10);
    full.forEach((r, k) => {
      const h = half[k]!.total;
      expect(h.delta).toBeCloseTo(r.total.delta! / 2, 9);
      expect(h.low! - h.baseline!).toBeCloseTo((r.total.low! - r.total.baseline!) / 2, 9);
      expect(h.high! - h.baseline!).toBeCloseTo((r.total.high! - r.total.baseline!) / 2, 9);
    });
  });

  it('a total-only city uses its borrowed split: T·w·s·g, the range over s and w', () => {
    // 441300: 500 × 0.6 (own 2023 split) × 12% (province) × −0.2 = −7.2; low end at the largest
    // w and s: 500 × 0.72 × 0.18 × −0.2 = −12.96; high end 500 × 0.48 × 0.06 × −0.2 = −2.88.
    const r = rows(-20).find((x) => x.code === '441300')!;
    expect(r.total.delta).toBeCloseTo(-7.2, 9);
    expect(r.total.low).toBeCloseTo(500 - 12.96, 9);
    expect(r.total.high).toBeCloseTo(500 - 2.88, 9);
    expect(r.split?.step).toBe('own_earlier');
  });
});
