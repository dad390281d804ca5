/**
 * Scenario files: save the scenario being edited (shocks, elasticities, base year, level, Monte Carlo
 * ranges, the user's shares, the proxy rule) and open one again. Native dialogs where the host has them
 * (Electron); otherwise a download and an `<input type=file>`, which work in Electron too.
 * A file that cannot be used is reported with every problem the parser found.
 */
import { ref } from 'vue';
import {
  copyProxyRange,
  describeFileProblem,
  parseScenarioFile,
  scenarioFileFromSpec,
  serializeScenarioFile,
  type FileProblem,
  type ScenarioFile,
} from '../../../core/scenario';
import { fileStem } from '../../../core/format';
import { MAX_SCENARIO_TEXT } from '../../../core/scenario-api';
import { api } from '../../api';
import { saveText } from '../../import/file-transfer';
import { useScenario } from '../../stores/scenario';
import { useScenarioMonteCarlo } from '../../stores/scenario-montecarlo';
import { useSettings } from '../../stores/settings';
import { rangesFromFile, toMcRanges } from './mc-ranges';

export type FileStatus =
  | { kind: 'saved' | 'opened'; name: string; yearMissing?: number }
  /** A problem of the file's content (worded in the reader's language when shown), or a sentence. */
  | { kind: 'error'; name: string; problems: (FileProblem | string)[] };

/** A file name from a scenario name: no folders or reserved characters, CJK kept. */
export function scenarioFileName(name: string): string {
  return `${fileStem(name, 'scenario')}.scenario.json`;
}

export function useScenarioFile() {
  const scenario = useScenario();
  const monteCarlo = useScenarioMonteCarlo();
  const settings = useSettings();
  const status = ref<FileStatus | null>(null);

  /** A problem in the reader's language: "冲击 1：百分比必须是数字". */
  const describe = (p: FileProblem | string): string =>
    typeof p === 'string' ? p : describeFileProblem(p, settings.locale === 'zh-CN' ? 'zh' : 'en');

  function currentFile(): ScenarioFile {
    return scenarioFileFromSpec(
      scenario.name || 'scenario',
      scenario.year,
      JSON.parse(JSON.stringify(scenario.spec)),
      {
        level: scenario.level,
        monteCarlo: {
          draws: monteCarlo.draws,
          seed: monteCarlo.seed,
          ranges: toMcRanges(monteCarlo.ranges),
        },
        shareOverrides: scenario.edits,
        proxyRange: scenario.proxyRange,
      },
    );
  }

  async function save(): Promise<void> {
    const file = currentFile();
    const text = serializeScenarioFile(file);
    const name = scenarioFileName(file.name);
    // A file that would not reopen is not written; its problems show in the reader's words.
    const check = parseScenarioFile(text);
    if (!check.ok) {
      status.value = { kind: 'error', name, problems: check.error };
      return;
    }
    const outcome = await saveText(name, text, (request) => api.saveScenario(request));
    if (outcome.status === 'cancelled') return;
    status.value =
      outcome.status === 'error'
        ? { kind: 'error', name, problems: [outcome.message] }
        : { kind: 'saved', name: outcome.name };
  }

  /** Parses a file's text; on failure sets the status and returns null. */
  function parse(name: string, text: string): ScenarioFile | null {
    const parsed = parseScenarioFile(text);
    if (parsed.ok) return parsed.value;
    status.value = { kind: 'error', name, problems: parsed.error };
    return null;
  }

  function apply(file: ScenarioFile, name: string): void {
    scenario.name = file.name;
    // The level first: the years on offer (and so whether the file's year is one) depend on it.
    scenario.level = file.level;
    scenario.chosenYear = file.year;
    scenario.presetId = null;
    scenario.spec = {
      shocks: file.shocks.map((x) => ({ ...x })),
      elasticities: { ...file.elasticities },
    };
    scenario.proxyRange = copyProxyRange(file.proxyRange);
    // The file's own shares win over the stored ones for the same cell.
    const key = (e: { code: string; dimension: string; basis: string; category: string }) =>
      `${e.code}|${e.dimension}|${e.basis}|${e.category}`;
    const fromFile = new Set(file.shareOverrides.map(key));
    scenario.edits = [
      ...(scenario.exposure?.userEdits ?? []).filter((e) => !fromFile.has(key(e))),
      ...file.shareOverrides.map((e) => ({ ...e })),
    ];
    if (file.monteCarlo) {
      monteCarlo.draws = file.monteCarlo.draws;
      monteCarlo.seed = file.monteCarlo.seed;
      monteCarlo.replaceRanges(rangesFromFile(scenario.spec, file.monteCarlo.ranges));
    } else {
      // No ranges in the file: its parameters start from the defaults, not the last scenario's.
      monteCarlo.replaceRanges([]);
    }
    const yearMissing = scenario.years.includes(file.year) ? undefined : file.year;
    status.value = { kind: 'opened', name, yearMissing };
  }

  /** Opens through a native dialog; returns false when the caller should show a file picker. */
  async function openNative(): Promise<boolean> {
    const r = await api.openScenario().catch(() => ({ status: 'unavailable' as const }));
    if (r.status === 'unavailable') return false;
    if (r.status === 'opened') {
      const file = parse(r.name, r.text);
      if (file) apply(file, r.name);
    }
    return true;
  }

  /** A file picked in an `<input type=file>` (the browser path). */
  async function openPicked(picked: File): Promise<ScenarioFile | null> {
    if (picked.size > MAX_SCENARIO_TEXT) {
      const problem = `${picked.size.toLocaleString()} bytes: a scenario file is at most ${MAX_SCENARIO_TEXT.toLocaleString()}`;
      status.value = { kind: 'error', name: picked.name, problems: [problem] };
      return null;
    }
    return parse(picked.name, await picked.text());
  }

  return { status, describe, currentFile, save, parse, apply, openNative, openPicked };
}
