/**
 * Start-up work that needs no Vue, run first thing in main.ts: it takes the data requests
 * boot.js started (or starts them), asks for the first view's code at once, and for ECharts when
 * the map is the first view — so all travel while the shell is still being set up, not after
 * it has mounted. Stores take the pending requests (`takeWorkingData`,
 * `boundariesRequest`); nothing here relies on HTTP: the same calls go over IPC in Electron.
 */
import type { BoundaryTopology } from '../core/model';
import type { WorkingData } from '../core/api';
import { loadEcharts } from './charts/echarts-loader';
import { api } from './api';
import { httpReply } from './remote-call';
import { viewLoaders, type LoadableView } from './view-loaders';

/**
 * A request boot.js (renderer/public) started before the bundle loaded, taken once, or a new
 * one through api.ts.
 */
function call<T>(method: 'getWorkingData' | 'getBoundaries'): Promise<T> {
  const early = window.atlasBoot?.[method];
  if (early && window.atlasBoot) window.atlasBoot[method] = null;
  if (early?.value) return early.value as Promise<T>;
  if (early?.response) return httpReply(method, early.response) as Promise<T>;
  return api[method]() as Promise<T>;
}

/** stores/settings.ts keeps its page copy of the settings under this key. */
export const SETTINGS_CACHE_KEY = 'atlas.settings.v2';

let working: Promise<WorkingData> | null = null;
let boundaries: Promise<BoundaryTopology> | null = null;

/** The working data: the request started at start-up the first time, a new one after that. */
export function takeWorkingData(): Promise<WorkingData> {
  const early = working;
  working = null;
  return early ?? call<WorkingData>('getWorkingData');
}

/** The boundaries request, shared until it succeeds (a failed one is asked again). */
export function boundariesRequest(): Promise<BoundaryTopology> {
  boundaries ??= call<BoundaryTopology>('getBoundaries').catch((e: unknown) => {
    boundaries = null;
    throw e;
  });
  return boundaries;
}

/** Lets go of the boundaries once decoded (the decoded map is what is kept). */
export function releaseBoundaries(): void {
  boundaries = null;
}

/** The view the app opens on: the route in the address, else the last view (router.ts). */
function firstView(): LoadableView | null {
  let name = /^#\/(\w+)/.exec(location.hash)?.[1];
  if (!name) {
    try {
      // The settings' page copy (stores/settings.ts), read raw: that module needs Pinia.
      const cached = JSON.parse(localStorage.getItem(SETTINGS_CACHE_KEY) ?? '{}') as {
        lastView?: unknown;
      };
      name = typeof cached.lastView === 'string' ? cached.lastView : 'figures';
    } catch {
      name = 'figures';
    }
  }
  return Object.hasOwn(viewLoaders, name) ? (name as LoadableView) : null;
}

export function startBootPrefetch(): void {
  // A rejection is handled by whoever takes the promise; none is left unhandled meanwhile.
  working = call<WorkingData>('getWorkingData');
  working.catch(() => undefined);
  const view = firstView();
  if (view) void viewLoaders[view]().catch(() => undefined);
  if (view === 'map') {
    boundariesRequest().catch(() => undefined);
    void loadEcharts().catch(() => undefined);
  }
}
