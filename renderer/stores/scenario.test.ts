// @vitest-environment happy-dom
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkingData } from '../../core/api';
// The real bundled files as text (`?raw`: no type inference over half a megabyte of JSON).
import datasetText from '../../resources/data/dataset.json?raw';
import exposureText from '../../resources/data/exposure.json?raw';
import entitiesText from '../../resources/reference/entities.json?raw';
import type { ExposureData } from '../../core/scenario-api';
import { useAtlasData } from './atlas-data';
import { useScenario } from './scenario';
import { useSettings } from './settings';

// Served by a fake api: there is no main process in a unit test.
const working: WorkingData = {
  dataset: JSON.parse(datasetText),
  reference: JSON.parse(entitiesText),
  revision: {
    id: 0,
    createdAt: '2026-01-01T00:00:00.000Z',
    summary: 'Bundled data',
    fromFile: null,
    kind: { type: 'bundled' },
  },
  notices: [],
};
const exposure: ExposureData = {
  exposure: JSON.parse(exposureText),
  userEdits: [],
  revisionId: 0,
};
vi.mock('../api', () => ({
  api: {
    getWorkingData: async () => working,
    getExposureProfiles: async () => exposure,
    saveExposureEdits: vi.fn(async () => working.revision),
  },
}));

async function ready() {
  await useAtlasData().load();
  const s = useScenario();
  await s.ensureExposure();
  return s;
}

describe('the scenario store', () => {
  beforeEach(() => {
    localStorage.clear();
    setActivePinia(createPinia());
  });

  it('lists entities in the reader’s name order: pinyin in Chinese, alphabetical in English', async () => {
    const s = await ready();
    // 西安 Xi'an and 厦门 Xiamen: 厦门 comes first in pinyin, Xi'an first in English.
    const codes = ['610100', '350200', '110100'];
    expect(s.inNameOrder(codes)).toEqual(['110100', '350200', '610100']);
    useSettings().locale = 'en';
    expect(s.inNameOrder(codes)).toEqual(['110100', '610100', '350200']);
  });

  it('starts on the profiles’ base year with no shocks: every result is its baseline', async () => {
    const s = await ready();
    expect(s.year).toBe(2025);
    expect(s.rows.length).toBeGreaterThan(0);
    expect(s.rows.every((r) => r.total.delta === 0 || r.total.delta === null)).toBe(true);
  });

  it('a preset orders the rows by loss and names the scenario in the reader’s language', async () => {
    const s = await ready();
    s.applyPreset('us_demand_minus_20');
    expect(s.name).toBe('美国需求 −20%');
    const deltas = s.rows.map((r) => r.total.delta ?? 0);
    expect(deltas).toEqual([...deltas].sort((a, b) => a - b));
    expect(deltas[0]).toBeLessThan(0);
    const shanghai = s.rows.find((r) => r.code === '310100')!;
    expect(shanghai.total.scenario).toBeCloseTo(44522.28, 6);
    expect(s.focusCode).toBe(s.rows[0]!.code);
    // Moving a slider leaves the preset; a zero removes the shock.
    s.setShock({ dimension: 'partner', category: 'us', flow: 'exports', pct: 0 });
    expect(s.presetId).toBeNull();
    expect(s.spec.shocks).toEqual([]);
  });

  it('sorts by any column and keeps results that are not computable at the bottom', async () => {
    const s = await ready();
    s.applyPreset('commodity_prices_minus_20');
    s.sort = { key: 'baseline', direction: 'descending' };
    const baselines = s.rows.map((r) => r.total.baseline ?? 0);
    expect(baselines).toEqual([...baselines].sort((a, b) => b - a));
    s.sort = { key: 'newRank', direction: 'ascending' };
    expect(s.rows.at(-1)!.total.status).toBe('not_computable');
    expect(s.rows.at(-1)!.total.newRank).toBeNull();
  });

  it('the proxy rule widens stand-in ranges and is refused outside its bounds', async () => {
    const s = await ready();
    s.applyPreset('us_demand_minus_20');
    const proxied = () => s.rows.find((r) => r.usedShares.some((u) => u.step === 'national'))!;
    const before = proxied().total;
    expect(s.setProxyFactor('national', 'high', 2)).toBe(true);
    expect(proxied().total.low!).toBeLessThan(before.low!);
    expect(proxied().total.scenario).toBeCloseTo(before.scenario!, 9);
    expect(s.setProxyFactor('national', 'low', 1.5)).toBe(false);
    expect(s.proxyRange.national).toEqual({ low: 0.5, high: 2 });
  });

  it('a user share changes the result at once and is marked unsaved until stored', async () => {
    const s = await ready();
    s.setShock({
      dimension: 'import_commodity',
      category: 'copper_ore',
      flow: 'imports',
      pct: -20,
    });
    const tongling = () => s.rows.find((r) => r.code === '340700')!;
    expect(tongling().notComputable).toBe(true);
    expect(tongling().total.status).toBe('not_computable');
    const cell = {
      code: '340700',
      dimension: 'import_commodity',
      basis: 'import',
      category: 'copper_ore',
    } as const;
    s.setEdit({ ...cell, code: cell.code as never }, 35);
    expect(s.editsDirty).toBe(true);
    expect(tongling().notComputable).toBe(false);
    // Imports fall 35% × 18.4%; Tongling publishes only a total and borrows its split w.
    const w = tongling().split!.exportShare;
    expect(tongling().total.scenario).toBeCloseTo(1265 * (1 - (1 - w) * 0.35 * 0.184), 6);
    expect(tongling().usedShares[0]).toMatchObject({ step: 'user', pct: 35 });
    s.setEdit({ ...cell, code: cell.code as never }, null);
    expect(s.editsDirty).toBe(false);
  });
});
