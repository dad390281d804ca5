// @vitest-environment happy-dom
/**
 * The ranking table over a synthesised world: rows in rank order with the published rank and
 * its source beside the computed one, a gap listed last with its reason, header sorting that
 * states itself (aria-sort), and selection by mouse and keyboard.
 */
import { describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { synthCities } from '../../../core/data';
import { useAtlasData } from '../../stores/atlas-data';
import { useRankings } from '../../stores/rankings';
import { useSettings } from '../../stores/settings';
import { mountAtlas } from '../../test-support/mount';
import RankingTable from './RankingTable.vue';

const world = synthCities({
  years: [2023, 2024],
  cities: [
    {
      code: '440300',
      zh: '深圳',
      en: 'Shenzhen',
      province: '440000',
      total: [3000, 4000],
      ranks: [2, 1],
    },
    { code: '310100', zh: '上海', en: 'Shanghai', province: '310000', total: [3500, 3800] },
    { code: '330200', zh: '宁波', en: 'Ningbo', province: '330000', total: [1000, 1200] },
    {
      code: '320500',
      zh: '苏州',
      en: 'Suzhou',
      province: '320000',
      total: [2000, null],
      gaps: [null, 'not yet published'],
    },
  ],
});

async function mountTable() {
  const mounted = mountAtlas(RankingTable, { locale: 'en' });
  useAtlasData().data = {
    ...world,
    revision: { id: 0, createdAt: '', summary: '', fromFile: null, kind: { type: 'bundled' } },
    notices: [],
  };
  // Names follow the reader's language setting, as the words follow the messages.
  useSettings().locale = 'en';
  const rankings = useRankings();
  rankings.level = 'city';
  rankings.chosenYear = 2024;
  await nextTick();
  const { wrapper } = mounted;
  const rows = () => wrapper.findAll('[data-testid="ranking-row"]');
  const codes = () => rows().map((r) => r.attributes('data-code'));
  const column = (testid: string) => rows().map((r) => r.get(`[data-testid="${testid}"]`).text());
  const header = (key: string) => wrapper.get(`[data-testid="rcol-${key}"]`);
  return { ...mounted, rankings, rows, codes, column, header };
}

describe('RankingTable', () => {
  it('lists the ranked rows in rank order, the published rank with its source, the gap last', async () => {
    const { wrapper, codes, column, header, rows, missing } = await mountTable();
    expect(codes()).toEqual(['440300', '310100', '330200', '320500']);
    expect(column('cell-rank')).toEqual(['1', '2', '3', '—']);
    expect(column('cell-name')).toEqual(['Shenzhen', 'Shanghai', 'Ningbo', 'Suzhou']);
    expect(header('rank').attributes('aria-sort')).toBe('ascending');
    expect(header('name').attributes('aria-sort')).toBe('none');
    // Shenzhen's published rank stands beside the computed one, with a source reference.
    const published = rows()[0]!.get('[data-testid="cell-published"]');
    expect(published.text()).toMatch(/^1\b/);
    expect(published.find('[data-testid="source-ref"]').exists()).toBe(true);
    expect(rows()[1]!.get('[data-testid="cell-published"]').text()).toBe('');
    // The gap is shown as a gap, with why, never as a zero.
    const gap = rows()[3]!;
    expect(gap.get('[data-testid="gap-reason"]').text()).toBe('no published figure');
    expect(gap.get('[data-testid="cell-value"]').attributes('title')).toContain(
      'not yet published',
    );
    expect(wrapper.get('[data-testid="rows-shown"]').text()).toContain('4');
    expect(missing).toEqual([]);
  });

  it('sorts by a clicked header, says so, and reverses on a second click', async () => {
    const { codes, header } = await mountTable();
    await header('name').get('button').trigger('click');
    expect(header('name').attributes('aria-sort')).toBe('ascending');
    expect(header('rank').attributes('aria-sort')).toBe('none');
    expect(codes()).toEqual(['330200', '310100', '440300', '320500']);
    await header('name').get('button').trigger('click');
    expect(header('name').attributes('aria-sort')).toBe('descending');
    expect(codes()).toEqual(['320500', '440300', '310100', '330200']);
  });

  it('selects rows by checkbox and by Space on the focused row, and offers to copy just those', async () => {
    const { wrapper, rankings, rows } = await mountTable();
    const copy = wrapper.get('[data-testid="copy-tsv"]');
    expect(copy.text()).toBe('Copy table (TSV)');
    await rows()[1]!.get('[data-testid="row-select"]').setValue(true);
    expect([...rankings.selected]).toEqual(['310100']);
    expect(rows()[1]!.attributes('aria-selected')).toBe('true');
    expect(copy.text()).toBe('Copy 1 selected rows');
    // Arrow down from the first row, then Space: the third row joins the selection.
    const table = wrapper.get('[data-testid="rankings-table"]');
    await table.trigger('keydown', { key: 'ArrowDown' });
    await table.trigger('keydown', { key: 'ArrowDown' });
    await table.trigger('keydown', { key: ' ' });
    expect([...rankings.selected].sort()).toEqual(['310100', '330200']);
    expect(rows()[2]!.attributes('tabindex')).toBe('0');
    expect(copy.text()).toBe('Copy 2 selected rows');
  });
});
