// @vitest-environment happy-dom
/** A pinned view in the briefing builder: its heading and notes, and moving and removing it. */
import { describe, expect, it } from 'vitest';
import { defineComponent, h, nextTick } from 'vue';
import type { BriefingItem as Item } from '../../core/briefing/briefing-file';
import { mountAtlas } from '../test-support/mount';
import { useBriefing } from './briefing';
import BriefingItem from './BriefingItem.vue';

/** A pin of the Sources view, with what the user wrote for it. */
const pin = (id: string, heading = '', notes = ''): Item => ({
  id,
  heading,
  notes,
  pinnedAt: '2026-03-01T09:30:00.000Z',
  data: { revisionId: 3, revisionDate: '2026-03-01T09:00:00.000Z', fingerprint: '' },
  state: { view: 'sources', query: '', kind: '' },
});

/** The briefing's list as the Briefing view draws it: one item per pin, in the store's order. */
const List = () =>
  h(
    'ol',
    useBriefing().items.map((item, index) => h(BriefingItem, { key: item.id, item, index })),
  );

/**
 * The pin's summary builds the pinned view's document, which asks the main process for data;
 * here it only names the view it was given, as the title the heading field suggests.
 */
const PinSummary = defineComponent({
  props: { state: { type: Object, required: true } },
  emits: ['title'],
  setup(props, { emit }) {
    const title = () => `Pinned ${String(props.state.view)}`;
    emit('title', title());
    return () => h('strong', { 'data-testid': 'pin-title' }, title());
  },
});

async function mountList(items: Item[], locale?: 'en' | 'zh-CN') {
  const mounted = mountAtlas(List, { locale, global: { stubs: { PinSummary } } });
  const briefing = useBriefing();
  briefing.items = items;
  await nextTick();
  const rows = () => mounted.wrapper.findAll('[data-testid="briefing-item"]');
  /** Disabled state of up, down, remove on each row. */
  const tools = () =>
    rows().map((r) =>
      ['up', 'down', 'remove'].map(
        (id) => r.get(`[data-testid="item-${id}"]`).attributes('disabled') !== undefined,
      ),
    );
  return { ...mounted, briefing, rows, tools };
}

const ids = (items: readonly Item[]) => items.map((x) => x.id);

describe('BriefingItem', () => {
  it('shows its number, the view pinned, when, and what the user wrote', async () => {
    const { rows, missing } = await mountList([pin('a', 'Where the data comes from', 'Read me')]);
    const row = rows()[0]!;
    expect(row.attributes('data-view')).toBe('sources');
    expect(row.get('.num').text()).toBe('1');
    expect(row.get('[data-testid="pin-title"]').text()).toBe('Pinned sources');
    expect(row.get('.meta').text()).toContain('r3');
    expect(row.find('[data-testid="item-changed"]').exists()).toBe(false);
    const heading = row.get('[data-testid="item-heading"]');
    const notes = row.get('[data-testid="item-notes"]');
    expect(heading.element.tagName).toBe('INPUT');
    expect(notes.element.tagName).toBe('TEXTAREA');
    expect((heading.element as HTMLInputElement).value).toBe('Where the data comes from');
    expect((notes.element as HTMLTextAreaElement).value).toBe('Read me');
    expect(heading.attributes('maxlength')).toBe('200');
    expect(notes.attributes('maxlength')).toBe('5000');
    // The heading field suggests the pinned view's own title.
    expect(heading.attributes('placeholder')).toBe('Default: Pinned sources');
    expect(notes.attributes('placeholder')).toBe('A paragraph for the reader (optional)');
    expect(row.findAll('label > span').map((s) => s.text())).toEqual(['Heading', 'Notes']);
    expect(missing).toEqual([]);
  });

  it('writes the heading and notes typed into its own pin only', async () => {
    const { rows, briefing } = await mountList([pin('a'), pin('b', 'Kept', 'Also kept')]);
    await rows()[0]!.get('[data-testid="item-heading"]').setValue('Exports by city');
    expect(briefing.items.map((x) => [x.heading, x.notes])).toEqual([
      ['Exports by city', ''],
      ['Kept', 'Also kept'],
    ]);
    await rows()[0]!.get('[data-testid="item-notes"]').setValue('Two lines\nof notes');
    expect(briefing.items.map((x) => [x.heading, x.notes])).toEqual([
      ['Exports by city', 'Two lines\nof notes'],
      ['Kept', 'Also kept'],
    ]);
    // Emptying the heading leaves it empty (the print then uses the view's title).
    await rows()[0]!.get('[data-testid="item-heading"]').setValue('');
    expect(briefing.items[0]!.heading).toBe('');
  });

  it('cannot move the first up or the last down; remove is always there', async () => {
    const { tools, rows, missing } = await mountList([pin('a'), pin('b'), pin('c')]);
    expect(tools()).toEqual([
      [true, false, false],
      [false, false, false],
      [false, true, false],
    ]);
    const first = rows()[0]!;
    expect(first.get('[data-testid="item-up"]').text()).toBe('↑');
    expect(
      ['up', 'down', 'remove'].map((id) =>
        first.get(`[data-testid="item-${id}"]`).attributes('aria-label'),
      ),
    ).toEqual(['Move up', 'Move down', 'Remove']);
    expect(missing).toEqual([]);
  });

  it('a lone pin can be neither moved up nor down', async () => {
    const { tools } = await mountList([pin('a')]);
    expect(tools()).toEqual([[true, true, false]]);
  });

  it('moves a pin up and down, and the ends follow it', async () => {
    const { rows, briefing, tools } = await mountList([pin('a'), pin('b'), pin('c')]);
    await rows()[0]!.get('[data-testid="item-down"]').trigger('click');
    expect(ids(briefing.items)).toEqual(['b', 'a', 'c']);
    expect(rows().map((r) => r.get('.num').text())).toEqual(['1', '2', '3']);
    await rows()[2]!.get('[data-testid="item-up"]').trigger('click');
    expect(ids(briefing.items)).toEqual(['b', 'c', 'a']);
    // A disabled end does nothing.
    await rows()[0]!.get('[data-testid="item-up"]').trigger('click');
    await rows()[2]!.get('[data-testid="item-down"]').trigger('click');
    expect(ids(briefing.items)).toEqual(['b', 'c', 'a']);
    expect(tools()).toEqual([
      [true, false, false],
      [false, false, false],
      [false, true, false],
    ]);
  });

  it('removes its own pin, and the new last one cannot move down', async () => {
    const { rows, briefing, tools } = await mountList([pin('a'), pin('b'), pin('c')]);
    await rows()[2]!.get('[data-testid="item-remove"]').trigger('click');
    expect(ids(briefing.items)).toEqual(['a', 'b']);
    expect(tools()).toEqual([
      [true, false, false],
      [false, true, false],
    ]);
    await rows()[0]!.get('[data-testid="item-remove"]').trigger('click');
    expect(ids(briefing.items)).toEqual(['b']);
    expect(rows()).toHaveLength(1);
  });

  it('names its fields and buttons in Chinese', async () => {
    const { rows, missing } = await mountList([pin('a')], 'zh-CN');
    const row = rows()[0]!;
    expect(row.findAll('label > span').map((s) => s.text())).toEqual(['标题', '说明']);
    expect(row.get('[data-testid="item-heading"]').attributes('placeholder')).toBe(
      '默认：Pinned sources',
    );
    expect(row.get('[data-testid="item-remove"]').attributes('aria-label')).toBe('移除');
    expect(missing).toEqual([]);
  });
});
