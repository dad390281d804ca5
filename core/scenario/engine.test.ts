import { describe, expect, it } from 'vitest';
import { DEFAULT_ELASTICITIES, type Elasticities, type Shock } from './shocks';
import { compileShocks } from './slots';
import { recompute } from './engine';
import { notComputable, toRows } from './result-rows';
import { synthBaseline, synthPrepared, synthProfile } from './synth';

const run = (
  flows: Parameters<typeof synthBaseline>[0],
  profiles: ReturnType<typeof synthProfile>[],
  shocks: Shock[],
  e: Elasticities = DEFAULT_ELASTICITIES,
) => {
  const p = synthPrepared(synthBaseline(flows), profiles);
  const c = compileShocks(shocks, e);
  const r = recompute(p, c);
  return { p, c, r, rows: toRows(p, r, c) };
};

const usMinus20: Shock = { dimension: 'partner', category: 'us', flow: 'exports', pct: -20 };
const processingMinus15: Shock = {
  dimension: 'trade_mode',
  category: 'processing',
  flow: 'exports',
  pct: -15,
};

// City A: exports 1000, imports 500. 30% of its exports go to the US; 40% of its trade is processing.
const cityA = synthProfile('100001', [
  ['partner', 'export', { us: 30, eu: 20 }],
  ['trade_mode', 'total', { general: 50, processing: 40, bonded_logistics: 10 }],
]);

describe('engine: two-dimension interaction', () => {
  it('compounds partner and trade-mode shocks (the README example)', () => {
    // G_partner = 0.30 × −0.20 = −0.06; G_mode = 0.40 × −0.15 = −0.06
    // exports factor = (1 − 0.06)(1 − 0.06) = 0.8836 → 1000 → 883.6 (additive would give 880;
    // the +3.6 is the US-and-processing cell, 1000 × 0.3 × 0.4 = 120, hit by both: 120 × 0.2 × 0.15)
    const { rows } = run(
      { '100001': { exports: 1000, imports: 500 } },
      [cityA],
      [usMinus20, processingMinus15],
    );
    const a = rows[0]!;
    expect(a.exports.scenario).toBeCloseTo(883.6, 9);
    expect(a.exports.delta).toBeCloseTo(-116.4, 9);
    expect(a.imports.scenario).toBe(500);
    // total 1500 − 116.4 = 1383.6, i.e. −7.76%
    expect(a.total.scenario).toBeCloseTo(1383.6, 9);
    expect(a.total.deltaPct).toBeCloseTo(-7.76, 9);
  });

  it('applies one shock linearly', () => {
    // 1000 × (1 + 0.30 × −0.20) = 940
    const { rows } = run({ '100001': { exports: 1000, imports: 500 } }, [cityA], [usMinus20]);
    expect(rows[0]!.exports.scenario).toBeCloseTo(940, 9);
  });
});

describe('engine: ranks, shares of total trade and shares no step has', () => {
  // City B: exports 900, imports 550 (total 1450); only a total-trade US share of 5%; no trade
  // modes, and no province or nation to stand in.
  const cityB = synthProfile('100002', [['partner', 'total', { us: 5 }]]);
  const cityB2 = synthProfile('100002', [
    ['partner', 'total', { us: 5 }],
    ['trade_mode', 'total', { processing: 0 }],
  ]);
  const flows = {
    '100001': { exports: 1000, imports: 500 },
    '100002': { exports: 900, imports: 550 },
  };

  it('re-ranks with shared ranks and reports rank changes', () => {
    // A: 1383.6 (above). B (no processing trade): exports 900 × (1 − 0.05 × 0.2) = 891 → 1441.
    const { rows, r } = run(flows, [cityA, cityB2], [usMinus20, processingMinus15]);
    const [a, b] = rows;
    expect(b!.total.scenario).toBeCloseTo(1441, 9);
    expect([a!.total.rank, a!.total.newRank, a!.total.deltaRank]).toEqual([1, 2, -1]);
    expect([b!.total.rank, b!.total.newRank, b!.total.deltaRank]).toEqual([2, 1, 1]);
    expect(r.total.ranked).toBe(2);
  });

  it('never counts a share no step has as 0: the result is not computable, and not ranked', () => {
    const { rows, p, r, c } = run(flows, [cityA, cityB], [usMinus20, processingMinus15]);
    expect(rows[0]!.notComputable).toBe(false);
    expect(rows[1]!.notComputable).toBe(true);
    const b = rows[1]!.total;
    expect([b.status, b.scenario, b.delta, b.low, b.high]).toEqual([
      'not_computable',
      null,
      null,
      null,
      null,
    ]);
    // The base rank stays (it is the Rankings view's); no new rank, and A's is among A alone.
    expect([b.rank, b.newRank, b.deltaRank]).toEqual([2, null, null]);
    expect([rows[0]!.total.newRank, rows[0]!.total.deltaRank]).toEqual([1, 0]);
    const usB = rows[1]!.usedShares.find((u) => u.category === 'us')!;
    expect(usB.shareOf).toBe('total');
    const missing = notComputable(p, r, c);
    expect(missing.map((m) => m.code)).toEqual(['100002']);
    expect(missing[0]!.missing.map((m) => `${m.dimension}:${m.category}:${m.reason}`)).toEqual([
      'trade_mode:processing:no_share',
    ]);
    expect(missing[0]!.missing[0]!.tried).toEqual(['100002', '100000']);
  });

  it('gives ties the same rank', () => {
    const { rows } = run(
      {
        '1': { total: 10, exports: 6, imports: 4 },
        '2': { exports: 5, imports: 5 },
        '3': { exports: 1, imports: 1 },
      },
      [],
      [],
    );
    expect(rows.map((x) => x.total.newRank)).toEqual([1, 1, 3]);
  });
});

