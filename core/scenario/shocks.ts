/**
 * Shocks and elasticities: what a user can change, in the words the model uses. A shock is
 * `dimension:category:flow:pct`, e.g. `partner:us:exports:-20` or
 * `import_commodity:iron_ore:imports:+15`. Elasticities are visible parameters whose defaults
 * and ranges come from shared/data/elasticities.md §3 (our modelling choices, each tied to
 * published values).
 */
import { err, ok, type Result } from '../model';
import {
  IMPORT_COMMODITIES,
  PARTNER_GROUPS,
  PRODUCT_GROUPS,
  TRADE_MODES,
  type ExposureDimension,
} from './types';

export type Flow = 'exports' | 'imports';
export const FLOWS: readonly Flow[] = ['exports', 'imports'];
export type ShockFlow = Flow | 'both';

export type ShockDimension =
  'partner' | 'partner_gdp' | 'product' | 'trade_mode' | 'import_commodity';

export interface ShockKeyInfo {
  categories: readonly string[];
  flows: readonly ShockFlow[];
  /** The exposure dimension whose shares the shock is weighted by. */
  exposure: ExposureDimension;
  meaning: string;
}

/** The shock vocabulary, shared by the CLI, the scenario file and the UI. */
export const SHOCK_KEYS: Readonly<Record<ShockDimension, ShockKeyInfo>> = {
  partner: {
    categories: PARTNER_GROUPS,
    flows: ['exports', 'imports', 'both'],
    exposure: 'partner',
    meaning:
      "% change in trade with the partner group (for exports: the partner's imports from China); pass-through 1.0",
  },
  partner_gdp: {
    categories: PARTNER_GROUPS,
    flows: ['exports'],
    exposure: 'partner',
    meaning: '% change in partner GDP or final demand; exports to it change by ε_Y × X',
  },
  product: {
    categories: PRODUCT_GROUPS,
    flows: ['exports'],
    exposure: 'product',
    meaning: '% change in foreign demand for the export product group; pass-through 1.0',
  },
  trade_mode: {
    categories: TRADE_MODES,
    flows: ['exports', 'imports', 'both'],
    exposure: 'trade_mode',
    meaning: '% change in trade under the customs trade mode; pass-through 1.0',
  },
  import_commodity: {
    categories: IMPORT_COMMODITIES,
    flows: ['imports'],
    exposure: 'import_commodity',
    meaning: '% change in the import price Δp; value changes by (1+Δp)(1+ε_P·Δp) − 1',
  },
};
export const SHOCK_DIMENSIONS = Object.keys(SHOCK_KEYS) as ShockDimension[];

export interface Shock {
  dimension: ShockDimension;
  category: string;
  flow: ShockFlow;
  /** In % (−20 = a 20% fall). */
  pct: number;
}

/** Shocks below −100% make no sense (trade cannot fall below zero); above +1000% is a typo. */
export const SHOCK_MIN_PCT = -100;
export const SHOCK_MAX_PCT = 1000;

export interface Elasticities {
  /** ε_Y: exports per unit of partner GDP, for `partner_gdp` shocks. */
  incomeElasticity: number;
  /** ε_P: import volume per unit of import price, for `import_commodity` shocks. */
  priceElasticity: number;
  /** Processing imports per unit of processing exports. No sourced default: null = not applied. */
  processingImportContent: number | null;
}
export type ElasticityName = keyof Elasticities;

export const DEFAULT_ELASTICITIES: Readonly<Elasticities> = {
  incomeElasticity: 1.3,
  priceElasticity: -0.1,
  processingImportContent: null,
};

export interface ElasticityInfo {
  name: ElasticityName;
  default: number | null;
  /** Low and high in magnitude (low is the smaller effect), or null when nothing is sourced. */
  low: number | null;
  high: number | null;
  source: string;
}

export const ELASTICITY_INFO: Readonly<Record<ElasticityName, ElasticityInfo>> = {
  incomeElasticity: {
    name: 'incomeElasticity',
    default: 1.3,
    low: 1.0,
    high: 2.3,
    source:
      'Default 1.3: long-run, Kumar (2009); equals the 2001–2014 world-trade income elasticity (COMCEC 2016). ' +
      'High 2.3: short-run 2.34, Yao, Tian & Su (2013). Low 1.0: unit pass-through.',
  },
  priceElasticity: {
    name: 'priceElasticity',
    default: -0.1,
    low: 0,
    high: -0.3,
    source:
      'Short-run crude oil −0.05 to −0.20 (OECD panel, 1993–2012); non-OECD insignificant; iron ore ' +
      'long-run −0.24 (Zhu 2012, low weight). elasticities.md §3.5.',
  },
  processingImportContent: {
    name: 'processingImportContent',
    default: null,
    low: null,
    high: null,
    source: 'No sourced value (elasticities.md §2): a user parameter, not applied unless set.',
  },
};
export const ELASTICITY_NAMES = Object.keys(ELASTICITY_INFO) as ElasticityName[];

/**
 * What a user may set, wider than the sourced ranges but bounded: an income elasticity of −10⁶
 * is a typo, not a scenario. ε_Y 0…5 (published values 1.0–2.3, up to ~3.5 in crisis years);
 * ε_P −2…0 (an import-demand price elasticity is not positive; published −0.05…−0.3); κ 0…1 (a
 * share of processing exports' value).
 */
