// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mountAtlas } from '../test-support/mount';
import SortHeader from './SortHeader.vue';

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
