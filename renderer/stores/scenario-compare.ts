import { defineStore } from 'pinia';
import { computed, shallowRef } from 'vue';
import {
  computeRun,
  presetSpec,
  PRESETS,
  type ScenarioFile,
  type ScenarioRow,
  type ScenarioSpec,
  type ShareOverride,
} from '../../core/scenario';
import { useScenario } from './scenario';
import { useSettings } from './settings';

export interface ScenarioB {
  name: string;
  spec: ScenarioSpec;
  /** A file's own user shares, applied on top of the user's (as when A opens the file). */
  overrides: ShareOverride[];
  origin: 'snapshot' | 'preset' | 'file';
  /** The base year the file was saved with, when it differs from A's (B runs on A's year). */
  fileYear: number | null;
}

/**
 * Scenario B for the side-by-side comparison. B runs on A's base year, level and exposure shares
 * (plus a file's own shares), so the two columns differ only in the scenario itself.
 */
export const useScenarioCompare = defineStore('scenario-compare', () => {
  const scenarioA = useScenario();
  const settings = useSettings();
  const b = shallowRef<ScenarioB | null>(null);

  const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

  function pinCurrent(): void {
    b.value = {
      name: scenarioA.name || '—',
      spec: copy(scenarioA.spec),
      overrides: [],
      origin: 'snapshot',
      fileYear: null,
    };
  }

  function usePreset(id: string): void {
    const spec = presetSpec(id);
    const preset = PRESETS.find((p) => p.id === id);
    if (!spec || !preset) return;
    const name = preset.name[settings.locale === 'zh-CN' ? 'zh' : 'en'];
    b.value = { name, spec, overrides: [], origin: 'preset', fileYear: null };
  }

  function useFile(file: ScenarioFile): void {
    b.value = {
      name: file.name,
      spec: { shocks: copy(file.shocks), elasticities: { ...file.elasticities } },
      overrides: copy(file.shareOverrides),
      origin: 'file',
      fileYear: file.year,
    };
  }

  const runB = computed(() => {
    const scenario = b.value;
    if (!scenario) return null;
    const prepared = scenario.overrides.length
      ? scenarioA.prepareWith({
          overrides: [...scenarioA.edits, ...scenario.overrides],
          year: scenarioA.year,
          level: scenarioA.level,
          proxyRange: scenarioA.proxyRange,
        })
      : scenarioA.prepared;
    return prepared ? computeRun(prepared, scenario.spec) : null;
  });

  /** A's rows in A's order, each with B's row for the same entity. */
  const pairs = computed(() => {
    const rowsB = new Map<string, ScenarioRow>((runB.value?.rows ?? []).map((r) => [r.code, r]));
    return scenarioA.rows.map((rowA) => ({ a: rowA, b: rowsB.get(rowA.code) ?? null }));
  });

  return { b, pinCurrent, usePreset, useFile, runB, pairs, clear: () => (b.value = null) };
});
