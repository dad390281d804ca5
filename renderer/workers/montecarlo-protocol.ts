/**
 * Messages between the scenario panel and its Monte Carlo worker. Plain data only: the layout
 * travels as typed arrays (structured clone), the result as numbers.
 */
import type { McRange, McResult, PreparedScenario, ScenarioSpec } from '../../core/scenario';

export interface McRunRequest {
  type: 'run';
  prepared: PreparedScenario;
  spec: ScenarioSpec;
  ranges: McRange[];
  draws: number;
  seed: number;
}

export type McWorkerMessage =
  | { type: 'progress'; done: number; draws: number }
  /** `elapsedMs`: wall time of the draws inside the worker, for the panel and the report. */
  | { type: 'done'; result: McResult; elapsedMs: number }
  | { type: 'error'; message: string };
