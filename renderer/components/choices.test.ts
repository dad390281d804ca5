// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mountAtlas } from '../test-support/mount';
import RadioChoices from './RadioChoices.vue';
import SegmentedToggle from './SegmentedToggle.vue';
import FilePicker from './shell/FilePicker.vue';
import LabelledSelect from './LabelledSelect.vue';

const text = (v: string) => v.toUpperCase();

describe('SegmentedToggle', () => {
  it('presses the chosen button only, names the group, and reports another choice', async () => {
    const { wrapper } = mountAtlas(SegmentedToggle, {
      props: {
        modelValue: 'city',
        options: ['city', 'province'],
        label: 'Level',
        text,
        testidPrefix: 'level-',
      },
    });
    expect(wrapper.attributes('role')).toBe('group');
    expect(wrapper.attributes('aria-label')).toBe('Level');
    const city = wrapper.get('[data-testid="level-city"]');
    const province = wrapper.get('[data-testid="level-province"]');
    expect([city.text(), province.text()]).toEqual(['CITY', 'PROVINCE']);
    expect(city.attributes('aria-pressed')).toBe('true');
    expect(province.attributes('aria-pressed')).toBe('false');
    await province.trigger('click');
    expect(wrapper.emitted('update:modelValue')).toEqual([['province']]);
  });
});

describe('RadioChoices', () => {
  it('checks the chosen value, labels the group by its heading, and reports a change', async () => {
    const { wrapper } = mountAtlas(RadioChoices, {
      props: {
        modelValue: 'plain',
        options: ['scaled', 'plain'],
        name: 'format',
        labelledby: 'set-format',
        text,
        testidPrefix: 'format-',
      },
    });
    expect(wrapper.attributes('role')).toBe('radiogroup');
    expect(wrapper.attributes('aria-labelledby')).toBe('set-format');
    const scaled = wrapper.get<HTMLInputElement>('[data-testid="format-scaled"]');
    const plain = wrapper.get<HTMLInputElement>('[data-testid="format-plain"]');
    expect([scaled.element.checked, plain.element.checked]).toEqual([false, true]);
    expect(scaled.attributes('name')).toBe('format');
    expect(wrapper.text()).toContain('SCALED');
    await scaled.setValue(true);
    expect(wrapper.emitted('update:modelValue')).toEqual([['scaled']]);
  });
});

describe('FilePicker', () => {
  it('hands over the chosen file and empties itself, so the same file can be chosen again', async () => {
    const { wrapper } = mountAtlas(FilePicker, { props: { accept: '.json' } });
    const input = wrapper.get<HTMLInputElement>('input');
    expect(input.attributes('accept')).toBe('.json');
    expect(input.attributes('hidden')).toBeDefined();
    const file = new File(['{}'], 'a.json', { type: 'application/json' });
    let value = 'C:\\fakepath\\a.json';
    Object.defineProperty(input.element, 'files', { value: [file], configurable: true });
    Object.defineProperty(input.element, 'value', {
      get: () => value,
      set: (v: string) => (value = v),
      configurable: true,
    });
    await input.trigger('change');
    expect(wrapper.emitted('picked')).toEqual([[file]]);
    expect(value).toBe('');
    // Nothing chosen (the chooser was cancelled): nothing is reported.
    Object.defineProperty(input.element, 'files', { value: [], configurable: true });
    await input.trigger('change');
    expect(wrapper.emitted('picked')).toHaveLength(1);
  });
});

describe('LabelledSelect', () => {
  it('names the select by its label, shows each value in words, and reports the choice', async () => {
    const { wrapper } = mountAtlas(LabelledSelect, {
      props: {
        modelValue: 'city',
        options: ['city', 'province'],
        label: 'Level',
        text: (v: string | number) => String(v).toUpperCase(),
        testid: 'lvl',
      },
    });
    expect(wrapper.element.tagName).toBe('LABEL');
    expect(wrapper.get('span').text()).toBe('Level');
    const select = wrapper.get<HTMLSelectElement>('select[data-testid="lvl"]');
    expect(wrapper.findAll('option').map((o) => o.text())).toEqual(['CITY', 'PROVINCE']);
    expect(select.element.value).toBe('city');
    await select.setValue('province');
    expect(wrapper.emitted('update:modelValue')).toEqual([['province']]);
  });

  it('keeps numbers as numbers, shows them as they are, and puts slotted options first', async () => {
    const { wrapper } = mountAtlas(LabelledSelect, {
      props: { modelValue: 2024, options: [2023, 2024], label: 'Year', testid: 'year' },
      slots: { default: '<option value="">any</option>' },
    });
    expect(wrapper.findAll('option').map((o) => o.text())).toEqual(['any', '2023', '2024']);
    await wrapper.get('select').setValue('2023');
    expect(wrapper.emitted('update:modelValue')).toEqual([[2023]]);
  });
});
