// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { asAdcode, type Entity } from '../../../core/model';
import { useAtlasData } from '../../stores/atlas-data';
import { useScenario } from '../../stores/scenario';
import { mountAtlas } from '../../test-support/mount';
import ExposureEditor from './ExposureEditor.vue';

const place = (code: string, level: 'city' | 'province', shortZh: string): Entity => ({
  code: asAdcode(code),
  level,
  // As in the bundled reference: the province and the city share every name.
  nameZh: `${shortZh}市`,
  shortZh,
  nameEn: 'Shanghai',
  pinyin: 'shanghai',
  aliases: [`${shortZh}市`, shortZh],
  formerCodes: [],
  provinceCode: asAdcode('310000'),
  parentCode: null,
  region: null,
  coastal: true,
  provincialCapital: false,
  centroid: null,
});

/** Mounts the panel at `level` over a reference where 上海 is both a province and a city. */
function mountAt(level: 'city' | 'province') {
  const mounted = mountAtlas(ExposureEditor, { locale: 'zh-CN' });
  useAtlasData().data = {
    reference: {
      schemaVersion: 1,
      builtFrom: '',
      entities: [place('310000', 'province', '上海'), place('310100', 'city', '上海')],
    },
    dataset: {
      schemaVersion: 1,
      builtFrom: '',
      unit: '亿元',
      rates: [],
      dataAsOf: '',
      figures: [],
      sources: [],
    },
    revision: { id: 0, createdAt: '', summary: '', fromFile: null, kind: { type: 'bundled' } },
    notices: [],
  };
  useScenario().level = level;
  return mounted;
}

async function importCsv(wrapper: ReturnType<typeof mountAt>['wrapper'], text: string) {
  const input = wrapper.get('[data-testid="exposure-csv"]');
  const file = new File([text], 'shares.csv', { type: 'text/csv' });
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true });
  await input.trigger('change');
  await flushPromises();
}

const CSV = 'entity,dimension,category,flow,share\n上海,partner,us,exports,18\n';

describe('ExposureEditor shares CSV', () => {
  it('gives 上海 to the city at city level (a first match once gave it to the province)', async () => {
    const { wrapper, missing } = mountAt('city');
    await importCsv(wrapper, CSV);
    expect(useScenario().edits).toEqual([
      expect.objectContaining({ code: '310100', dimension: 'partner', category: 'us', pct: 18 }),
    ]);
    expect(wrapper.get('[data-testid="exposure-csv-result"]').text()).toContain('shares.csv');
    expect(missing).toEqual([]);
  });

  it('gives 上海 to the province at province level', async () => {
    const { wrapper } = mountAt('province');
    await importCsv(wrapper, CSV);
    expect(useScenario().edits).toEqual([expect.objectContaining({ code: '310000', pct: 18 })]);
  });
});
