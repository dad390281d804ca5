// @vitest-environment happy-dom
/**
 * The printed rankings name the choices that shape what is on the page: the board its metric,
 * filters and sort; movers and rank history (which rank everyone by total trade and have no
 * filters on screen) neither the board's metric nor its filters.
 */
import { describe, expect, it } from 'vitest';
import { defineComponent, h, type ComputedRef } from 'vue';
import type { PinOf } from '../../../core/briefing/pin-state';
import { synthCities } from '../../../core/data';
import { useAtlasData } from '../../stores/atlas-data';
import { useSettings } from '../../stores/settings';
import { mountAtlas } from '../../test-support/mount';
import type { PrintDoc } from '../doc';
import { useRankingsDoc } from './rankings-doc';

const world = synthCities({
  years: [2023, 2024],
  cities: [
    { code: '440300', zh: '深圳', en: 'Shenzhen', province: '440000', total: [3000, 4000] },
    { code: '310100', zh: '上海', en: 'Shanghai', province: '310000', total: [3500, 3800] },
  ],
});

const pin = (tab: 'board' | 'movers' | 'history'): PinOf<'rankings'> => ({
  view: 'rankings',
  tab,
  level: 'city',
  metric: 'exports',
  year: 2024,
  baseYear: 2023,
  spanStart: 2023,
  filter: { provinces: ['440000'], region: 'east', coast: null, minTotal: 500, search: 'shen' },
  sort: { key: 'yoy', direction: 'descending' },
  currency: 'CNY',
  userRate: null,
  historyCodes: null,
});

function subtitleOf(tab: 'board' | 'movers' | 'history'): string[] {
  let doc: ComputedRef<PrintDoc> | null = null;
  const Probe = defineComponent({
    setup() {
      doc = useRankingsDoc(() => pin(tab));
      return () => h('div');
    },
  });
  const { missing } = mountAtlas(Probe, { locale: 'en' });
  useAtlasData().data = {
    ...world,
    revision: { id: 0, createdAt: '', summary: '', fromFile: null, kind: { type: 'bundled' } },
    notices: [],
  };
  useSettings().locale = 'en';
  expect(missing).toEqual([]);
  return doc!.value.subtitle;
}

describe('rankings print subtitle', () => {
  it('the board names its metric, filters and sort', () => {
    const s = subtitleOf('board').join(' · ');
    expect(s).toContain('Metric: Exports');
    expect(s).toContain('Province: ');
    expect(s).toContain('Search: shen');
    // 500 亿元 in the unit an English table shows.
    expect(s).toContain('Total at least (bn RMB): 50.00');
    expect(s).toContain('Sorted by');
  });

  it.each(['movers', 'history'] as const)(
    '%s name total trade and none of the board’s filters or sort',
    (tab) => {
      const s = subtitleOf(tab).join(' · ');
      expect(s).toContain('Metric: Total trade');
      expect(s).not.toContain('Exports');
      expect(s).not.toContain('Province');
      expect(s).not.toContain('Region');
      expect(s).not.toContain('shen');
      expect(s).not.toContain('500');
      expect(s).not.toContain('Sorted by');
    },
  );
});
