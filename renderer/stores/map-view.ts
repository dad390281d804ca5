import { defineStore } from 'pinia';
import { computed, ref, watch, type Ref } from 'vue';
import {
  coverage,
  OUTSIDE_MAINLAND_STATISTICS,
  differenceValues,
  isDivergingMetric,
  mapBaseYear,
  mapSeries,
  needsBaseYear,
  seriesValues,
  type MapMetric,
  type MapSeries,
  type FullYearIndex,
} from '../../core/data';
import { parseThresholds, type BreakMethod } from '../charts/map/class-breaks';
import type { Adcode } from '../../core/model';
import { useAtlasData } from './atlas-data';
import { useCityDetail } from './city-detail';
import { useYearChoice } from './year-choice';

export type CompareMode = 'off' | 'sideBySide' | 'difference';
export type ClassMethod = BreakMethod | 'continuous';

/** The map's choices, as the store holds them and as a pinned map in a briefing gives them. */
export interface MapChoices {
  index: Readonly<Ref<FullYearIndex | null>>;
  years: Readonly<Ref<number[]>>;
  year: Readonly<Ref<number>>;
  level: Readonly<Ref<'city' | 'province'>>;
  metric: Readonly<Ref<MapMetric>>;
  baseGap: Readonly<Ref<number>>;
  spanStart: Readonly<Ref<number>>;
  compare: Readonly<Ref<CompareMode>>;
  compareYear: Readonly<Ref<number>>;
  customText: Readonly<Ref<string>>;
}

/**
 * The series a set of map choices gives: the year's, the compared year's, every year's values
 * (classes computed from them mean the same colour in every year) and the difference map.
 * Base years keep their distance from the year shown, so an animation of "change since the year
 * before" compares each year with its own previous year (mapBaseYear: the nearest year with data
 * when that distance reaches past the data).
 */
export function createMapModel(c: MapChoices) {
  function seriesAt(y: number): MapSeries | null {
    if (!c.index.value) return null;
    return mapSeries(c.index.value, {
      year: y,
      level: c.level.value,
      metric: c.metric.value,
      baseYear: mapBaseYear(c.years.value, y, c.baseGap.value),
      spanStart: c.spanStart.value,
    });
  }
  const series = computed(() => seriesAt(c.year.value));
  const compareSeries = computed(() =>
    c.compare.value === 'off' ? null : seriesAt(c.compareYear.value),
  );
  const basis = computed(() =>
    c.years.value.flatMap((y) =>
      (seriesAt(y)?.entries ?? []).flatMap((e) => (e.value == null ? [] : [e.value])),
    ),
  );
  const values = computed(() => (series.value ? seriesValues(series.value) : new Map()));
  /** Later year − earlier year, for the difference map. */
  const difference = computed(() => {
    if (c.compare.value !== 'difference' || !series.value || !compareSeries.value) return null;
    const [early, late] =
      c.compareYear.value < c.year.value
        ? [compareSeries.value, series.value]
        : [series.value, compareSeries.value];
    return differenceValues(early, late);
  });
  const diverging = computed(() => isDivergingMetric(c.metric.value));
  const parsedBreaks = computed(() => parseThresholds(c.customText.value));
  const needsBase = computed(() => needsBaseYear(c.metric.value));
  return {
    seriesAt,
    series,
    compareSeries,
    basis,
    values,
    difference,
    diverging,
    parsedBreaks,
    needsBase,
  };
}

/**
 * The map's choices (level, metric, year, classes, layers, compare, drill) and the series they
 * give (createMapModel). Kept apart from the rankings store: the map has its own year slider,
 * and playing it must not move the rankings.
 */
export const useMapView = defineStore('map-view', () => {
  const data = useAtlasData();

  const { level, chosenYear, chosenSpanStart, index, years, year, baseYears, spanStart, bestYear } =
    useYearChoice();
  const metric = ref<MapMetric>('total');
  /** Years between the base year and the year shown. */
  const baseGap = ref(1);
  const method = ref<ClassMethod>('quantile');
  const classes = ref(5);
  const customText = ref('');
  const bubbles = ref(false);
  const labelCount = ref(10);
  const compare = ref<CompareMode>('off');
  const chosenCompareYear = ref<number | null>(null);
  const focusProvince = ref<string | null>(null);
  const showTable = ref(false);

  /** Writable: setting it sets the gap to the year shown (at least one year). */
  const baseYear = computed({
    get: () => mapBaseYear(years.value, year.value, baseGap.value),
    set: (y: number) => (baseGap.value = Math.max(1, year.value - y)),
  });
  /** The other year of a two-year compare; writable: setting it is the user's choice. */
  const compareYear = computed({
    get: () => {
      const others = years.value.filter((y) => y !== year.value);
      if (chosenCompareYear.value != null && others.includes(chosenCompareYear.value)) {
        return chosenCompareYear.value;
      }
      return others.filter((y) => y < year.value).at(-1) ?? others[0] ?? year.value;
    },
    set: (y: number) => (chosenCompareYear.value = y),
  });

  const model = createMapModel({
    index,
    years,
    year,
    level,
    metric,
    baseGap,
    spanStart,
    compare,
    compareYear,
    customText,
  });

  const cover = computed(() => {
    const d = data.data;
    return d ? coverage(d.dataset, d.reference, year.value, level.value) : null;
  });

  /** Coverage of the other year of a two-year compare: it has its own gaps. */
  const compareCover = computed(() => {
    const d = data.data;
    return d && compare.value !== 'off'
      ? coverage(d.dataset, d.reference, compareYear.value, level.value)
      : null;
  });

  function setYear(y: number): void {
    chosenYear.value = y;
  }
  function setBaseYear(y: number): void {
    baseYear.value = y;
  }
  /** Opens a province: its cities, at city level, fitted to the frame. */
  function drill(province: string | null): void {
    focusProvince.value = province;
    if (province) level.value = 'city';
  }
  /** A click on the map: a province drills in, a city opens its detail; Hong Kong, Macao and Taiwan do neither. */
  function openRegion(code: string): void {
    if (OUTSIDE_MAINLAND_STATISTICS.has(code)) return;
    if (level.value === 'province') return drill(code);
    if (data.entities.has(code as Adcode)) useCityDetail().open(code as Adcode, year.value);
  }

  // A custom class list typed for one metric means nothing for another.
  watch(metric, () => (customText.value = ''));
  // An open province shows its cities: choosing the province level leaves it for the country.
  watch(level, (l) => {
    if (l === 'province') focusProvince.value = null;
  });

  return {
    level,
    metric,
    chosenYear,
    baseGap,
    chosenSpanStart,
    method,
    classes,
    customText,
    bubbles,
    labelCount,
    compare,
    chosenCompareYear,
    focusProvince,
    showTable,
    index,
    bestYear,
    years,
    year,
    baseYears,
    baseYear,
    spanStart,
    compareYear,
    // The series and values the choices give (seriesAt, series, values, difference, …).
    ...model,
    cover,
    compareCover,
    setYear,
    setBaseYear,
    drill,
    openRegion,
  };
});
