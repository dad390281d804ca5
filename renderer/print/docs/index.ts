/**
 * The print builder of each view. A component calls `useDocOf` once in setup, for one view (the
 * parent keys it by view), and gets the view's printed document, live on the current data.
 */
import type { ComputedRef } from 'vue';
import type { PinState, PinView } from '../../../core/briefing/pin-state';
import type { PrintDoc } from '../doc';
import { useCityDoc } from './city-doc';
import { useFiguresDoc } from './figures-doc';
import { useImportDoc } from './import-doc';
import { useMapDoc } from './map-doc';
import { useRankingsDoc } from './rankings-doc';
import { useScenarioDoc } from './scenario-doc';
import { useSourcesDoc } from './sources-doc';

type Builder = (state: () => PinState) => ComputedRef<PrintDoc>;

const BUILDERS: Record<PinView, Builder> = {
  figures: useFiguresDoc as Builder,
  sources: useSourcesDoc as Builder,
  rankings: useRankingsDoc as Builder,
  map: useMapDoc as Builder,
  scenarios: useScenarioDoc as Builder,
  city: useCityDoc as Builder,
  import: useImportDoc as Builder,
};

export function useDocOf(state: () => PinState): ComputedRef<PrintDoc> {
  return BUILDERS[state().view](state);
}
export { monteCarloKey, rememberMonteCarlo } from './scenario-montecarlo';