export const ELASTICITY_BOUNDS: Readonly<Record<ElasticityName, readonly [number, number]>> = {
  incomeElasticity: [0, 5],
  priceElasticity: [-2, 0],
  processingImportContent: [0, 1],
};

/** Null when an elasticity value is within its bounds, else the reason. */
export function checkElasticity(name: ElasticityName, value: number): string | null {
  const [min, max] = ELASTICITY_BOUNDS[name];
  if (!Number.isFinite(value)) return `${name} is not a number`;
  return value < min || value > max ? `${name} ${value} is outside ${min}…${max}` : null;
}

/** Import value change (fraction) for a price change Δp (fraction): (1+Δp)(1+ε_P·Δp) − 1. */
export function commodityValueChange(dp: number, priceElasticity: number): number {
  return (1 + dp) * (1 + priceElasticity * dp) - 1;
}

/** The change in the flow's value (fraction) that a shock causes in the categories it hits. */
export function shockGrowth(shock: Shock, e: Elasticities): number {
  const x = shock.pct / 100;
  if (shock.dimension === 'partner_gdp') return e.incomeElasticity * x;
  if (shock.dimension === 'import_commodity') return commodityValueChange(x, e.priceElasticity);
  return x;
}

/** `dimension:category:flow`, the key of a shock and of a sensitivity parameter. */
export const shockKey = (s: Pick<Shock, 'dimension' | 'category' | 'flow'>): string =>
  `${s.dimension}:${s.category}:${s.flow}`;

/** What is wrong with a shock key, as data (the scenario file words it in the user's language). */
export type ShockKeyProblem =
  | { part: 'dimension'; value: string; expected: readonly string[] }
  | { part: 'category'; value: string; expected: readonly string[] }
  | { part: 'flow'; value: string; expected: readonly string[] };

/** The vocabulary entry of a dimension; own keys only ("constructor" is no dimension). */
export function shockKeyInfo(dimension: string): ShockKeyInfo | null {
  return Object.hasOwn(SHOCK_KEYS, dimension) ? SHOCK_KEYS[dimension as ShockDimension] : null;
}

/** Checks dimension, category and flow against the vocabulary; null when the key is known. */
export function shockKeyProblem(
  dimension: string,
  category: string,
  flow: string,
): ShockKeyProblem | null {
  const info = shockKeyInfo(dimension);
  if (!info) return { part: 'dimension', value: dimension, expected: SHOCK_DIMENSIONS };
  if (!info.categories.includes(category)) {
    return { part: 'category', value: category, expected: info.categories };
  }
  if (!info.flows.includes(flow as ShockFlow)) {
    return { part: 'flow', value: flow, expected: info.flows };
  }
  return null;
}

/** Checks dimension, category and flow; the message names the bad part. */
export function checkShockKey(dimension: string, category: string, flow: string): string | null {
  const problem = shockKeyProblem(dimension, category, flow);
  if (!problem) return null;
  if (problem.part === 'dimension') {
    return `unknown dimension '${dimension}' (expected one of ${problem.expected.join(', ')})`;
  }
  if (problem.part === 'category') {
    return `unknown category '${category}' for dimension '${dimension}' (expected one of ${problem.expected.join(', ')})`;
  }
  return `flow '${flow}' is not allowed for dimension '${dimension}' (expected ${problem.expected.join(' or ')})`;
}

/** Checks the size of a shock in %. */
export function checkShockPct(pct: number): string | null {
  if (!Number.isFinite(pct)) return 'the change is not a number';
  if (pct < SHOCK_MIN_PCT || pct > SHOCK_MAX_PCT) {
    return `the change ${pct}% is outside ${SHOCK_MIN_PCT}…+${SHOCK_MAX_PCT}%`;
  }
  return null;
}

/**
 * Parses a CLI shock `dimension:category:flow:pct` (pct may carry a sign and a trailing %), e.g.
 * `partner:us:exports:-20`. The error names the part that is wrong.
 */
export function parseShockArg(arg: string): Result<Shock, string> {
  const parts = arg.trim().split(':');
  const fail = (why: string) => err(`bad shock '${arg}': ${why}`);
  if (parts.length !== 4) {
    return fail(`expected 4 parts dimension:category:flow:pct, got ${parts.length}`);
  }
  const [dimension, category, flow, pctText] = parts as [string, string, string, string];
  const keyProblem = checkShockKey(dimension, category, flow);
  if (keyProblem) return fail(keyProblem);
  const text = pctText.replace(/%$/, '');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) {
    return fail(`change '${pctText}' is not a number (e.g. -20 or +15)`);
  }
  const pct = Number(text);
  const pctProblem = checkShockPct(pct);
  if (pctProblem) return fail(pctProblem);
  return ok({ dimension: dimension as ShockDimension, category, flow: flow as ShockFlow, pct });
}

/** Rejects a list that sets the same key twice (on one flow, counting 'both' as each flow). */
export function findDuplicateShock(shocks: readonly Shock[]): string | null {
  const seen = new Set<string>();
  for (const s of shocks) {
    for (const flow of s.flow === 'both' ? FLOWS : [s.flow]) {
      const key = shockKey({ ...s, flow });
      if (seen.has(key)) return key;
      seen.add(key);
    }
  }
  return null;
}
