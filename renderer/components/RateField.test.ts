// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mountAtlas } from '../test-support/mount';
import RateField from './RateField.vue';

function mountField(rate: number | null, hint?: string) {
  const { wrapper } = mountAtlas(RateField, {
    props: { modelValue: rate, placeholder: 'none', invalidText: 'bad', ...(hint ? { hint } : {}) },
    attrs: { 'data-testid': 'rate', id: 'r' },
  });
  const input = wrapper.get<HTMLInputElement>('input[data-testid="rate"]');
  const note = () => wrapper.find('[data-testid="rate-note"]');
  return { wrapper, input, note };
}

describe('RateField', () => {
  it('shows the rate and its hint, and commits a plausible number typed over it', async () => {
    const { wrapper, input, note } = mountField(7.1, 'help');
    expect(input.element.value).toBe('7.1');
    expect(input.attributes('id')).toBe('r');
    expect(note().text()).toBe('help');
    await input.setValue('7.25');
    expect(wrapper.emitted('update:modelValue')).toEqual([[7.25]]);
  });

  it('keeps an implausible entry as typed, says why, and commits nothing', async () => {
    const { wrapper, input, note } = mountField(7.1);
    expect(note().exists()).toBe(false);
    await input.setValue('abc');
    expect(wrapper.emitted('update:modelValue')).toBeUndefined();
    expect(input.element.value).toBe('abc');
    expect(input.attributes('aria-invalid')).toBe('true');
    expect(note().text()).toBe('bad');
    // Emptied, the field clears the rate and is valid again.
    await input.setValue('  ');
    expect(wrapper.emitted('update:modelValue')).toEqual([[null]]);
    expect(input.attributes('aria-invalid')).toBe('false');
    expect(note().exists()).toBe(false);
  });

  it('shows a rate set from outside afresh', async () => {
    const { wrapper, input } = mountField(7.1);
    await input.setValue('x');
    await wrapper.setProps({ modelValue: 6.9 });
    expect(input.element.value).toBe('6.9');
    expect(input.attributes('aria-invalid')).toBe('false');
  });
});
