// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { mountAtlas } from '../../test-support/mount';
import ComparePanel from './ComparePanel.vue';

describe('ComparePanel', () => {
  it('drops a refused file’s message once B is another scenario', async () => {
    const { wrapper, missing } = mountAtlas(ComparePanel);
    const input = wrapper.get('[data-testid="compare-open-input"]');
    const file = new File(['{'], 'bad.json', { type: 'application/json' });
    Object.defineProperty(input.element, 'files', { value: [file], configurable: true });
    await input.trigger('change');
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toContain('bad.json');
    await wrapper.get('[data-testid="compare-pin"]').trigger('click');
    expect(wrapper.find('[data-testid="compare-b-name"]').exists()).toBe(true);
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
    expect(missing).toEqual([]);
  });
});
