/**
 * Synthesised fixtures for scenario tests and the benchmark: profiles and baselines built in code,
 * so each test states exactly the shares and values its arithmetic uses. Not used by the app.
 */
import { asAdcode, asSourceId, type Adcode, type Level } from '../model';
import type { Baseline, BaselineEntity } from './baseline';
import { prepareScenario, type EntityExposure, type PreparedScenario } from './engine';
import { indexShares, resolveSlots, type ChainInput } from './proxy-chain';
import { DEFAULT_PROXY_RANGE, proxyRange, type ProxyRangeRule } from './proxy-range';
import type { SplitShare } from './trade-split';
import { mulberry32 } from './prng';
import { missingShare, withResidual } from './residual';
import {
  DIMENSION_CATEGORIES,
  type AskUser,
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
  /** Year of the shares (default 2025, the synthesised base year). */
  year?: number;
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
  const year = opts.year ?? 2025;
  const shares = DIMENSION_CATEGORIES[dimension].map((category) => {
    const pct = pcts[category];
    if (pct === undefined) return missingShare(category);
    return { ...missingShare(category, 'synth'), pct, provenance, year, period: 'full_year' };
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

export interface SynthChainOptions {
  /** Province of each city code (default: none). */
  provinces?: Readonly<Record<string, string>>;
  nationalCode?: string;
  baseYear?: number;
  rule?: Readonly<ProxyRangeRule>;
  askUser?: AskUser[];
  /** Borrowed export/import splits of total-only entities. */
  splits?: Readonly<Record<string, SplitShare>>;
}

/**
 * A prepared layout from synthesised baselines and own profiles, through the real proxy chain:
 * profiles of provinces and of the nation (code `nationalCode`, default 100000) are the proxies.
 */
export function synthPrepared(
  baseline: Baseline,
  profiles: readonly ExposureProfile[],
  opts: SynthChainOptions = {},
): PreparedScenario {
  const chain: ChainInput = {
    profiles,
    provinceOf: (code) => (opts.provinces?.[code] as Adcode | undefined) ?? null,
    nationalCode: asAdcode(opts.nationalCode ?? '100000'),
    askUser: opts.askUser ?? [],
    baseYear: opts.baseYear ?? baseline.year,
    rule: opts.rule ?? DEFAULT_PROXY_RANGE,
  };
  const index = indexShares(profiles);
  const exposures = new Map<string, EntityExposure>(
    baseline.entities.map((e) => [
      e.code,
      {
        code: e.code,
        slots: resolveSlots(e.code, chain, index),
        split: opts.splits?.[e.code] ?? null,
      },
    ]),
  );
  return prepareScenario(baseline, exposures);
}

/** A borrowed split for a synthesised total-only entity (fraction of exports, range by the rule). */
export function synthSplit(
  exportShare: number,
  step: SplitShare['step'] = 'own_earlier',
  rule: Readonly<ProxyRangeRule> = DEFAULT_PROXY_RANGE,
): SplitShare {
  const [low, high] = proxyRange(exportShare, step, rule, 1);
  return {
    step,
    exportShare,
    low,
    high,
    year: 2023,
    fromCode: asAdcode('000000'),
    exportsSourceId: asSourceId('S001'),
    importsSourceId: asSourceId('S001'),
  };
}

/**
 * `n` entities with full profiles and split baselines drawn from a seeded generator, for the
 * benchmark and property tests: deterministic for a given seed. Every 7th entity has no partner
 * shares of its own (the national profile, code 100000, stands in), every 5th publishes only a
 * total and borrows its split from an earlier year.
 */
export function synthProfiles(
  n: number,
  seed = 1,
): { baseline: Baseline; profiles: ExposureProfile[]; prepared: PreparedScenario } {
  const rand = mulberry32(seed);
  const flows: Record<string, SynthFlows> = {};
  const splits: Record<string, SplitShare> = {};
  const profiles: ExposureProfile[] = [
    synthProfile('100000', [
      ['partner', 'export', { us: 14.7, eu: 14.8, asean: 16.4, japan: 4.5, korea: 4.4 }],
      ['partner', 'import', { us: 6.3, eu: 10.6, asean: 15.3, japan: 6.2, korea: 7.1 }],
    ]),
  ];
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
    const imports = Math.round(exports * (0.3 + rand()));
    if (i % 5 === 0) {
      flows[code] = { total: exports + imports };
      splits[code] = synthSplit(exports / (exports + imports));
    } else flows[code] = { exports, imports };
    const partner = parts(
      ['us', 'eu', 'asean', 'japan', 'korea', 'hong_kong', 'latin_america', 'africa'],
      90,
    );
    const me = Math.round(rand() * 800) / 10;
    const specs: SynthDimensionSpec[] = [
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
    if (i % 7 !== 0) specs.push(['partner', 'total', partner, { year: i % 3 === 0 ? 2023 : 2025 }]);
    profiles.push(synthProfile(code, specs));
  }
  const baseline = synthBaseline(flows);
  return { baseline, profiles, prepared: synthPrepared(baseline, profiles, { splits }) };
}
