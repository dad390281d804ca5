/**
 * The scenario file (`*.scenario.json`): what a user saves and shares. Parsing never throws; a
 * bad file yields problems as data — where (the field's path) and what (a code and the values
 * involved) — which `scenario-file-words.ts` words in the reader's language ("冲击 1：百分比必须是
 * 数字"). Before JSON.parse the nesting depth is bounded; every key and every vocabulary value is
 * checked against the model's own lists (own keys only: `constructor` is no dimension), and every
 * number against its range.
 */
import * as v from 'valibot';
import { err, ok, RANKED_LEVELS, type Adcode, type RankedLevel, type Result } from '../model';
import { jsonErrorOffset, lineColumn, tooDeepAt } from './json-position';
import type { McRange } from './montecarlo';
import { parseParamKey, type ScenarioSpec } from './params';
import {
  copyProxyRange,
  DEFAULT_PROXY_RANGE,
  PROXY_HIGH_MAX,
  PROXY_LOW_MIN,
  type ProxyRangeRule,
} from './proxy-range';
import {
  ELASTICITY_BOUNDS,
  findDuplicateShock,
  SHOCK_DIMENSIONS,
  SHOCK_MAX_PCT,
  SHOCK_MIN_PCT,
  shockKeyProblem,
  type Elasticities,
  type Shock,
} from './shocks';
import {
  DIMENSION_BASES,
  DIMENSION_CATEGORIES,
  EXPOSURE_DIMENSIONS,
  isEditableCategory,
  type ShareOverride,
} from './types';

export const SCENARIO_SCHEMA_VERSION = 1;
/** Deeper than any scenario file needs (it has four levels); refused before parsing. */
export const MAX_JSON_DEPTH = 32;

export interface ScenarioFile {
  schemaVersion: typeof SCENARIO_SCHEMA_VERSION;
  name: string;
  /** Base year of the baseline and of the exposure shares. */
  year: number;
  /** The level the scenario is computed at (files saved before it existed are city level). */
  level: RankedLevel;
  shocks: Shock[];
  elasticities: Elasticities;
  monteCarlo: { draws: number; seed: number; ranges: McRange[] } | null;
  /** Shares the user entered (e.g. Tongling's copper-ore share, or one in place of a proxy). */
  shareOverrides: ShareOverride[];
  /** How far stand-in shares may stray (files saved before it existed get the default). */
  proxyRange: ProxyRangeRule;
}

export type FileProblemCode =
  | 'json'
  | 'too_deep'
  | 'not_object'
  | 'version_missing'
  | 'version'
  | 'missing'
  | 'unknown_field'
  | 'not_number'
  | 'not_integer'
  | 'not_text'
  | 'not_list'
  | 'not_object_field'
  | 'empty'
  | 'out_of_range'
  | 'unknown_value'
  | 'not_allowed'
  | 'duplicate'
  | 'min_above_max'
  | 'mode_outside'
  | 'bad_code'
  | 'too_many';

/** One problem of a file: where, what, and the values a message names. */
export interface FileProblem {
  /** Keys and indexes from the top, e.g. ['shocks', 0, 'pct']; [] is the file as a whole. */
  path: (string | number)[];
  code: FileProblemCode;
  detail: {
    value?: string;
    expected?: readonly string[];
    min?: number;
    max?: number;
    line?: number;
    column?: number;
  };
}

/** Numeric fields and their bounds, by the last key of their path. */
export const FIELD_BOUNDS: Readonly<Record<string, readonly [number, number]>> = {
  pct: [SHOCK_MIN_PCT, SHOCK_MAX_PCT],
  year: [1990, 2100],
  draws: [1, 1_000_000],
  ...ELASTICITY_BOUNDS,
  low: [PROXY_LOW_MIN, 1],
  high: [1, PROXY_HIGH_MAX],
};
const MAX_ITEMS = 2000;

