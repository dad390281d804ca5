import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import {
  type BoardMetric,
  sortBoardRows,
  type BoardSort,
  coverage,
  emptyFilter,
  filterRows,
  type BoardFilter,
  movers,
  rankingBoard,
} from '../../core/data';
import { entityName } from '../../core/format';
import type { Adcode, Entity } from '../../core/model';
import { useAtlasData } from './atlas-data';
import { useYearChoice } from './year-choice';
import { useSettings } from './settings';

/**
 * The ranking board's choices (year, level, metric, base year, filters, sort, selection) and
 * everything derived from them. Shared by the table, the top-N chart, movers and rank history,
 * so they always show the same rows; kept in a store so the choices survive leaving the view.
 */
export const useRankings = defineStore('rankings', () => {
  const data = useAtlasData();
  const settings = useSettings();

  const { level, chosenYear, chosenSpanStart, index, years, year, baseYears, spanStart, bestYear } =
    useYearChoice();
  const metric = ref<BoardMetric>('total');
  const chosenBase = ref<number | null>(null);
  const filter = ref<BoardFilter>(emptyFilter());
  const sort = ref<BoardSort>({ key: 'rank', direction: 'ascending' });
  const selected = shallowRef<Set<Adcode>>(new Set());
  /** Rank history: the year's top 10, or the set the user chose (kept across tabs and views). */
  const historyMode = ref<'top' | 'custom'>('top');
  const historyCustom = ref<Adcode[]>([]);

  /** The year changes are measured from; writable: setting it is the user's choice. */
  const baseYear = computed({
    get: () => {
      const bs = baseYears.value;
      if (chosenBase.value != null && bs.includes(chosenBase.value)) return chosenBase.value;
      return bs.includes(year.value - 1) ? year.value - 1 : (bs.at(-1) ?? year.value - 1);
    },
    set: (y: number) => (chosenBase.value = y),
  });

  const board = computed(() =>
    index.value
      ? rankingBoard(index.value, {
          year: year.value,
          baseYear: baseYear.value,
          spanStart: spanStart.value,
          level: level.value,
          metric: metric.value,
        })
      : null,
  );

  const collator = computed(
    () => new Intl.Collator(settings.locale === 'zh-CN' ? 'zh-CN-u-co-pinyin' : 'en'),
  );
  /** An entity's name in the reader's language. */
  const nameOf = (e: Entity) => entityName(e, settings.locale);
  /** Entities in the reader's name order (pinyin order in Chinese); sorts in place. */
  const inNameOrder = (es: Entity[]) =>
    es.sort((a, b) => collator.value.compare(nameOf(a), nameOf(b)));
  const shownRows = computed(() => {
    if (!board.value) return [];
    const kept = filterRows(board.value.rows, filter.value);
    // The collator is built only when names are compared (a name or province sort): building
    // one loads the locale's collation data, which the default rank order never needs.
    const compare = (a: string, b: string) => collator.value.compare(a, b);
    return sortBoardRows(kept, sort.value, {
      nameOf: (r) => nameOf(r.entity),
      provinceOf: (r) => (r.province ? nameOf(r.province) : ''),
      compare,
    });
  });

  const cover = computed(() => {
    const d = data.data;
    return d ? coverage(d.dataset, d.reference, year.value, level.value) : null;
  });
  const moverLists = computed(() =>
    index.value
      ? movers(index.value, { year: year.value, baseYear: baseYear.value, level: level.value })
      : null,
  );

  function toggleSelected(code: Adcode): void {
    const next = new Set(selected.value);
    if (next.has(code)) next.delete(code);
    else next.add(code);
    selected.value = next;
  }

  // A selection or province filter from another level or year would hide rows silently.
  watch([level, year], () => (selected.value = new Set()));
  watch(level, () => {
    filter.value = { ...filter.value, provinces: [] };
    historyCustom.value = [];
  });

  return {
    level,
    metric,
    chosenYear,
    chosenBase,
    chosenSpanStart,
    filter,
    sort,
    selected,
    historyMode,
    historyCustom,
    index,
    years,
    year,
    baseYears,
    bestYear,
    baseYear,
    spanStart,
    board,
    shownRows,
    cover,
    moverLists,
    toggleSelected,
    nameOf,
    inNameOrder,
  };
});
