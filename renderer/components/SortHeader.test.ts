// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mountAtlas } from '../test-support/mount';
import SortHeader from './SortHeader.vue';
import SortHeaders from './SortHeaders.vue';

const mountHeader = (active: boolean, direction: 'ascending' | 'descending') =>
  mountAtlas(SortHeader, {
    props: { label: 'Total', active, direction, hint: 'Sort by total' },
    attrs: { 'data-testid': 'col-total', class: 'num' },
  }).wrapper;

describe('SortHeader', () => {
  it('states the sort of the sorted column and shows its arrow', () => {
    const down = mountHeader(true, 'descending');
    expect(down.element.tagName).toBe('TH');
    expect(down.attributes('aria-sort')).toBe('descending');
    expect(down.attributes('data-testid')).toBe('col-total');
    expect(down.classes()).toContain('num');
    expect(down.get('.arrow').text()).toBe('▼');
    expect(down.get('button').attributes('title')).toBe('Sort by total');
    expect(mountHeader(true, 'ascending').get('.arrow').text()).toBe('▲');
  });

  it('says none and shows no arrow on another column, and reports a click', async () => {
    const other = mountHeader(false, 'ascending');
    expect(other.attributes('aria-sort')).toBe('none');
    expect(other.get('.arrow').text()).toBe('');
    expect(other.get('button').text()).toBe('Total');
    await other.get('button').trigger('click');
    expect(other.emitted('sort')).toHaveLength(1);
  });
});

describe('SortHeaders', () => {
  const mountHeaders = (sort: { key: string; direction: 'ascending' | 'descending' }) =>
    mountAtlas(SortHeaders, {
      props: {
        columns: [
          { key: 'name', label: 'NAME', num: false },
          { key: 'total', label: 'TOTAL', num: true, class: 'value' },
          { key: 'rank', label: 'RANK', num: true, first: 'ascending' as const },
        ],
        sort,
        title: (key: string) => (key === 'total' ? 'all trade' : undefined),
        testidPrefix: 'col-',
      },
      attachTo: document.createElement('tr'),
    }).wrapper;

  it('gives each column a header with its test id, class and hint', () => {
    const wrapper = mountHeaders({ key: 'total', direction: 'ascending' });
    const name = wrapper.get('[data-testid="col-name"]');
    const total = wrapper.get('[data-testid="col-total"]');
    expect(name.attributes('aria-sort')).toBe('none');
    expect(total.attributes('aria-sort')).toBe('ascending');
    expect(total.classes()).toEqual(expect.arrayContaining(['num', 'value']));
    expect(name.classes()).not.toContain('num');
    expect(name.get('button').text()).toBe('NAME');
    // Every button says it sorts; a column with a meaning says that first.
    expect(name.get('button').attributes('title')).toBe('Sort by NAME');
    expect(total.get('button').attributes('title')).toBe('all trade\nSort by TOTAL');
  });

  it('flips the sorted column, and sorts another in its first direction', async () => {
    const wrapper = mountHeaders({ key: 'total', direction: 'descending' });
    for (const key of ['total', 'name', 'rank']) {
      await wrapper.get(`[data-testid="col-${key}"] button`).trigger('click');
    }
    expect(wrapper.emitted('update:sort')).toEqual([
      [{ key: 'total', direction: 'ascending' }],
      [{ key: 'name', direction: 'ascending' }],
      [{ key: 'rank', direction: 'ascending' }],
    ]);
    const byName = mountHeaders({ key: 'name', direction: 'ascending' });
    await byName.get('[data-testid="col-total"] button').trigger('click');
    expect(byName.emitted('update:sort')).toEqual([[{ key: 'total', direction: 'descending' }]]);
  });
});
