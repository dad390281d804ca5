// @vitest-environment happy-dom
/** The import wizard's small pieces: its button, its table shell and one review diff row. */
import { describe, expect, it } from 'vitest';
import type { ImportedFigure } from '../../../core/import';
import { asAdcode } from '../../../core/model';
import { mountAtlas } from '../../test-support/mount';
import DiffRow from './DiffRow.vue';
import ImportTable from './ImportTable.vue';
import WizardButton from './WizardButton.vue';

const figure = (over: Partial<ImportedFigure>): ImportedFigure => ({
  code: asAdcode('440300'),
  name_zh: '深圳',
  level: 'city',
  year: 2026,
  period: 'full_year',
  metric: 'total',
  value: 46_000,
  currency: 'CNY',
  yoy_pct: null,
  resolution_yi: 1,
  row: 2,
  column: 2,
  yoy_column: null,
  from_total_row: false,
  total_row: null,
  existing: null,
  ...over,
});

describe('WizardButton', () => {
  it('is a plain button (never a submit) with the wizard look, and passes test ids and clicks on', async () => {
    let clicks = 0;
    const { wrapper } = mountAtlas(WizardButton, {
      props: { primary: true },
      attrs: { 'data-testid': 'go', onClick: () => clicks++ },
      slots: { default: 'Commit' },
    });
    expect(wrapper.element.tagName).toBe('BUTTON');
    expect(wrapper.attributes('type')).toBe('button');
    expect(wrapper.classes()).toEqual(expect.arrayContaining(['btn', 'primary']));
    expect(wrapper.classes()).not.toContain('small');
    expect(wrapper.attributes('data-testid')).toBe('go');
    expect(wrapper.text()).toBe('Commit');
    await wrapper.trigger('click');
    expect(clicks).toBe(1);
  });
});

describe('ImportTable', () => {
  it('heads the table from its columns, right-aligns the numeric ones, and keeps the slot as the body', () => {
    const { wrapper } = mountAtlas(ImportTable, {
      props: { columns: [{ label: 'Place' }, { label: 'Value', num: true }] },
      attrs: { 'data-testid': 'names-table' },
      slots: { default: '<tr data-testid="row"><td>深圳</td><td>1</td></tr>' },
    });
    expect(wrapper.attributes('data-testid')).toBe('names-table');
    expect(wrapper.classes()).toContain('grid');
    const heads = wrapper.findAll('thead th');
    expect(heads.map((h) => h.text())).toEqual(['Place', 'Value']);
    expect(heads.map((h) => h.classes().includes('num'))).toEqual([false, true]);
    expect(wrapper.findAll('tbody [data-testid="row"]')).toHaveLength(1);
  });
});

describe('DiffRow', () => {
  const row = (f: ImportedFigure, kind: 'added' | 'changed' | 'same') =>
    mountAtlas(DiffRow, {
      props: { figure: f, kind },
      attachTo: document.createElement('tbody'),
    });

  it('shows a changed value beside the stored one with the change in per cent', () => {
    const { wrapper, missing } = row(figure({ existing: 40_000 }), 'changed');
    expect(wrapper.attributes('data-code')).toBe('440300');
    expect(wrapper.attributes('data-metric')).toBe('total');
    expect(wrapper.classes()).toContain('changed');
    const cells = wrapper.findAll('td').map((c) => c.text());
    expect(cells[4]).toContain('46,000');
    expect(cells[3]).toContain('40,000');
    expect(cells[5]).toBe('+15.0%');
    expect(missing).toEqual([]);
  });

  it('marks a value with nothing stored as new, and shows the gap as a dash, not zero', () => {
    const { wrapper, missing } = row(figure({ existing: null, period: 'Q1' }), 'added');
    const cells = wrapper.findAll('td').map((c) => c.text());
    expect(cells[1]).toBe('2026 Q1');
    expect(cells[3]).toBe('—');
    expect(wrapper.find('.badge').text()).toBe('new');
    expect(missing).toEqual([]);
  });
});
