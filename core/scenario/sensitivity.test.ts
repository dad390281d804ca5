import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createResult, recompute } from './engine';
import { evaluateEntity } from './evaluate';
import type { ScenarioSpec } from './params';
import { breakeven, elasticityRuns, tornado } from './sensitivity';
import { DEFAULT_ELASTICITIES, type Shock } from './shocks';
import { compileShocks } from './slots';
import { synthBaseline, synthPrepared, synthProfile, synthProfiles } from './synth';

// A: exports 1000, imports 500; 30% of exports to the US; 40% of trade is processing.
// B: exports 900, imports 550; 5% of trade with the US; no processing trade.
// Neither has a new-three share; C has no processing share on any step.
const prepared = synthPrepared(
  synthBaseline({
    A: { exports: 1000, imports: 500 },
    B: { exports: 900, imports: 550 },
    C: { exports: 100, imports: 100 },
  }),
  [
    synthProfile('A', [
      ['partner', 'export', { us: 30 }],
      ['trade_mode', 'total', { processing: 40 }],
      ['product', 'export', { new_three: 0 }],
    ]),
    synthProfile('B', [
      ['partner', 'total', { us: 5 }],
      ['trade_mode', 'total', { processing: 0 }],
      ['product', 'export', { new_three: 0 }],
    ]),
    synthProfile('C', [['partner', 'total', { us: 5 }]]),
  ],
);
const us: Shock = { dimension: 'partner', category: 'us', flow: 'exports', pct: -20 };
const processing: Shock = {
  dimension: 'trade_mode',
  category: 'processing',
  flow: 'exports',
  pct: -15,
};
const spec: ScenarioSpec = { shocks: [us, processing], elasticities: DEFAULT_ELASTICITIES };
const usRef = { kind: 'shock', dimension: 'partner', category: 'us', flow: 'exports' } as const;

describe('tornado', () => {
  it('sorts bars by impact', () => {
    // US −25/−15: total = 500 + 1000 × (1 + 0.3g) × 0.94 → 1369.5 / 1397.7, impact 28.2
    // processing −20/−10: 500 + 1000 × 0.94 × (1 + 0.4g) → 1364.8 / 1402.4, impact 37.6
    const t = tornado(prepared, spec, 0, { shockStepPct: 5 });
    expect(t.ok).toBe(true);
    if (!t.ok) return;
    expect(t.value.base).toBeCloseTo(1383.6, 9);
    expect(t.value.bars.map((b) => b.param)).toEqual([
      'trade_mode:processing:exports',
      'partner:us:exports',
    ]);
    const [first, second] = t.value.bars;
    expect([first!.lowResult, first!.highResult, first!.impact]).toEqual([
      expect.closeTo(1364.8, 9),
      expect.closeTo(1402.4, 9),
      expect.closeTo(37.6, 9),
    ]);
    expect(second!.impact).toBeCloseTo(28.2, 9);
  });

  it('includes the elasticities a scenario uses, at their sourced ends', () => {
    const gdp: ScenarioSpec = {
      shocks: [{ dimension: 'partner_gdp', category: 'us', flow: 'exports', pct: -2 }],
      elasticities: DEFAULT_ELASTICITIES,
    };
    const t = tornado(prepared, gdp, 0, { measure: 'exports' });
    const bar = t.ok
      ? t.value.bars.find((b) => b.param === 'elasticity:incomeElasticity')
      : undefined;
    // ε_Y 1.0 → 1000 × (1 − 0.3 × 0.02) = 994; ε_Y 2.3 → 1000 × (1 − 0.3 × 0.046) = 986.2
    expect([bar?.lowValue, bar?.highValue]).toEqual([1.0, 2.3]);
    expect(bar?.lowResult).toBeCloseTo(994, 9);
    expect(bar?.highResult).toBeCloseTo(986.2, 9);
  });
});

describe('tornado: stand-in shares and empty charts', () => {
  it('adds a bar per stand-in share, moved to the ends of its range, so the largest shows', () => {
    // D: exports 1000; US share national 10% (×0.5–×1.5), processing own 2025 20%. US −20%,
    // processing −15%. Moving the US share 5%…15%: 1000 × (1 − s × 0.2) × 0.97 → 960.3 / 941.
    const p = synthPrepared(synthBaseline({ D: { exports: 1000, imports: 0 } }), [
      synthProfile('100000', [['partner', 'export', { us: 10 }]]),
      synthProfile('D', [['trade_mode', 'export', { processing: 20 }]]),
    ]);
    const t = tornado(p, spec, 0);
    expect(t.ok).toBe(true);
    if (!t.ok) return;
    const bar = t.value.bars.find((b) => b.param === 'share:exports:partner:us')!;
    expect([bar.lowValue, bar.highValue]).toEqual([5, expect.closeTo(15, 12)]);
    expect(bar.lowResult).toBeCloseTo(960.3, 9);
    expect(bar.highResult).toBeCloseTo(940.9, 9);
    // The own processing share is no stand-in: no bar for it.
    expect(t.value.bars.some((b) => b.param.startsWith('share:exports:trade_mode'))).toBe(false);
  });

  it('says why there is no tornado: which shares no step has', () => {
    const t = tornado(prepared, spec, 2);
    expect(t.ok).toBe(false);
    if (t.ok) return;
    expect(t.error).toMatchObject({ kind: 'not_computable', code: 'C' });
  });
});

