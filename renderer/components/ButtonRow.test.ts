// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mountAtlas } from '../test-support/mount';
import ButtonRow, { type RowButton } from './ButtonRow.vue';

describe('ButtonRow', () => {
  it('draws one plain button per entry, in order, with its words, name, state and test id', async () => {
    const ran: string[] = [];
    const buttons: RowButton[] = [
      { id: 'print', text: 'Print', run: () => ran.push('print') },
      { id: 'pdf', text: 'Save PDF', primary: true, run: () => ran.push('pdf') },
      { id: 'up', text: '↑', label: 'Move up', disabled: true, run: () => ran.push('up') },
    ];
    const { wrapper } = mountAtlas(ButtonRow, {
      props: { buttons, testidPrefix: 'preview-', small: true },
      slots: { default: '<input type="file" data-testid="picker" />' },
    });
    const found = wrapper.findAll('button');
    expect(found.map((b) => b.attributes('data-testid'))).toEqual([
      'preview-print',
      'preview-pdf',
      'preview-up',
    ]);
    expect(found.map((b) => b.text())).toEqual(['Print', 'Save PDF', '↑']);
    expect(found.every((b) => b.attributes('type') === 'button')).toBe(true);
    expect(found.map((b) => b.classes().includes('primary'))).toEqual([false, true, false]);
    expect(found.every((b) => b.classes().includes('small'))).toBe(true);
    expect(found[2]!.attributes('aria-label')).toBe('Move up');
    expect(found[2]!.attributes('disabled')).toBeDefined();
    expect(found[0]!.attributes('aria-label')).toBeUndefined();
    await found[1]!.trigger('click');
    await found[0]!.trigger('click');
    await found[2]!.trigger('click');
    expect(ran).toEqual(['pdf', 'print']);
    expect(wrapper.find('[data-testid="picker"]').exists()).toBe(true);
  });
});
