// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { WIZARD_STEPS } from '../../stores/import-wizard';
import { mountAtlas } from '../../test-support/mount';
import ImportSteps from './ImportSteps.vue';

describe('ImportSteps', () => {
  it('names every step, marks the current one, and opens only those within reach', async () => {
    const { wrapper, missing } = mountAtlas(ImportSteps, {
      props: { current: WIZARD_STEPS[1]!, reach: 1, attention: { [WIZARD_STEPS[1]!]: 3 } },
    });
    const buttons = wrapper.findAll('button');
    expect(buttons).toHaveLength(WIZARD_STEPS.length);
    expect(buttons[1]!.attributes('aria-current')).toBe('step');
    expect(buttons[0]!.attributes('aria-current')).toBeUndefined();
    expect(buttons[1]!.find('.count').text()).toBe('3');
    expect(buttons.map((b) => b.attributes('disabled') !== undefined)).toEqual(
      WIZARD_STEPS.map((_, i) => i > 1),
    );
    for (const b of buttons) expect(b.find('.label').text()).not.toMatch(/^import\./);
    await buttons[0]!.trigger('click');
    expect(wrapper.emitted('select')).toEqual([[WIZARD_STEPS[0]]]);
    expect(missing).toEqual([]);
  });

  it('fails on a key no language has', () => {
    const { wrapper, missing } = mountAtlas(
      { template: '<p>{{ $t("import.steps.nope") }}</p>' },
      { locale: 'zh-CN' },
    );
    expect(wrapper.text()).toBe('import.steps.nope');
    expect(missing).toContain('import.steps.nope');
  });
});
