import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { McEntity, McResult } from '../../core/scenario';
import { rangesFor, toMcRanges, type EditableRange } from '../components/scenario/mc-ranges';
import { runMonteCarloPool, type McPoolRun } from '../workers/montecarlo-pool';
import { useAtlasData } from './atlas-data';
import { useScenario } from './scenario';

export type McStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

/**
 * Monte Carlo on scenario A: the uncertainty ranges the user set, and a run of N draws in Web
 * Workers (one per core where it pays: montecarlo-pool.ts) with progress and cancel. The result
 * is tied to the inputs it was run on; when they change, it is marked stale rather than silently
 * shown against a different scenario.
 */
export const useScenarioMonteCarlo = defineStore('scenario-montecarlo', () => {
  const scenario = useScenario();
  const data = useAtlasData();
  /** Ranges the user edited, by parameter key. */
  const userRanges = ref(new Map<string, EditableRange>());
  const draws = ref(10_000);
  const seed = ref(1);
  const status = ref<McStatus>('idle');
  const progress = ref(0);
  const error = ref<string | null>(null);
  const result = shallowRef<McResult | null>(null);
  const elapsedMs = ref<number | null>(null);
  const ranAt = ref<string | null>(null);
  let running: McPoolRun | null = null;

  const ranges = computed(() => rangesFor(scenario.spec, userRanges.value));

  /** Everything a run depends on; a result whose key differs is stale. */
  const inputsKey = computed(() =>
    JSON.stringify([
      // An import, an undo or saved shares make another revision of the figures the run used.
      data.data?.revision.id,
      scenario.year,
      scenario.level,
      scenario.spec,
      scenario.edits,
      scenario.proxyRange,
      toMcRanges(ranges.value),
      draws.value,
      seed.value,
    ]),
  );
  const stale = computed(() => result.value !== null && ranAt.value !== inputsKey.value);
  const byCode = computed(() => {
    const m = new Map<string, McEntity>();
    if (result.value && !stale.value) for (const e of result.value.entities) m.set(e.code, e);
    return m;
  });

  function setRange(range: EditableRange): void {
    const next = new Map(userRanges.value);
    next.set(range.param, range);
    userRanges.value = next;
  }

  function replaceRanges(list: readonly EditableRange[]): void {
    userRanges.value = new Map(list.map((r) => [r.param, { ...r }]));
  }

  function run(): void {
    const prepared = scenario.prepared;
    if (!prepared) return;
    cancel();
    const key = inputsKey.value;
    status.value = 'running';
    progress.value = 0;
    error.value = null;
    const started = performance.now();
    const pool = runMonteCarloPool(
      prepared.prepared,
      scenario.spec,
      toMcRanges(ranges.value),
      draws.value,
      seed.value,
      (fraction) => (progress.value = fraction),
    );
    running = pool;
    pool.result.then(
      (value) => {
        if (running !== pool) return;
        result.value = value;
        elapsedMs.value = performance.now() - started;
        ranAt.value = key;
        status.value = 'done';
        running = null;
      },
      (e: unknown) => {
        if (running !== pool) return;
        error.value = e instanceof Error ? e.message : String(e);
        status.value = 'error';
        running = null;
      },
    );
  }

  function stop(): void {
    running?.cancel();
    running = null;
  }

  function cancel(): void {
    if (status.value !== 'running') return;
    stop();
    status.value = 'cancelled';
  }

  return {
    userRanges,
    ranges,
    draws,
    seed,
    status,
    progress,
    error,
    result,
    elapsedMs,
    stale,
    byCode,
    setRange,
    replaceRanges,
    run,
    cancel,
  };
});
