// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { describe, expect, it, vi } from 'vitest';
import type { WorkingData } from '../../core/api';
import type { McResult } from '../../core/scenario';
import datasetText from '../../resources/data/dataset.json?raw';
import exposureText from '../../resources/data/exposure.json?raw';
import entitiesText from '../../resources/reference/entities.json?raw';
import { useAtlasData } from './atlas-data';
import { useScenario } from './scenario';
import { useScenarioMonteCarlo } from './scenario-montecarlo';

// No workers in a unit test: a run hands back this result at once.
const result: McResult = {
  draws: 100,
  seed: 1,
  measure: 'total',
  entities: [{ code: '310100' } as McResult['entities'][number]],
};
vi.mock('../workers/montecarlo-pool', () => ({
  runMonteCarloPool: () => ({ result: Promise.resolve(result), cancel: () => {} }),
}));

// The scenario store reloads the shares of a new revision from the main process.
vi.mock('../api', () => ({
  api: {
    getExposureProfiles: async () => ({
      exposure: JSON.parse(exposureText),
      userEdits: [],
      revisionId: 1,
    }),
  },
}));

const working = (id: number): WorkingData => ({
  dataset: JSON.parse(datasetText),
  reference: JSON.parse(entitiesText),
  revision: { id, createdAt: '', summary: '', fromFile: null, kind: { type: 'bundled' } },
  notices: [],
});

describe('the Monte Carlo store', () => {
  it('marks a result stale once the figures change under it (an import, an undo)', async () => {
    setActivePinia(createPinia());
    const data = useAtlasData();
    data.data = working(0);
    const scenario = useScenario();
    scenario.exposure = { exposure: JSON.parse(exposureText), userEdits: [], revisionId: 0 };
    scenario.applyPreset('us_demand_minus_20');
    const mc = useScenarioMonteCarlo();
    mc.run();
    await flushPromises();
    expect(mc.status).toBe('done');
    expect(mc.stale).toBe(false);
    expect(mc.byCode.size).toBe(1);
    // Another revision of the figures: the draws were made on the old ones.
    data.data = working(1);
    expect(mc.stale).toBe(true);
    expect(mc.byCode.size).toBe(0);
  });
});