const bounded = (key: string) => {
  const [min, max] = FIELD_BOUNDS[key] as readonly [number, number];
  return v.pipe(v.number(), v.finite(), v.minValue(min), v.maxValue(max));
};
const finite = v.pipe(v.number(), v.finite());
const list = <T extends v.GenericSchema>(item: T) => v.pipe(v.array(item), v.maxLength(MAX_ITEMS));
const ShockSchema = v.strictObject({
  dimension: v.picklist(SHOCK_DIMENSIONS),
  category: v.string(),
  flow: v.string(),
  pct: bounded('pct'),
});
const RangeSchema = v.strictObject({
  param: v.string(),
  min: finite,
  max: finite,
  distribution: v.picklist(['uniform', 'triangular']),
  mode: v.optional(finite),
});
const OverrideSchema = v.strictObject({
  code: v.pipe(v.string(), v.regex(/^\d{6}$/)),
  dimension: v.picklist(EXPOSURE_DIMENSIONS),
  basis: v.picklist(['total', 'export', 'import']),
  category: v.string(),
  pct: v.pipe(finite, v.minValue(0), v.maxValue(100)),
});
const LevelSchema = v.picklist(RANKED_LEVELS) satisfies v.GenericSchema<unknown, RankedLevel>;
const FactorSchema = v.strictObject({ low: bounded('low'), high: bounded('high') });
const FileSchema = v.strictObject({
  schemaVersion: v.literal(SCENARIO_SCHEMA_VERSION),
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  year: v.pipe(bounded('year'), v.integer()),
  level: v.optional(LevelSchema, 'city'),
  shocks: list(ShockSchema),
  elasticities: v.strictObject({
    incomeElasticity: bounded('incomeElasticity'),
    priceElasticity: bounded('priceElasticity'),
    processingImportContent: v.nullable(bounded('processingImportContent')),
  }),
  monteCarlo: v.optional(
    v.nullable(
      v.strictObject({
        draws: v.pipe(bounded('draws'), v.integer()),
        seed: v.pipe(v.number(), v.integer()),
        ranges: list(RangeSchema),
      }),
    ),
    null,
  ),
  shareOverrides: v.optional(list(OverrideSchema), []),
  proxyRange: v.optional(
    v.strictObject({ own_earlier: FactorSchema, province: FactorSchema, national: FactorSchema }),
  ),
});

const problem = (
  path: FileProblem['path'],
  code: FileProblemCode,
  detail: FileProblem['detail'] = {},
): FileProblem => ({ path, code, detail });

