/**
 * Child process of the fuzz run: feeds inputs `from`..`to` of one kind through the code the app
 * runs on them and prints one JSON line per input. Before each input it prints `{"start": i}`, so
 * when this process hangs or dies the parent knows which input did it.
 *
 * - import: the import service's preview (the wizard's and `atlas import`'s path), on an empty
 *   data folder over the bundled data;
 * - scenario: parseScenarioFile (the renderer's and the CLI's path), then a run on the bundled data.
 *
 * Usage: node fuzz-worker.mjs <import|scenario> <from> <to> <resourcesDir> <scratchDir>
 */
import { readExposureFile } from '../../electron/services/scenario/exposure-service';
import { createImportService, inMemory } from '../../electron/services/import/import-service';
import { openStore } from '../../electron/services/store';
import { computeRun, prepareRun, parseScenarioFile } from '../../core/scenario';
import { baseWorkbooks, importInput, type FuzzInput } from './import-mutations';
import { scenarioInput, type ScenarioFuzzInput } from './scenario-mutations';

/** A city's yearly trade beyond this many 亿元 (10^7, ~1.4 trillion USD) is not plausible. */
export const PLAUSIBLE_YI = 1e7;

type Outcome = 'ok' | 'refused' | 'uncaught' | 'implausible';

const [kind, fromArg, toArg, resourcesDir, scratchDir] = process.argv.slice(2);
const from = Number(fromArg);
const to = Number(toArg);
if ((kind !== 'import' && kind !== 'scenario') || !resourcesDir || !scratchDir) {
  process.stderr.write(
    'usage: fuzz-worker <import|scenario> <from> <to> <resourcesDir> <scratchDir>\n',
  );
  process.exit(2);
}

const report = (line: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(line)}\n`);
const store = await openStore(scratchDir, resourcesDir, { readOnly: true });

async function runImport(input: FuzzInput): Promise<[Outcome, string]> {
  const service = createImportService(store);
  const preview = await service.previewFile(inMemory(input.bytes), input.name, {
    overrides: {},
    fixes: [],
    recipe: null,
  });
  if (preview.readError || preview.blocker) return ['refused', input.mutation];
  const absurd = (preview.report?.figures ?? []).find(
    (f) => f.value !== null && (!Number.isFinite(f.value) || Math.abs(f.value) > PLAUSIBLE_YI),
  );
  if (absurd)
    return [
      'implausible',
      `${input.mutation}: ${absurd.value} 亿元 accepted for ${absurd.name_zh} (row ${absurd.row})`,
    ];
  return ['ok', input.mutation];
}

async function runScenario(input: ScenarioFuzzInput): Promise<[Outcome, string]> {
  const parsed = parseScenarioFile(input.text);
  if (!parsed.ok) return ['refused', input.mutation];
  const working = store.workingData();
  const file = parsed.value;
  const prepared = prepareRun({
    dataset: working.dataset,
    reference: working.reference,
    exposure: await exposure,
    overrides: file.shareOverrides,
    year: file.year,
    level: 'city',
  });
  const computed = computeRun(prepared, { shocks: file.shocks, elasticities: file.elasticities });
  const absurd = computed.rows.find((r) =>
    [r.total.scenario, r.exports.scenario, r.imports.scenario].some(
      (x) => x !== null && (x < -1e-6 || x > PLAUSIBLE_YI),
    ),
  );
  if (absurd)
    return [
      'implausible',
      `${input.mutation}: city ${absurd.code} comes out at ${absurd.total.scenario} 亿元`,
    ];
  return ['ok', input.mutation];
}

const exposure = readExposureFile(resourcesDir);
const workbooks = kind === 'import' ? await baseWorkbooks() : [];
for (let i = from; i < to; i++) {
  // Made before the clock starts: building a hostile file is not the app's time.
  const input = kind === 'import' ? await importInput(i, workbooks) : scenarioInput(i);
  report({ start: i, mutation: input.mutation });
  const started = performance.now();
  let outcome: Outcome;
  let detail = input.mutation;
  try {
    [outcome, detail] =
      kind === 'import'
        ? await runImport(input as FuzzInput)
        : await runScenario(input as ScenarioFuzzInput);
  } catch (error) {
    outcome = 'uncaught';
    detail = `${detail}: ${(error as Error).name}: ${(error as Error).message}`.slice(0, 300);
  }
  report({
    i,
    outcome,
    detail,
    ms: Math.round(performance.now() - started),
    rssMb: Math.round(process.memoryUsage().rss / 1048576),
  });
}
report({ done: true, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) });
