// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { WorkingData } from '../../../core/api';
import type { ExposureData } from '../../../core/scenario-api';
// The real bundled files as text (`?raw`: no type inference over half a megabyte of JSON).
import datasetText from '../../../resources/data/dataset.json?raw';
import exposureText from '../../../resources/data/exposure.json?raw';
import entitiesText from '../../../resources/reference/entities.json?raw';
import { useAtlasData } from '../../stores/atlas-data';
import { mountAtlas } from '../../test-support/mount';
import CityExposure from './CityExposure.vue';

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
/** The exposure profiles arrive when the test says so: the drawer is seen while they load. */
let deliver: () => void = () => undefined;
vi.mock('../../api', () => ({
  api: {
    getExposureProfiles: () =>
      new Promise<ExposureData>((resolve) => (deliver = () => resolve(exposure))),
  },
}));

describe('the city drawer’s exposure section', () => {
  it.each([
    ['zh-CN', '基准年', `基准年 ${exposure.exposure.defaultBaseYear}`],
    ['en', 'base year', `base year ${exposure.exposure.defaultBaseYear}`],
  ] as const)(
    'names no base year while the shares load, then the year (%s)',
    async (locale, label, named) => {
      const { wrapper, missing } = mountAtlas(CityExposure, {
        locale,
        props: { code: '310100', year: null },
      });
      useAtlasData().data = working;
      await flushPromises();
      const title = () => wrapper.get('[data-testid="detail-exposure-title"]').text();
      // Loading: the heading stands without the "base year" label (it once read "基准年 ").
      expect(title()).not.toContain(label);
      expect(title()).not.toMatch(/\s[)）]/);
      deliver();
      await flushPromises();
      expect(title()).toContain(named);
      expect(missing).toEqual([]);
    },
  );
});
