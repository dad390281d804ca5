import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { transferablePrepared, type McEntity, type McResult } from '../../core/scenario';
import { rangesFor, toMcRanges, type EditableRange } from '../components/scenario/mc-ranges';
import type { McRunRequest, McWorkerMessage } from '../workers/montecarlo-protocol';
import { useScenario } from './scenario';

export type McStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

/**
 * Monte Carlo on scenario A: the uncertainty ranges the user set, and a run of N draws in a Web
 * Worker with progress and cancel. The result is tied to the inputs it was run on; when they
 * change, it is marked stale rather than silently shown against a different scenario.
 */
export const useScenarioMonteCarlo = defineStore('scenario-montecarlo', () => {
  const scenario = useScenario();
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
  let worker: Worker | null = null;

  const ranges = computed(() => rangesFor(scenario.spec, userRanges.value));

  /** Everything a run depends on; a result whose key differs is stale. */
  const inputsKey = computed(() =>
    JSON.stringify([
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
    const request: McRunRequest = {
      type: 'run',
      prepared: transferablePrepared(prepared.prepared),
      // Plain copies: reactive proxies cannot be cloned into a worker.
      spec: JSON.parse(JSON.stringify(scenario.spec)),
      ranges: toMcRanges(ranges.value),
      draws: draws.value,
      seed: seed.value,
    };
    const key = inputsKey.value;
    status.value = 'running';
    progress.value = 0;
    error.value = null;
    const w = new Worker(new URL('../workers/montecarlo.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker = w;
    w.onmessage = (e: MessageEvent<McWorkerMessage>) => {
      const msg = e.data;
      if (msg.type === 'progress') progress.value = msg.done / msg.draws;
      else if (msg.type === 'done') {
        result.value = msg.result;
        elapsedMs.value = msg.elapsedMs;
        ranAt.value = key;
        status.value = 'done';
        stop();
      } else {
        error.value = msg.message;
        status.value = 'error';
        stop();
      }
    };
    w.onerror = (e) => {
      error.value = e.message || 'the worker failed';
      status.value = 'error';
      stop();
    };
    w.postMessage(request);
  }

  function stop(): void {
    worker?.terminate();
    worker = null;
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
