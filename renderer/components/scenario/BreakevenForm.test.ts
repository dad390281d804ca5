// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { DEFAULT_ELASTICITIES } from '../../../core/scenario';
import { useScenario } from '../../stores/scenario';
import { mountAtlas } from '../../test-support/mount';
import BreakevenForm from './BreakevenForm.vue';

describe('BreakevenForm', () => {
  it('varies the US shock on the flow the scenario shocks, and says its size', async () => {
    const { wrapper, missing } = mountAtlas(BreakevenForm);
    const s = useScenario();
    const hint = () => wrapper.get('.hint').text();
    s.spec = {
      shocks: [{ dimension: 'partner', category: 'us', flow: 'exports', pct: -20 }],
      elasticities: { ...DEFAULT_ELASTICITIES },
    };
    await wrapper.vm.$nextTick();
    expect(hint()).toContain('−20%');
    // The shock moves to both flows: the parameter varied is that shock, still at −20%
    // (it used to stay on exports, not shocked: 0%, and the list showed nothing chosen).
    s.spec = { ...s.spec, shocks: [{ ...s.spec.shocks[0]!, flow: 'both' }] };
    await wrapper.vm.$nextTick();
    expect(hint()).toContain('−20%');
    const options = [...wrapper.findAll('[data-testid="breakeven-param"] option')].map(
      (o) => (o.element as HTMLOptionElement).value,
    );
    expect(options).toContain('partner:us:both');
    expect(options).not.toContain('partner:us:exports');
    // Another parameter chosen stays chosen.
    await wrapper.get('[data-testid="breakeven-param"]').setValue('partner:eu:exports');
    expect(hint()).toContain('0%');
    expect(missing).toEqual([]);
  });
});