describe('breakeven', () => {
  it('finds the US shock at which A passes B', () => {
    // A(x) = 500 + 1000 × (1 + 0.3x) × 0.94 = 1440 + 282x; B(x) = 550 + 900 × (1 + 0.05x) = 1450 + 45x
    // A = B at x = 10 / 237 = 4.2194% (the smallest shock in absolute value)
    const r = breakeven(prepared, spec, usRef, 0, 1);
    expect(r.ok && r.value?.shockPct).toBeCloseTo((10 / 237) * 100, 6);
    expect(r.ok && r.value?.alreadyAhead).toBe(false);
  });

  it('reports already ahead, and null when no shock within ±100% will do', () => {
    const ahead = breakeven(prepared, spec, usRef, 1, 0);
    expect(ahead.ok && ahead.value).toMatchObject({ shockPct: 0, alreadyAhead: true });
    const none = breakeven(
      prepared,
      spec,
      { ...usRef, dimension: 'product', category: 'new_three' },
      0,
      1,
    );
    expect(none).toEqual({ ok: true, value: null });
  });

  it('says which share is missing instead of answering for a city that is not computable', () => {
    const r = breakeven(prepared, spec, usRef, 2, 0);
    expect(r.ok).toBe(false);
    if (r.ok || r.error === 'not_a_shock') return;
    expect(r.error.kind).toBe('not_computable');
    expect(r.error.code).toBe('C');
    if (r.error.kind !== 'not_computable') return;
    expect(r.error.missing.map((m) => `${m.flow}:${m.dimension}:${m.category}`)).toEqual([
      'exports:trade_mode:processing',
    ]);
  });

  it('refuses an elasticity parameter', () => {
    expect(
      breakeven(prepared, spec, { kind: 'elasticity', name: 'incomeElasticity' }, 0, 1).ok,
    ).toBe(false);
  });
});

describe('elasticity runs', () => {
  it('runs the low, default and high ends of the sourced ranges', () => {
    const gdp: ScenarioSpec = {
      shocks: [{ dimension: 'partner_gdp', category: 'us', flow: 'exports', pct: -2 }],
      elasticities: DEFAULT_ELASTICITIES,
    };
    const runs = elasticityRuns(prepared, gdp);
    // 1000 × (1 − 0.3 × ε × 0.02) for ε = 1.0, 1.3, 2.3
    expect(runs.low.exports.scenario[0]).toBeCloseTo(994, 9);
    expect(runs.default.exports.scenario[0]).toBeCloseTo(992.2, 9);
    expect(runs.high.exports.scenario[0]).toBeCloseTo(986.2, 9);
  });
});

describe('evaluateEntity', () => {
  it('agrees with recompute for any shocks', () => {
    const { prepared: p } = synthProfiles(25, 3);
    const shock = fc.record({
      dimension: fc.constantFrom('partner', 'trade_mode'),
      category: fc.constantFrom('us', 'eu', 'processing', 'general'),
      flow: fc.constantFrom('exports', 'imports', 'both'),
      pct: fc.double({ min: -100, max: 100, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(shock, { maxLength: 4 }),
        fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
        (shocks, k) => {
          const valid = shocks.filter(
            (s) => (s.dimension === 'partner') === ['us', 'eu'].includes(s.category),
          ) as Shock[];
          const c = compileShocks(valid, { ...DEFAULT_ELASTICITIES, processingImportContent: k });
          const r = recompute(p, c, createResult(p));
          for (let i = 0; i < p.n; i++) {
            for (const m of ['total', 'exports', 'imports'] as const) {
              const one = evaluateEntity(p, c, i, m);
              const same = (a: number, b: number) =>
                Number.isNaN(a) ? expect(b).toBeNaN() : expect(a).toBeCloseTo(b, 6);
              same(one.value, r[m].scenario[i] as number);
              same(one.low, r[m].low[i] as number);
              same(one.high, r[m].high[i] as number);
              expect(one.status).toBe(r[m].status[i]);
            }
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});
