// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mountAtlas } from '../test-support/mount';
import RateField from './RateField.vue';

function mountField(rate: number | null) {
  const { wrapper } = mountAtlas(RateField, {
    props: { rate, placeholder: 'none' },
    attrs: { 'data-testid': 'rate', id: 'r' },
    slots: {
      default: `<template #default="{ invalid }"><p>{{ invalid ? 'bad' : 'ok' }}</p></template>`,
    },
  });
  return { wrapper, input: wrapper.get<HTMLInputElement>('input[data-testid="rate"]') };
}

describe('RateField', () => {
  it('shows the rate, and commits a plausible number typed over it', async () => {
    const { wrapper, input } = mountField(7.1);
    expect(input.element.value).toBe('7.1');
    expect(input.attributes('id')).toBe('r');
    await input.setValue('7.25');
    expect(wrapper.emitted('commit')).toEqual([[7.25]]);
    expect(wrapper.get('p').text()).toBe('ok');
  });

  it('keeps an implausible entry as typed, marked invalid, and commits nothing', async () => {
    const { wrapper, input } = mountField(null);
    await input.setValue('abc');
    expect(wrapper.emitted('commit')).toBeUndefined();
    expect(input.element.value).toBe('abc');
    expect(input.attributes('aria-invalid')).toBe('true');
    expect(wrapper.get('p').text()).toBe('bad');
    // Emptied, the field clears the rate and is valid again.
    await input.setValue('  ');
    expect(wrapper.emitted('commit')).toEqual([[null]]);
    expect(input.attributes('aria-invalid')).toBe('false');
  });

  it('shows a rate set from outside afresh', async () => {
    const { wrapper, input } = mountField(7.1);
    await input.setValue('x');
    await wrapper.setProps({ rate: 6.9 });
    expect(input.element.value).toBe('6.9');
    expect(input.attributes('aria-invalid')).toBe('false');
  });
});
