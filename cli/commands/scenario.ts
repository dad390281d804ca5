/**
 * `atlas scenario`: run a demand-shock scenario headless — a saved scenario file, a preset, or
 * shocks given on the command line — on the same data and exposure profiles as the app (the
 * user's own shares included), and print every entity's baseline, scenario value and rank.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  checkProxyFactor,
  computeRun,
  copyProxyRange,
  DEFAULT_ELASTICITIES,
  DEFAULT_PROXY_RANGE,
  describeFileProblem,
  findDuplicateShock,
  parseScenarioFile,
  parseShockArg,
  prepareRun,
  presetSpec,
  PRESETS,
  shockKey,
  type ProxyRangeRule,
  type ScenarioFile,
  type ScenarioSpec,
  type ShareOverride,
} from '../../core/scenario';
import { RANKED_LEVELS } from '../../core/model';
import { readExposureFile } from '../../electron/services/scenario/exposure-service';
import { commandArgs, parseChoice, parseFormat, parseYear, valueOptions } from '../args';
import { findResourcesDir, loadCliData } from '../data-source';
import { DataError, UsageError, type CliIo, type Output } from '../io';
import { printPresets, printScenario } from './scenario-output';

export const SCENARIO_HELP = `Usage: atlas scenario [FILE] [--preset NAME] [--shock DIM:CATEGORY:FLOW:PCT ...] [options]

Run a demand-shock scenario (a shift-share on each city's published trade structure) and print
each entity's baseline, scenario value, change and rank, biggest loss first.

What to run (at least one):
  FILE                      a scenario file saved by the app (*.scenario.json)
  --preset NAME             a ready-made scenario; 'atlas scenario --list-presets' names them
  --shock DIM:CAT:FLOW:PCT  a shock, repeatable, e.g. --shock partner:us:exports:-20
                            --shock import_commodity:iron_ore:imports:+15
                            On top of FILE or --preset, a shock on the same key replaces theirs.

Options:
  --year YEAR               base year (default: the file's year, else the latest year of the
                            exposure profiles)
  --level city|province     default: the file's level, else city
  --proxy-range LOW:HIGH    how far a province or national share standing in for a city's own
                            may stray, as factors (default 0.5:1.5; the file's rule if FILE)
  --format table|csv|json   default table
  --list-presets            name the presets and their assumptions, then stop
  --data DIR                data folder (default: the app's user data, else the bundled data)

Every share the scenario needs comes from a chain: the entity's own share for the base year →
its own share from the nearest earlier year → its province's → the national share (a share of
total trade stands in for an export or import share at each step). A total published without
exports and imports borrows the split of the entity's latest year with both (else its province's,
else the nation's). Stand-ins widen the result into a range (the proxy rule). Where no step has a
share, the result is not computable: never counted as 0.

JSON: an array of {code, name_zh, name_en, result, baseline, scenario, delta, delta_pct,
scenario_low, scenario_high, rank, new_rank, rank_change, uses_proxy, baseline_source_id, shares,
split, missing_shares, not_computable_reason}. Values in 亿元 (4 decimals), delta_pct in %.
result: 'point' (scenario is the value with every share as found; scenario_low/high the range
with stand-in shares at the ends of their ranges), 'range' (a total with no split on any step:
scenario null, the range covers every split), 'not_computable' (a share no step has: scenario,
delta and the range null; missing_shares and not_computable_reason say which). rank is the
Rankings view's rank for the year and level; new_rank is among those ranked entities with a
point result, and rank_change compares like for like. shares: one per share the result uses,
{flow, dimension, category, pct, low, high, share_of, basis, step, year, period, from_code,
from_name, source_id}, where basis reads 'own', 'own 2023', 'province proxy 广东 2024',
'national proxy 2025' or 'user'. split: {export_share, low, high, basis, year, from_code,
exports_source_id, imports_source_id} when a borrowed split was used, else null.
`;

export async function scenarioCommand(argv: string[], io: CliIo, out: Output): Promise<number> {
  const args = commandArgs(
    { name: 'scenario', help: SCENARIO_HELP, allowPositionals: true },
    argv,
    {
      ...valueOptions('preset', 'year', 'level', 'proxy-range'),
      shock: { type: 'string', multiple: true },
      'list-presets': { type: 'boolean' },
    },
    out,
  );
  if (!args) return 0;
  const { values, positionals } = args;
  const format = parseFormat(values.format);
  if (values['list-presets']) {
    printPresets(out, format);
    return 0;
  }
  if (positionals.length > 1) {
    throw new UsageError(`FILE: expected at most one scenario file, got ${positionals.length}`);
  }
  const filePath = positionals[0];
  if (filePath !== undefined && values.preset !== undefined) {
    throw new UsageError('--preset: give a scenario FILE or a preset, not both');
  }
  const shocks = (values.shock ?? []).map((arg) => {
    const parsed = parseShockArg(arg);
    if (!parsed.ok) throw new UsageError(`--shock: ${parsed.error}`);
    return parsed.value;
  });
  if (filePath === undefined && values.preset === undefined && shocks.length === 0) {
    throw new UsageError(
      "atlas scenario: give a scenario FILE, --preset NAME or at least one --shock (see 'atlas scenario --list-presets')",
    );
  }
  const levelArg =
    values.level === undefined
      ? undefined
      : parseChoice(values.level, '--level', RANKED_LEVELS, 'city');
  const file = filePath === undefined ? null : await readScenarioFile(filePath);
  // As with the year: --level wins, else the file's own level.
  const level = levelArg ?? file?.level ?? 'city';
  let spec: ScenarioSpec = file
    ? { shocks: file.shocks, elasticities: file.elasticities }
    : { shocks: [], elasticities: { ...DEFAULT_ELASTICITIES } };
  if (values.preset !== undefined) {
    const preset = presetSpec(values.preset);
    if (!preset) {
      throw new UsageError(
        `--preset: unknown preset '${values.preset}' (expected one of ${PRESETS.map((p) => p.id).join(', ')})`,
      );
    }
    spec = preset;
  }
  spec = { ...spec, shocks: withShocks(spec.shocks, shocks) };

  const data = await loadCliData(values.data, io, out);
  let exposure;
  try {
    exposure = await readExposureFile(findResourcesDir(io));
  } catch (error) {
    throw new DataError((error as Error).message);
  }
  const year = parseYear(values.year) ?? file?.year ?? exposure.defaultBaseYear;
  const overrides: ShareOverride[] = [...data.exposureEdits, ...(file?.shareOverrides ?? [])];
  const proxyRange = parseProxyRange(values['proxy-range'], file?.proxyRange);
  const prepared = prepareRun({
    dataset: data.dataset,
    reference: data.reference,
    exposure,
    overrides,
    year,
    level,
    proxyRange,
  });
  const computed = computeRun(prepared, spec);
  printScenario(out, format, {
    data,
    year,
    level,
    spec,
    name: [
      file?.name ?? PRESETS.find((p) => p.id === values.preset)?.name.en,
      shocks.length ? 'shocks from --shock' : null,
    ]
      .filter(Boolean)
      .join(' + '),
    prepared,
    computed,
    userShares: overrides.length,
    proxyRange,
  });
  return 0;
}

/** `--proxy-range LOW:HIGH`: the factors of province and national stand-ins. */
function parseProxyRange(raw: string | undefined, fromFile: ProxyRangeRule | undefined) {
  const rule = copyProxyRange(fromFile ?? DEFAULT_PROXY_RANGE);
  if (raw === undefined) return rule;
  const m = /^\s*(\d+(?:\.\d+)?)\s*:\s*(\d+(?:\.\d+)?)\s*$/.exec(raw);
  const factor = m ? { low: Number(m[1]), high: Number(m[2]) } : null;
  const problem = factor ? checkProxyFactor(factor) : 'expected LOW:HIGH, e.g. 0.5:1.5';
  if (problem || !factor) throw new UsageError(`--proxy-range: ${problem} (got '${raw}')`);
  rule.province = { ...factor };
  rule.national = { ...factor };
  return rule;
}

/** Command-line shocks replace file or preset shocks on the same key, else are added. */
function withShocks(base: ScenarioSpec['shocks'], extra: ScenarioSpec['shocks']) {
  const keys = new Set(extra.map(shockKey));
  const merged = [...base.filter((s) => !keys.has(shockKey(s))), ...extra];
  const duplicate = findDuplicateShock(merged);
  if (duplicate) {
    throw new UsageError(
      `--shock: ${duplicate} is set twice (a 'both' shock and a single-flow shock overlap)`,
    );
  }
  return merged;
}

async function readScenarioFile(path: string): Promise<ScenarioFile> {
  let text: string;
  try {
    text = await readFile(resolve(path), 'utf8');
  } catch (error) {
    throw new UsageError(
      `FILE: cannot read '${path}': ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  const parsed = parseScenarioFile(text);
  if (!parsed.ok) {
    const lines = parsed.error.map((p) => describeFileProblem(p, 'en'));
    throw new UsageError(`FILE: '${path}' is not a usable scenario file:\n  ${lines.join('\n  ')}`);
  }
  return parsed.value;
}
