// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mountAtlas } from '../test-support/mount';
import ChoiceRow from './ChoiceRow.vue';
import FilePicker from './shell/FilePicker.vue';
import LabelledSelect from './LabelledSelect.vue';

const text = (v: string) => v.toUpperCase();

describe('ChoiceRow', () => {
  const props = {
    modelValue: 'city',
    options: ['city', 'province', 'country'],
    text,
    testidPrefix: 'level-',
  };

  it('as radios: checks the chosen value only, names the group, and reports a click', async () => {
    const { wrapper } = mountAtlas(ChoiceRow, { props: { ...props, labelledby: 'set-level' } });
    expect(wrapper.attributes('role')).toBe('radiogroup');
    expect(wrapper.attributes('aria-labelledby')).toBe('set-level');
    const buttons = wrapper.findAll('button');
    expect(buttons.map((b) => b.text())).toEqual(['CITY', 'PROVINCE', 'COUNTRY']);
    expect(buttons.map((b) => b.attributes('role'))).toEqual(['radio', 'radio', 'radio']);
    expect(buttons.map((b) => b.attributes('aria-checked'))).toEqual(['true', 'false', 'false']);
    expect(buttons.map((b) => b.attributes('tabindex'))).toEqual(['0', '-1', '-1']);
    expect(buttons[0]!.attributes('id')).toBeUndefined();
    await wrapper.get('[data-testid="level-province"]').trigger('click');
    expect(wrapper.emitted('update:modelValue')).toEqual([['province']]);
  });

  it('moves with the arrow keys, wrapping; ↑ and ↓ move radios but not tabs', async () => {
    const { wrapper } = mountAtlas(ChoiceRow, { props: { ...props, label: 'Level' } });
    await wrapper.trigger('keydown', { key: 'ArrowLeft' });
    await wrapper.trigger('keydown', { key: 'ArrowDown' });
    await wrapper.trigger('keydown', { key: 'Enter' });
    expect(wrapper.emitted('update:modelValue')).toEqual([['country'], ['city']]);
    const tabs = mountAtlas(ChoiceRow, { props: { ...props, label: 'L', panelPrefix: 'p-' } });
    await tabs.wrapper.trigger('keydown', { key: 'ArrowDown' });
    await tabs.wrapper.trigger('keydown', { key: 'ArrowRight' });
    expect(tabs.wrapper.emitted('update:modelValue')).toEqual([['province']]);
  });

  it('as tabs: each tab has an id, is selected or not, and controls its panel', () => {
    const { wrapper } = mountAtlas(ChoiceRow, {
      props: { ...props, label: 'Views', panelPrefix: 'level-panel-' },
    });
    expect(wrapper.attributes('role')).toBe('tablist');
    expect(wrapper.attributes('aria-label')).toBe('Views');
    const tab = wrapper.get('[data-testid="level-province"]');
    expect(tab.attributes()).toMatchObject({
      id: 'level-province',
      role: 'tab',
      'aria-selected': 'false',
      'aria-controls': 'level-panel-province',
      tabindex: '-1',
    });
    expect(tab.attributes('aria-checked')).toBeUndefined();
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

  it('names a field of a shared vocabulary and its values from the messages', () => {
    const { wrapper } = mountAtlas(LabelledSelect, {
      props: { modelValue: 'exports', words: 'metric', options: ['total', 'exports'], testid: 'm' },
    });
    expect(wrapper.get('span').text()).toBe('Metric');
    expect(wrapper.findAll('option').map((o) => o.text())).toEqual(['Total trade', 'Exports']);
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
