/**
 * `atlas scenario`: run a demand-shock scenario headless — a saved scenario file, a preset, or
 * shocks given on the command line — on the same data and exposure profiles as the app (the
 * user's own shares included), and print every entity's baseline, scenario value and rank.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Level } from '../../core/model';
import {
  computeRun,
  DEFAULT_ELASTICITIES,
  findDuplicateShock,
  parseScenarioFile,
  parseShockArg,
  prepareRun,
  presetSpec,
  PRESETS,
  shockKey,
  type ScenarioFile,
  type ScenarioSpec,
  type ShareOverride,
} from '../../core/scenario';
import { readExposureFile } from '../../electron/services/scenario/exposure-service';
import { COMMON_OPTIONS, parseChoice, parseCommandArgs, parseFormat, parseYear } from '../args';
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
  --level city|province     default city
  --format table|csv|json   default table
  --list-presets            name the presets and their assumptions, then stop
  --data DIR                data folder (default: the app's user data, else the bundled data)

JSON: an array of {code, name_zh, name_en, baseline, scenario, delta, delta_pct, rank, new_rank,
result, scenario_low, scenario_high, depends_on_missing_share, uses_proxy, baseline_source_id,
missing_shares}. Values in 亿元 (4 decimals), delta_pct in %. result is 'point' or 'range': a total
published without exports and imports cannot be split, so its scenario value is a range —
scenario, delta and delta_pct are then null and scenario_low/scenario_high hold the range (for a
point they equal scenario). rank and new_rank are among entities with a point result (null for
ranges); depends_on_missing_share marks results that rest on a share no source gives (that
share counts as 0).
`;

const LEVELS: readonly Level[] = ['city', 'province'];

export async function scenarioCommand(argv: string[], io: CliIo, out: Output): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'scenario',
    argv,
    {
      ...COMMON_OPTIONS,
      preset: { type: 'string' },
      shock: { type: 'string', multiple: true },
      year: { type: 'string' },
      level: { type: 'string' },
      'list-presets': { type: 'boolean' },
    },
    true,
  );
  if (values.help) {
    out.line(SCENARIO_HELP.trimEnd());
    return 0;
  }
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
  const level = parseChoice(values.level, '--level', LEVELS, 'city');
  const file = filePath === undefined ? null : await readScenarioFile(filePath);
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
  const prepared = prepareRun({
    dataset: data.dataset,
    entities: data.reference.entities,
    exposure,
    overrides,
    year,
    level,
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
  });
  return 0;
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
    throw new UsageError(
      `FILE: '${path}' is not a usable scenario file:\n  ${parsed.error.join('\n  ')}`,
    );
  }
  return parsed.value;
}