describe('engine: totals without an exports/imports split', () => {
  // City C: only a total of 1400; 10% of its trade is with the US, 20% is processing.
  const cityC = synthProfile('100003', [
    ['partner', 'total', { us: 10 }],
    ['trade_mode', 'total', { processing: 20 }],
  ]);

  it('without a split on any step: a range for flow-specific shocks, with no new rank', () => {
    // If all trade were exports: 1400 × (1 − 0.1 × 0.2)(1 − 0.2 × 0.15) = 1400 × 0.98 × 0.97
    // = 1330.84; if all were imports: 1400. The export share is unknown, so [1330.84, 1400].
    const { rows, r } = run({ '100003': { total: 1400 } }, [cityC], [usMinus20, processingMinus15]);
    const t = rows[0]!.total;
    expect(t.status).toBe('range_only');
    expect(t.scenario).toBeNull();
    expect(t.low).toBeCloseTo(1330.84, 9);
    expect(t.high).toBeCloseTo(1400, 9);
    expect([t.rank, t.newRank]).toEqual([1, null]);
    expect(r.total.ranked).toBe(0);
  });

  it('gives a point when the shock hits both flows alike', () => {
    // 1400 × (1 − 0.1 × 0.2) = 1372 whatever the export share
    const { rows } = run({ '100003': { total: 1400 } }, [cityC], [{ ...usMinus20, flow: 'both' }]);
    expect(rows[0]!.total.scenario).toBeCloseTo(1372, 9);
    expect(rows[0]!.total.newRank).toBe(1);
  });
});

describe('engine: products, commodities and processing imports', () => {
  it('compounds an "of which" shock with its parent', () => {
    // G = 0.6 × −0.10 + 0.2 × −0.05 × (1 − 0.10) = −0.06 − 0.009 = −0.069 → 1000 → 931
    const prof = synthProfile('1', [['product', 'export', { mech_elec: 60, high_tech: 20 }]]);
    const { rows } = run(
      { '1': { exports: 1000, imports: 0 } },
      [prof],
      [
        { dimension: 'product', category: 'mech_elec', flow: 'exports', pct: -10 },
        { dimension: 'product', category: 'high_tech', flow: 'exports', pct: -5 },
      ],
    );
    expect(rows[0]!.exports.scenario).toBeCloseTo(931, 9);
  });

  it('turns an import price change into a value change with ε_P', () => {
    // g = (1 + 0.15)(1 − 0.1 × 0.15) − 1 = 1.15 × 0.985 − 1 = 0.13275; 1000 × 0.3 × 0.13275 = 39.825
    const prof = synthProfile('1', [['import_commodity', 'import', { iron_ore: 30 }]]);
    const { rows } = run(
      { '1': { exports: 0, imports: 1000 } },
      [prof],
      [{ dimension: 'import_commodity', category: 'iron_ore', flow: 'imports', pct: 15 }],
    );
    expect(rows[0]!.imports.delta).toBeCloseTo(39.825, 9);
  });

  it('applies ε_Y to a partner-GDP shock', () => {
    // 1000 × (1 + 0.3 × 1.3 × −0.02) = 1000 × 0.9922 = 992.2
    const { rows } = run(
      { '100001': { exports: 1000, imports: 500 } },
      [cityA],
      [{ dimension: 'partner_gdp', category: 'us', flow: 'exports', pct: -2 }],
    );
    expect(rows[0]!.exports.scenario).toBeCloseTo(992.2, 9);
  });

  it('moves processing imports only when κ is set', () => {
    // F_proc − 1 = (1 − 0.06) − 1 = −0.06 (processing exports follow the US shock);
    // Δimports = κ × X × s_proc × −0.06 = 0.5 × 1000 × 0.4 × −0.06 = −12 → 488
    const flows = { '100001': { exports: 1000, imports: 500 } };
    const off = run(flows, [cityA], [usMinus20]);
    expect(off.rows[0]!.imports.scenario).toBe(500);
    const on = run(flows, [cityA], [usMinus20], {
      ...DEFAULT_ELASTICITIES,
      processingImportContent: 0.5,
    });
    expect(on.rows[0]!.imports.scenario).toBeCloseTo(488, 9);
  });
});
