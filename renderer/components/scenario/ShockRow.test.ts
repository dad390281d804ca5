// @vitest-environment happy-dom
/** One shock's row: what its number box, slider and flow choice write to the scenario store. */
import { describe, expect, it } from 'vitest';
import {
  parseScenarioFile,
  scenarioFileFromSpec,
  serializeScenarioFile,
  SHOCK_MAX_PCT,
  SHOCK_MIN_PCT,
  type Shock,
  type ShockFlow,
} from '../../../core/scenario';
import { useScenario } from '../../stores/scenario';
import { mountAtlas } from '../../test-support/mount';
import ShockRow from './ShockRow.vue';

const BOTH: readonly ShockFlow[] = ['exports', 'imports', 'both'];

/** A row as the shock editor passes it: the shock (pct 0 when unset) and its key. */
const rowOf = (s: Shock) => ({ ...s, key: `${s.dimension}:${s.category}:${s.flow}` });
const us = (pct: number, flow: ShockFlow = 'exports'): Shock => ({
  dimension: 'partner',
  category: 'us',
  flow,
  pct,
});

function mountRow(shock: Shock, locale?: 'en' | 'zh-CN') {
  const mounted = mountAtlas(ShockRow, { props: { row: rowOf(shock) }, locale });
  const scenario = useScenario();
  // Start the store where the row says it is, as the editor does.
  if (shock.pct !== 0) scenario.setShock(shock);
  const box = mounted.wrapper.get('[data-testid="shock-input"]');
  const slider = mounted.wrapper.get('[data-testid="shock-slider"]');
  /** Pass the store's shock back in, as the editor does on each change. */
  const follow = () => {
    const s = scenario.spec.shocks.find((x) => x.category === shock.category);
    return mounted.wrapper.setProps({ row: rowOf(s ?? { ...shock, pct: 0 }) });
  };
  return { ...mounted, scenario, box, slider, follow };
}

const valueOf = (w: { element: Element }) => (w.element as HTMLInputElement).value;

describe('ShockRow', () => {
  it('sets the shock from the number box, on its own dimension, category and flow', async () => {
    const { scenario, box, missing } = mountRow(us(0));
    await box.setValue('-20');
    expect(scenario.spec.shocks).toEqual([us(-20)]);
    await box.setValue('12.5');
    expect(scenario.spec.shocks).toEqual([us(12.5)]);
    expect(missing).toEqual([]);
  });

  it('clamps a typed value to the model’s range', async () => {
    const { scenario, box } = mountRow(us(0));
    await box.setValue('5000');
    expect(scenario.spec.shocks).toEqual([us(SHOCK_MAX_PCT)]);
    await box.setValue('-250');
    expect(scenario.spec.shocks).toEqual([us(SHOCK_MIN_PCT)]);
    // The box itself tells the browser the same range.
    expect(box.attributes('min')).toBe(String(SHOCK_MIN_PCT));
    expect(box.attributes('max')).toBe(String(SHOCK_MAX_PCT));
  });

  it('leaves the shock as it was when the box is emptied or holds no number', async () => {
    const { scenario, box } = mountRow(us(-20));
    await box.setValue('');
    expect(scenario.spec.shocks).toEqual([us(-20)]);
    await box.setValue('   ');
    expect(scenario.spec.shocks).toEqual([us(-20)]);
    await box.setValue('abc');
    expect(scenario.spec.shocks).toEqual([us(-20)]);
  });

  it('typing 0 removes the shock', async () => {
    const { scenario, box } = mountRow(us(-20));
    await box.setValue('0');
    expect(scenario.spec.shocks).toEqual([]);
  });

  it('sets the shock from the slider too', async () => {
    const { scenario, slider } = mountRow(us(0));
    await slider.setValue('-35');
    expect(scenario.spec.shocks).toEqual([us(-35)]);
  });

  it('shows the same value in slider and box; beyond ±100 the slider rests at its end', async () => {
    const { wrapper, box, slider, follow } = mountRow(us(0));
    expect([valueOf(slider), valueOf(box)]).toEqual(['0', '0']);
    expect(wrapper.classes()).not.toContain('active');
    await slider.setValue('-35');
    await follow();
    expect([valueOf(slider), valueOf(box)]).toEqual(['-35', '-35']);
    expect(wrapper.classes()).toContain('active');
    await box.setValue('60');
    await follow();
    expect([valueOf(slider), valueOf(box)]).toEqual(['60', '60']);
    await box.setValue('250');
    await follow();
    expect([valueOf(slider), valueOf(box)]).toEqual(['100', '250']);
    await box.setValue('-100');
    await follow();
    expect([valueOf(slider), valueOf(box)]).toEqual(['-100', '-100']);
  });

  it('moves a shock to the chosen flow, keeping its size', async () => {
    const { wrapper, scenario, follow } = mountRow(us(-20));
    const select = wrapper.get('[data-testid="shock-flow"]');
    expect(select.findAll('option').map((o) => o.attributes('value'))).toEqual([...BOTH]);
    expect(valueOf(select)).toBe('exports');
    await select.setValue('imports');
    expect(scenario.spec.shocks).toEqual([us(-20, 'imports')]);
    await follow();
    expect(valueOf(select)).toBe('imports');
    await select.setValue('both');
    expect(scenario.spec.shocks).toEqual([us(-20, 'both')]);
  });

  it('a shock moved to another flow is saved in a scenario file that opens again', async () => {
    const { wrapper, scenario } = mountRow(us(-20));
    await wrapper.get('[data-testid="shock-flow"]').setValue('imports');
    const text = serializeScenarioFile(scenarioFileFromSpec('moved', 2024, scenario.spec));
    const reopened = parseScenarioFile(text);
    expect(reopened.ok && reopened.value.shocks).toEqual([us(-20, 'imports')]);
  });

  it('names the category and flow in its labels', async () => {
    const { wrapper, slider, box, follow } = mountRow(us(-20));
    expect(slider.attributes('aria-label')).toBe('US exports %');
    expect(wrapper.get('[data-testid="shock-flow"]').attributes('aria-label')).toBe('US Flow');
    // The category's name labels the number box.
    const label = wrapper.get('label');
    expect(label.text()).toBe('US');
    expect(label.attributes('for')).toBe(box.attributes('id'));
    expect(box.attributes('id')).toBe('shock-partner:us:exports');
    await wrapper.get('[data-testid="shock-flow"]').setValue('imports');
    await follow();
    expect(slider.attributes('aria-label')).toBe('US imports %');
  });

  it('names them in Chinese too', () => {
    const { wrapper, slider, missing } = mountRow(us(0), 'zh-CN');
    expect(slider.attributes('aria-label')).toBe('美国 出口 %');
    expect(wrapper.get('[data-testid="shock-flow"]').attributes('aria-label')).toBe('美国 流向');
    expect(missing).toEqual([]);
  });

  it('shows the one flow as text where the dimension allows no choice', () => {
    const gdp: Shock = { dimension: 'partner_gdp', category: 'us', flow: 'exports', pct: 0 };
    const { wrapper, slider } = mountRow(gdp);
    expect(wrapper.find('[data-testid="shock-flow"]').exists()).toBe(false);
    expect(wrapper.get('.flow').text()).toBe('exports');
    expect(wrapper.attributes('data-testid')).toBe('shock-partner_gdp-us');
    expect(slider.attributes('aria-label')).toBe('US exports %');
  });
});
