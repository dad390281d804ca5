// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { useScenario } from '../../stores/scenario';
import { mountAtlas } from '../../test-support/mount';
import ShockEditor from './ShockEditor.vue';

describe('ShockEditor', () => {
  it('sets a shock from the number box, clamps it, counts it and clears it', async () => {
    const { wrapper, missing } = mountAtlas(ShockEditor, { locale: 'zh-CN' });
    const s = useScenario();
    const us = wrapper.get('[data-testid="shock-partner-us"]');
    const box = us.get('[data-testid="shock-input"]');
    await box.setValue('-20');
    expect(s.spec.shocks).toEqual([
      expect.objectContaining({ dimension: 'partner', category: 'us', pct: -20 }),
    ]);
    expect(wrapper.get('[data-testid="shock-group-partner"] .count').text()).toBe('1');
    expect(us.classes()).toContain('active');
    // The slider shows −100…+100; the box takes the model's range and clamps beyond it.
    await box.setValue('5000');
    expect(s.spec.shocks[0]!.pct).toBe(1000);
    expect((us.get('[data-testid="shock-slider"]').element as HTMLInputElement).value).toBe('100');
    await wrapper.get('[data-testid="shocks-clear"]').trigger('click');
    expect(s.spec.shocks).toEqual([]);
    expect(wrapper.find('[data-testid="shock-group-partner"] .count').exists()).toBe(false);
    expect(missing).toEqual([]);
  });

  it('keeps a flow chosen before the shock is typed, and shocks that flow', async () => {
    const { wrapper } = mountAtlas(ShockEditor);
    const row = () => wrapper.get('[data-testid="shock-partner-us"]');
    await row().get('[data-testid="shock-flow"]').setValue('imports');
    expect(useScenario().spec.shocks).toEqual([]);
    expect((row().get('[data-testid="shock-flow"]').element as HTMLSelectElement).value).toBe(
      'imports',
    );
    await row().get('[data-testid="shock-input"]').setValue('-20');
    expect(useScenario().spec.shocks).toEqual([
      { dimension: 'partner', category: 'us', flow: 'imports', pct: -20 },
    ]);
  });

  it('ignores a box left empty', async () => {
    const { wrapper } = mountAtlas(ShockEditor);
    await wrapper.get('[data-testid="shock-partner-us"] [data-testid="shock-input"]').setValue('');
    expect(useScenario().spec.shocks).toEqual([]);
  });
});
