// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mountAtlas } from '../test-support/mount';
import NumberField from './NumberField.vue';

/** A NumberField whose parent takes each value (or, with `accept`, turns some down). */
function mountField(
  modelValue: number | null,
  rule: Record<string, unknown> = {},
  accept: (v: number | null) => boolean = () => true,
) {
  const got: (number | null)[] = [];
  let refused = 0;
  const { wrapper } = mountAtlas(NumberField, {
    props: {
      modelValue,
      ...rule,
      'onUpdate:modelValue': (v: number | null) => {
        got.push(v);
        if (accept(v)) void wrapper.setProps({ modelValue: v });
      },
      onRefused: () => refused++,
    },
    attrs: { step: '0.5', 'data-testid': 'box' },
  });
  const input = wrapper.find('input');
  // setValue fires input, then change (the event the field commits on).
  const type = async (text: string) => {
    await input.setValue(text);
    await new Promise((r) => setTimeout(r));
  };
  return { input, type, got, refused: () => refused };
}

describe('NumberField', () => {
  it('shows the model and hands on a typed number, with its attributes on the input', async () => {
    const f = mountField(-20, { min: -100, max: 1000 });
    expect(f.input.element.value).toBe('-20');
    expect(f.input.attributes()).toMatchObject({
      type: 'number',
      min: '-100',
      max: '1000',
      step: '0.5',
      'data-testid': 'box',
    });
    await f.type('-35.5');
    expect(f.got).toEqual([-35.5]);
    expect(f.input.element.value).toBe('-35.5');
  });

  it('brings a value beyond the bounds to the nearer bound and shows that value', async () => {
    const f = mountField(200, { min: -100, max: 1000 });
    await f.type('5000');
    expect(f.got).toEqual([1000]);
    expect(f.input.element.value).toBe('1000');
    // Already at the bound, the model does not change: the box must not keep showing 7000.
    await f.type('7000');
    expect(f.got).toEqual([1000]);
    expect(f.input.element.value).toBe('1000');
  });

  it('refuses an emptied box and shows the value still in use', async () => {
    const f = mountField(1.3, { min: 0, max: 5 });
    await f.type('');
    expect(f.got).toEqual([]);
    expect(f.refused()).toBe(1);
    expect(f.input.element.value).toBe('1.3');
  });

  it('hands on null for an emptied box where empty means no value', async () => {
    const f = mountField(12, { min: 0, max: 100, emptyIsNull: true });
    await f.type('');
    expect(f.got).toEqual([null]);
    expect(f.input.element.value).toBe('');
  });

  it('refuses a value outside the bounds where the bounds are its meaning', async () => {
    const f = mountField(12, { min: 0, max: 100, refuseOutside: true, emptyIsNull: true });
    await f.type('150');
    expect(f.got).toEqual([]);
    expect(f.refused()).toBe(1);
    expect(f.input.element.value).toBe('12');
  });

  it('shows the old value again when the parent turns the new one down', async () => {
    const f = mountField(0.5, {}, (v) => v !== 2);
    await f.type('2');
    expect(f.got).toEqual([2]);
    expect(f.input.element.value).toBe('0.5');
  });
});
