// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { synthDataset, synthRecord } from '../../../core/data';
import { asAdcode } from '../../../core/model';
import { DEFAULT_ELASTICITIES } from '../../../core/scenario';
import { useAtlasData } from '../../stores/atlas-data';
import { useScenario } from '../../stores/scenario';
import { useScenarioMonteCarlo } from '../../stores/scenario-montecarlo';
import { mountAtlas } from '../../test-support/mount';
import MonteCarloPanel from './MonteCarloPanel.vue';
import { useScenarioFile } from './use-scenario-file';

/** The panel over one city with 2025 figures (the scenario's year) and a US −20% shock. */
function mountWithUsShock() {
  const mounted = mountAtlas(MonteCarloPanel);
  useAtlasData().data = {
    reference: {
      schemaVersion: 1,
      builtFrom: '',
      entities: [
        {
          code: asAdcode('310100'),
          level: 'city',
          nameZh: '上海市',
          shortZh: '上海',
          nameEn: 'Shanghai',
          pinyin: 'shanghai',
          aliases: [],
          formerCodes: [],
          provinceCode: asAdcode('310000'),
          parentCode: null,
          region: null,
          coastal: true,
          provincialCapital: false,
          centroid: null,
        },
      ],
    },
    dataset: synthDataset([synthRecord('310100', 2025, { total: 100 })]),
    revision: { id: 0, createdAt: '', summary: '', fromFile: null, kind: { type: 'bundled' } },
    notices: [],
  };
  useScenario().spec = {
    shocks: [{ dimension: 'partner', category: 'us', flow: 'exports', pct: -20 }],
    elasticities: { ...DEFAULT_ELASTICITIES },
  };
  return mounted;
}

describe('MonteCarloPanel', () => {
  it('keeps each end of a range on its side of the other and within the shock’s bounds', async () => {
    const { wrapper, missing } = mountWithUsShock();
    await wrapper.vm.$nextTick();
    const mc = useScenarioMonteCarlo();
    const row = () => wrapper.get('[data-testid="mc-range"][data-param="partner:us:exports"]');
    const box = (end: 'min' | 'max') => row().get(`[data-testid="mc-${end}"]`);
    expect(mc.ranges[0]).toMatchObject({ min: -30, max: -10 });
    // A minimum above the maximum comes down to it; the box shows the value in use.
    await box('min').setValue('10');
    expect(mc.ranges[0]).toMatchObject({ min: -10, max: -10 });
    expect((box('min').element as HTMLInputElement).value).toBe('-10');
    await box('max').setValue('5000');
    expect(mc.ranges[0]).toMatchObject({ min: -10, max: 1000 });
    await box('min').setValue('-400');
    expect(mc.ranges[0]).toMatchObject({ min: -100, max: 1000 });
    // What the boxes allow saves as a file that opens again.
    expect(
      useScenarioFile().parse('x.json', JSON.stringify(useScenarioFile().currentFile())),
    ).not.toBeNull();
    expect(missing).toEqual([]);
  });
});

describe('scenario file and Monte Carlo ranges', () => {
  it('a range switched off stays off when the file is opened again', async () => {
    mountWithUsShock();
    const mc = useScenarioMonteCarlo();
    const files = useScenarioFile();
    mc.setRange({ ...mc.ranges[0]!, enabled: false });
    const text = JSON.stringify(files.currentFile());
    mc.replaceRanges([]);
    expect(mc.ranges[0]!.enabled).toBe(true);
    const file = files.parse('x.json', text);
    files.apply(file!, 'x.json');
    expect(mc.ranges).toEqual([
      expect.objectContaining({ param: 'partner:us:exports', enabled: false }),
    ]);
  });

  it('a file with no ranges does not keep the last scenario’s', () => {
    mountWithUsShock();
    const mc = useScenarioMonteCarlo();
    const files = useScenarioFile();
    const text = JSON.stringify({ ...files.currentFile(), monteCarlo: null });
    mc.setRange({ ...mc.ranges[0]!, min: -90 });
    files.apply(files.parse('x.json', text)!, 'x.json');
    expect(mc.ranges[0]).toMatchObject({ min: -30, max: -10, enabled: true });
  });

  it('refuses to save a file that would not open again, saying why', async () => {
    mountWithUsShock();
    const mc = useScenarioMonteCarlo();
    const files = useScenarioFile();
    mc.setRange({ ...mc.ranges[0]!, min: 5, max: -5 });
    await files.save();
    expect(files.status.value).toMatchObject({ kind: 'error' });
    const problems = files.status.value?.kind === 'error' ? files.status.value.problems : [];
    expect(problems.map((p) => files.describe(p)).join()).not.toContain('[object Object]');
    expect(problems).toEqual([expect.objectContaining({ code: 'min_above_max' })]);
  });
});