/** Parses a scenario file; on failure returns every problem found. */
export function parseScenarioFile(text: string): Result<ScenarioFile, FileProblem[]> {
  const deep = tooDeepAt(text, MAX_JSON_DEPTH);
  if (deep !== null) {
    return err([problem([], 'too_deep', { ...lineColumn(text, deep), max: MAX_JSON_DEPTH })]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const at = jsonErrorOffset(text) ?? text.length;
    return err([problem([], 'json', lineColumn(text, at))]);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return err([problem([], 'not_object')]);
  }
  const version = Object.hasOwn(data, 'schemaVersion')
    ? (data as { schemaVersion: unknown }).schemaVersion
    : undefined;
  if (version === undefined) return err([problem(['schemaVersion'], 'version_missing')]);
  if (version !== SCENARIO_SCHEMA_VERSION) {
    return err([
      problem(['schemaVersion'], 'version', {
        value: JSON.stringify(version).slice(0, 40),
        expected: [String(SCENARIO_SCHEMA_VERSION)],
      }),
    ]);
  }
  const parsed = v.safeParse(FileSchema, data);
  if (!parsed.success) return err(parsed.issues.map(fromIssue));
  const out = parsed.output;
  const file: ScenarioFile = {
    ...out,
    shocks: out.shocks as Shock[],
    shareOverrides: out.shareOverrides as ShareOverride[],
    proxyRange: copyProxyRange(out.proxyRange ?? DEFAULT_PROXY_RANGE),
  };
  const problems = checkMeaning(file);
  return problems.length > 0 ? err(problems) : ok(file);
}

const short = (s: string | undefined): string => (s ?? '').replace(/^"|"$/g, '').slice(0, 60);

/** A valibot issue as a problem of the file. */
function fromIssue(issue: v.BaseIssue<unknown>): FileProblem {
  const path = (issue.path ?? []).map((p) => p.key as string | number);
  const key = String(path.at(-1) ?? '');
  const value = short(issue.received);
  switch (issue.type) {
    case 'strict_object':
      return issue.received === 'undefined'
        ? problem(path, 'missing')
        : issue.expected === 'never'
          ? problem(path, 'unknown_field', { value: key })
          : problem(path, 'not_object_field');
    case 'number':
    case 'finite':
      return problem(path, 'not_number', { value });
    case 'integer':
      return problem(path, 'not_integer', { value });
    case 'string':
      return problem(path, 'not_text');
    case 'array':
      return problem(path, 'not_list');
    case 'min_length':
      return problem(path, 'empty');
    case 'max_length':
      return problem(path, 'too_many', { max: issue.requirement as number });
    case 'regex':
      return problem(path, 'bad_code', { value });
    case 'picklist': {
      const expected = (issue.expected ?? '')
        .split(' | ')
        .map((e) => short(e.replace(/[()]/g, '')));
      return problem(path, 'unknown_value', { value, expected });
    }
    case 'min_value':
    case 'max_value': {
      // A user share is a percentage of its basis; every other bounded number has its own range.
      const [min, max] = path[0] === 'shareOverrides' ? [0, 100] : (FIELD_BOUNDS[key] ?? [0, 0]);
      return problem(path, 'out_of_range', { value, min, max });
    }
    default:
      return problem(path, 'not_object_field', { value });
  }
}

/** What the schema cannot check: the vocabulary, allowed flows, duplicates, ranges. */
function checkMeaning(file: ScenarioFile): FileProblem[] {
  const problems: FileProblem[] = [];
  file.shocks.forEach((s, k) => {
    const bad = shockKeyProblem(s.dimension, s.category, s.flow);
    if (!bad) return;
    const code = bad.part === 'flow' ? 'not_allowed' : 'unknown_value';
    problems.push(problem(['shocks', k, bad.part], code, bad));
  });
  const duplicate = problems.length === 0 ? findDuplicateShock(file.shocks) : null;
  if (duplicate) problems.push(problem(['shocks'], 'duplicate', { value: duplicate }));
  file.monteCarlo?.ranges.forEach((r, k) => {
    const at = ['monteCarlo', 'ranges', k];
    const ref = parseParamKey(r.param);
    if (!ref.ok) problems.push(problem([...at, 'param'], 'unknown_value', { value: r.param }));
    else if (r.min > r.max) {
      problems.push(problem(at, 'min_above_max', { min: r.min, max: r.max }));
    } else if (r.mode !== undefined && (r.mode < r.min || r.mode > r.max)) {
      problems.push(
        problem([...at, 'mode'], 'mode_outside', { value: String(r.mode), min: r.min, max: r.max }),
      );
    } else {
      const key = ref.value.kind === 'shock' ? 'pct' : ref.value.name;
      const [min, max] = FIELD_BOUNDS[key] as readonly [number, number];
      for (const end of ['min', 'max'] as const) {
        if (r[end] < min || r[end] > max) {
          problems.push(problem([...at, end], 'out_of_range', { value: String(r[end]), min, max }));
        }
      }
    }
  });
  file.shareOverrides.forEach((o, k) => {
    if (!isEditableCategory(o.dimension, o.category)) {
      problems.push(
        problem(['shareOverrides', k, 'category'], 'unknown_value', {
          value: o.category,
          expected: DIMENSION_CATEGORIES[o.dimension].filter((c) =>
            isEditableCategory(o.dimension, c),
          ),
        }),
      );
    } else if (!DIMENSION_BASES[o.dimension].includes(o.basis)) {
      problems.push(
        problem(['shareOverrides', k, 'basis'], 'not_allowed', {
          value: o.basis,
          expected: DIMENSION_BASES[o.dimension],
        }),
      );
    }
  });
  return problems;
}

/** The file as saved: stable key order, two-space indent, trailing newline. */
export function serializeScenarioFile(file: ScenarioFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file from a runnable spec. */
export function scenarioFileFromSpec(
  name: string,
  year: number,
  spec: ScenarioSpec,
  extra: Partial<Pick<ScenarioFile, 'level' | 'monteCarlo' | 'shareOverrides' | 'proxyRange'>> = {},
): ScenarioFile {
  return {
    schemaVersion: SCENARIO_SCHEMA_VERSION,
    name,
    year,
    level: extra.level ?? 'city',
    shocks: spec.shocks.map((s) => ({ ...s })),
    elasticities: { ...spec.elasticities },
    monteCarlo: extra.monteCarlo ?? null,
    shareOverrides: (extra.shareOverrides ?? []).map((o) => ({ ...o, code: o.code as Adcode })),
    proxyRange: copyProxyRange(extra.proxyRange ?? DEFAULT_PROXY_RANGE),
  };
}

/** The runnable part of a file. */
export const specOfFile = (file: ScenarioFile): ScenarioSpec => ({
  shocks: file.shocks,
  elasticities: file.elasticities,
});
