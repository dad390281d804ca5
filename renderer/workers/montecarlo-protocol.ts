/**
 * Messages between the scenario panel and its Monte Carlo workers. Plain data only: the layout
 * travels as typed arrays (structured clone), each part's draws back as transferred buffers.
 * A run of N draws is split into parts (core/scenario/montecarlo.ts: monteCarloParts), one per
 * worker; the page merges them into the one result a single run would give.
 */
import type { McPart, McRange, PreparedScenario, ScenarioSpec } from '../../core/scenario';

export interface McRunRequest {
  type: 'run';
  prepared: PreparedScenario;
  spec: ScenarioSpec;
  ranges: McRange[];
  draws: number;
  seed: number;
  /** This worker's draws: from … from + count − 1. */
  from: number;
  count: number;
}

export type McWorkerMessage =
  | { type: 'progress'; done: number }
  | { type: 'part'; part: McPart }
  | { type: 'error'; message: string };
