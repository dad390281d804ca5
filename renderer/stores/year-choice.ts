import { computed, ref } from 'vue';
import { bestCoveredYear, yearsOfLevel } from '../../core/data';
import { useAtlasData } from './atlas-data';
import { useSettings } from './settings';

/**
 * A choice of level, year and growth-rate span start, starting from the user's default level and
 * year in Settings; the years the level has full-year data for, and the year shown: the user's
 * choice while it is one of them, else the latest; likewise the start of the growth-rate span (the
 * user's while it is a base year, else the earliest). Shared by the rankings and map stores, which
 * keep separate choices (the map's year slider must not move the rankings).
 */
export function useYearChoice() {
  const data = useAtlasData();
  const settings = useSettings();
  const level = ref<'city' | 'province'>(settings.values.defaultLevel);
  const chosenYear = ref<number | null>(settings.values.defaultYear);
  const chosenSpanStart = ref<number | null>(null);
  const index = computed(() => data.index);
  const years = computed(() => (index.value ? yearsOfLevel(index.value, level.value) : []));
  /** Writable: setting it is the user's choice of year. */
  const year = computed({
    get: () => {
      const ys = years.value;
      return chosenYear.value != null && ys.includes(chosenYear.value)
        ? chosenYear.value
        : (ys.at(-1) ?? 0);
    },
    set: (y: number) => (chosenYear.value = y),
  });
  /** Years before the year shown. */
  const baseYears = computed(() => years.value.filter((y) => y < year.value));
  /**
   * CAGR span start; defaults to the earliest year with data, so the span is as long as possible.
   * Writable: setting it is the user's choice of start.
   */
  const spanStart = computed({
    get: () => {
      const bs = baseYears.value;
      return chosenSpanStart.value != null && bs.includes(chosenSpanStart.value)
        ? chosenSpanStart.value
        : (bs[0] ?? year.value - 1);
    },
    set: (y: number) => (chosenSpanStart.value = y),
  });
  /** The best-covered year of the level, offered when the year shown has low coverage. */
  const bestYear = computed(() => {
    const d = data.data;
    return d ? bestCoveredYear(d.dataset, d.reference, level.value, years.value) : null;
  });
  return { level, chosenYear, chosenSpanStart, index, years, year, baseYears, spanStart, bestYear };
}
