/**
 * ECharts (about 1 MB minified) is loaded on demand, never with the shell: a chart asks for it
 * after its table has painted, printing and exports find it already loaded. `import()` of a
 * bundled chunk works the same under app:// (Electron) and over the harness's HTTP.
 */
import type { echarts as Echarts } from './echarts';

type EchartsModule = typeof import('./echarts');

let loaded: EchartsModule | null = null;
let pending: Promise<EchartsModule> | null = null;

export function loadEcharts(): Promise<EchartsModule> {
  pending ??= import('./echarts').then(
    (m) => (loaded = m),
    (e: unknown) => {
      pending = null; // a failed chunk load is retried next time
      throw e;
    },
  );
  return pending;
}

/** The library if it is loaded already (a chart exists, or printing warmed it), else null. */
export function echartsIfLoaded(): typeof Echarts | null {
  return loaded?.echarts ?? null;
}

export { afterPaint } from '../after-paint';
