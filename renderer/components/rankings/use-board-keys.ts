/**
 * The ranking table's keyboard, with one tab stop: arrow keys, Home and End move between rows,
 * Enter opens the city detail, Space selects, Ctrl/⌘+C copies the selection (or every row shown).
 */
import { nextTick, ref } from 'vue';
import { useCityDetail } from '../../stores/city-detail';
import { useRankings } from '../../stores/rankings';

export function useBoardKeys(copyRows: () => Promise<void>) {
  const rankings = useRankings();
  const detail = useCityDetail();
  /** Index of the row that holds the tab stop. */
  const active = ref(0);
  /** The table body, whose rows take the focus. */
  const body = ref<HTMLElement | null>(null);

  function focusRow(i: number): void {
    const n = rankings.shownRows.length;
    if (!n) return;
    active.value = Math.max(0, Math.min(n - 1, i));
    void nextTick(() => body.value?.querySelectorAll<HTMLElement>('tr')[active.value]?.focus());
  }
  function onKey(e: KeyboardEvent): void {
    const row = rankings.shownRows[active.value];
    if (e.key === 'ArrowDown') focusRow(active.value + 1);
    else if (e.key === 'ArrowUp') focusRow(active.value - 1);
    else if (e.key === 'Home') focusRow(0);
    else if (e.key === 'End') focusRow(rankings.shownRows.length - 1);
    else if (e.key === 'Enter' && row) detail.open(row.code, rankings.year);
    else if (e.key === ' ' && row) rankings.toggleSelected(row.code);
    else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'c') {
      if (window.getSelection()?.toString()) return; // let the browser copy selected text
      void copyRows();
    } else return;
    e.preventDefault();
  }

  return { active, body, onKey };
}
