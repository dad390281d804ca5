/**
 * Synthesised fixtures for scenario tests and the benchmark: profiles and baselines built in code,
 * so each test states exactly the shares and values its arithmetic uses. Not used by the app.
 */
import { asAdcode, type Level } from '../model';
import type { Baseline, BaselineEntity } from './baseline';
import { mulberry32 } from './prng';
import { missingShare, withResidual } from './residual';
import {
  DIMENSION_CATEGORIES,
  type DimensionExposure,
  type ExposureDimension,
  type ExposureOrigin,
  type ExposureProfile,
  type ShareBasis,
  type ShareProvenance,
} from './types';

export interface SynthDimensionOptions {
  origin?: ExposureOrigin;
  provenance?: ShareProvenance;
}

/** A dimension with the given shares in %; other categories missing; residual computed. */
export function synthDimension(
  dimension: ExposureDimension,
  basis: ShareBasis,
  pcts: Readonly<Record<string, number>>,
  opts: SynthDimensionOptions = {},
): DimensionExposure {
  const origin = opts.origin ?? 'own';
  const provenance = opts.provenance ?? (origin === 'own' ? 'published' : origin);
  const shares = DIMENSION_CATEGORIES[dimension].map((category) => {
    const pct = pcts[category];
    if (pct === undefined) return missingShare(category);
    return { ...missingShare(category, 'synth'), pct, provenance, year: 2025, period: 'full_year' };
  });
  return withResidual({ dimension, basis, origin, fromCode: asAdcode('000000'), shares, memo: [] });
}

export type SynthDimensionSpec = [
  ExposureDimension,
  ShareBasis,
  Record<string, number>,
  SynthDimensionOptions?,
];

export function synthProfile(
  code: string,
  dims: SynthDimensionSpec[],
  baseYear = 2025,
): ExposureProfile {
  return {
    code: asAdcode(code),
    baseYear,
    dimensions: dims.map(([d, b, pcts, opts]) => synthDimension(d, b, pcts, opts)),
  };
}

export interface SynthFlows {
  total?: number;
  exports?: number;
  imports?: number;
}

/** A baseline from plain numbers; kind follows from which values are given. */
export function synthBaseline(
  flows: Readonly<Record<string, SynthFlows>>,
  year = 2025,
  level: Level = 'city',
): Baseline {
  const entities: BaselineEntity[] = Object.entries(flows).map(([code, f]) => {
    const split = f.exports !== undefined && f.imports !== undefined;
    const total = f.total ?? (split ? (f.exports as number) + (f.imports as number) : null);
    return {
      code: asAdcode(code),
      kind: split ? 'split' : total !== null ? 'total_only' : 'flow_only',
      total,
      exports: f.exports ?? null,
      imports: f.imports ?? null,
      totalFromFlows: f.total === undefined && split,
      sources: {},
      flags: {},
    };
  });
  return { year, level, entities, noBaseline: [] };
}

/**
 * `n` entities with full profiles and split baselines drawn from a seeded generator, for the
 * benchmark and property tests: deterministic for a given seed.
 */
export function synthProfiles(
  n: number,
  seed = 1,
): { baseline: Baseline; profiles: ExposureProfile[] } {
  const rand = mulberry32(seed);
  const flows: Record<string, SynthFlows> = {};
  const profiles: ExposureProfile[] = [];
  const parts = (cats: string[], room: number): Record<string, number> => {
    const out: Record<string, number> = {};
    let left = room;
    for (const c of cats) {
      const v = Math.round(rand() * left * 0.5 * 10) / 10;
      out[c] = v;
      left -= v;
    }
    return out;
  };
  for (let i = 0; i < n; i++) {
    const code = String(110000 + i * 100);
    const exports = Math.round(50 + rand() * 20000);
    flows[code] = { exports, imports: Math.round(exports * (0.3 + rand())) };
    const partner = parts(
      ['us', 'eu', 'asean', 'japan', 'korea', 'hong_kong', 'latin_america', 'africa'],
      90,
    );
    const me = Math.round(rand() * 800) / 10;
    const specs: SynthDimensionSpec[] = [
      ['partner', 'total', partner],
      [
        'product',
        'export',
        { mech_elec: me, high_tech: me / 3, new_three: me / 10, labour_intensive: (100 - me) / 3 },
      ],
      ['trade_mode', 'total', parts(['general', 'processing', 'bonded_logistics'], 100)],
      [
        'import_commodity',
        'import',
        parts(['crude_oil', 'iron_ore', 'copper_ore', 'soybeans', 'integrated_circuits'], 60),
      ],
    ];
    if (i % 7 === 0) specs.push(['partner', 'export', partner, { origin: 'province_proxy' }]);
    profiles.push(synthProfile(code, specs));
  }
  return { baseline: synthBaseline(flows), profiles };
}
