/**
 * The scenario file (`*.scenario.json`): what a user saves and shares. Parsing never throws; a
 * bad file yields messages a person can act on (the JSON position, the unsupported version, the
 * unknown category key by name).
 */
import * as v from 'valibot';
import { err, ok, type Adcode, type Result } from '../model';
import { jsonErrorOffset, lineColumn } from './json-position';
import type { McRange } from './montecarlo';
import { parseParamKey, type ScenarioSpec } from './params';
import {
  checkShockKey,
  checkShockPct,
  findDuplicateShock,
  type Elasticities,
  type Shock,
} from './shocks';
import { DIMENSION_BASES, DIMENSION_CATEGORIES, type ShareOverride } from './types';

export const SCENARIO_SCHEMA_VERSION = 1;

export interface ScenarioFile {
  schemaVersion: typeof SCENARIO_SCHEMA_VERSION;
  name: string;
  /** Base year of the baseline and of the exposure shares. */
  year: number;
  shocks: Shock[];
  elasticities: Elasticities;
  monteCarlo: { draws: number; seed: number; ranges: McRange[] } | null;
  /** Shares the user entered (e.g. Tongling's copper-ore share, which no source gives). */
  shareOverrides: ShareOverride[];
}

const finite = v.pipe(v.number(), v.finite());
const ShockSchema = v.strictObject({
  dimension: v.string(),
  category: v.string(),
  flow: v.string(),
  pct: finite,
});
const RangeSchema = v.strictObject({
  param: v.string(),
  min: finite,
  max: finite,
  distribution: v.picklist(['uniform', 'triangular']),
  mode: v.optional(finite),
});
const OverrideSchema = v.strictObject({
  code: v.pipe(v.string(), v.regex(/^\d{6}$/, 'expected a 6-digit code')),
  dimension: v.picklist(['partner', 'product', 'trade_mode', 'import_commodity']),
  basis: v.picklist(['total', 'export', 'import']),
  category: v.string(),
  pct: v.pipe(finite, v.minValue(0), v.maxValue(100)),
});
const FileSchema = v.strictObject({
  schemaVersion: v.literal(SCENARIO_SCHEMA_VERSION),
  name: v.pipe(v.string(), v.minLength(1, 'the name is empty')),
  year: v.pipe(v.number(), v.integer(), v.minValue(1990), v.maxValue(2100)),
  shocks: v.array(ShockSchema),
  elasticities: v.strictObject({
    incomeElasticity: finite,
    priceElasticity: finite,
    processingImportContent: v.nullable(v.pipe(finite, v.minValue(0), v.maxValue(1))),
  }),
  monteCarlo: v.optional(
    v.nullable(
      v.strictObject({
        draws: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000)),
        seed: v.pipe(v.number(), v.integer()),
        ranges: v.array(RangeSchema),
      }),
    ),
    null,
  ),
  shareOverrides: v.optional(v.array(OverrideSchema), []),
});

/** Parses a scenario file; on failure returns every problem found, one message each. */
export function parseScenarioFile(text: string): Result<ScenarioFile, string[]> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const at = jsonErrorOffset(text) ?? text.length;
    const { line, column } = lineColumn(text, at);
    const detail = e instanceof Error ? e.message : String(e);
    return err([`not valid JSON at line ${line}, column ${column} (character ${at}): ${detail}`]);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return err(['a scenario file must be a JSON object']);
  }
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (version === undefined) return err(['schemaVersion is missing']);
  if (version !== SCENARIO_SCHEMA_VERSION) {
    return err([
      `unsupported schemaVersion ${JSON.stringify(version)}: this version of the app reads ${SCENARIO_SCHEMA_VERSION}`,
    ]);
  }
  const parsed = v.safeParse(FileSchema, data);
  if (!parsed.success) {
    return err(parsed.issues.map((i) => `${v.getDotPath(i) ?? '(file)'}: ${i.message}`));
  }
  const file = parsed.output as unknown as ScenarioFile;
  const problems = checkMeaning(file);
  return problems.length > 0 ? err(problems) : ok(file);
}

/** What the schema cannot check: the vocabulary, allowed flows, duplicates, ranges. */
function checkMeaning(file: ScenarioFile): string[] {
  const problems: string[] = [];
  file.shocks.forEach((s, k) => {
    const problem = checkShockKey(s.dimension, s.category, s.flow) ?? checkShockPct(s.pct);
    if (problem) problems.push(`shocks[${k}]: ${problem}`);
  });
  const duplicate = problems.length === 0 ? findDuplicateShock(file.shocks) : null;
  if (duplicate) problems.push(`shocks: ${duplicate} is set twice`);
  file.monteCarlo?.ranges.forEach((r, k) => {
    const ref = parseParamKey(r.param);
    if (!ref.ok) problems.push(`monteCarlo.ranges[${k}]: ${ref.error}`);
    else if (r.min > r.max)
      problems.push(`monteCarlo.ranges[${k}]: min ${r.min} exceeds max ${r.max}`);
    else if (r.mode !== undefined && (r.mode < r.min || r.mode > r.max)) {
      problems.push(`monteCarlo.ranges[${k}]: mode ${r.mode} is outside ${r.min}…${r.max}`);
    }
  });
  file.shareOverrides.forEach((o, k) => {
    if (!DIMENSION_CATEGORIES[o.dimension].includes(o.category)) {
      problems.push(
        `shareOverrides[${k}]: unknown category '${o.category}' for dimension '${o.dimension}' (expected one of ${DIMENSION_CATEGORIES[o.dimension].join(', ')})`,
      );
    } else if (!DIMENSION_BASES[o.dimension].includes(o.basis)) {
      problems.push(`shareOverrides[${k}]: basis '${o.basis}' is not used for ${o.dimension}`);
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
  extra: Partial<Pick<ScenarioFile, 'monteCarlo' | 'shareOverrides'>> = {},
): ScenarioFile {
  return {
    schemaVersion: SCENARIO_SCHEMA_VERSION,
    name,
    year,
    shocks: spec.shocks.map((s) => ({ ...s })),
    elasticities: { ...spec.elasticities },
    monteCarlo: extra.monteCarlo ?? null,
    shareOverrides: (extra.shareOverrides ?? []).map((o) => ({ ...o, code: o.code as Adcode })),
  };
}

/** The runnable part of a file. */
export const specOfFile = (file: ScenarioFile): ScenarioSpec => ({
  shocks: file.shocks,
  elasticities: file.elasticities,
});
