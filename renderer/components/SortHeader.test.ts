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
  it('gives each column a header with its test id and class, and reports the column sorted', async () => {
    const { wrapper } = mountAtlas(SortHeaders, {
      props: {
        columns: [
          { key: 'name', num: false },
          { key: 'total', num: true, class: 'value' },
        ],
        sort: { key: 'total', direction: 'ascending' },
        label: (key: string) => key.toUpperCase(),
        hint: (key: string) => `by ${key}`,
        title: (key: string) => (key === 'total' ? 'all trade' : undefined),
        testidPrefix: 'col-',
      },
      attachTo: document.createElement('tr'),
    });
    const name = wrapper.get('[data-testid="col-name"]');
    const total = wrapper.get('[data-testid="col-total"]');
    expect(name.attributes('aria-sort')).toBe('none');
    expect(total.attributes('aria-sort')).toBe('ascending');
    expect(total.classes()).toEqual(expect.arrayContaining(['num', 'value']));
    expect(name.classes()).not.toContain('num');
    expect(total.attributes('title')).toBe('all trade');
    expect(name.attributes('title')).toBeUndefined();
    expect(name.get('button').attributes('title')).toBe('by name');
    expect(name.get('button').text()).toBe('NAME');
    await name.get('button').trigger('click');
    expect(wrapper.emitted('sort')).toEqual([['name']]);
  });
});
