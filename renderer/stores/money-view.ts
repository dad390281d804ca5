import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import { moneyView, parseUserRate } from '../../core/format';
import { useAtlasData } from './atlas-data';
import { useSettings } from './settings';
const KEY = 'atlas.moneyView.v1';
export type Currency = 'CNY' | 'USD';

interface Saved {
  currency: Currency;
  /** CNY per USD by year, as the user typed them. */
  rates: Record<string, number>;
}

function load(): Saved {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Saved>;
    const rates: Record<string, number> = {};
    for (const [y, r] of Object.entries(raw.rates ?? {})) {
      if (typeof r === 'number' && parseUserRate(String(r)) != null) rates[y] = r;
    }
    return { currency: raw.currency === 'USD' ? 'USD' : 'CNY', rates };
  } catch {
    return { currency: 'CNY', rates: {} };
  }
}

/**
 * How money is shown: 亿元 (the stored unit), or US dollars at, in this order, a rate the user
 * entered for the year, the published rate the data carries for it (with its source), or the
 * user's default rate from Settings. A year with none stays in 亿元, and says so.
 */
export const useMoneyView = defineStore('money-view', () => {
  const settings = useSettings();
  const data = useAtlasData();
  const saved = load();
  const currency = ref<Currency>(saved.currency);
  const rates = ref<Record<string, number>>(saved.rates);
  watch(
    [currency, rates],
    () =>
      localStorage.setItem(KEY, JSON.stringify({ currency: currency.value, rates: rates.value })),
    { deep: true },
  );

  /** The formatters of the current choices (core/format/money-view.ts). */
  const view = computed(() =>
    moneyView({
      currency: currency.value,
      userRates: rates.value,
      publishedRates: data.data?.dataset.rates ?? [],
      defaultRate: settings.values.usdRate,
      locale: settings.locale,
      numberFormat: settings.values.numberFormat,
    }),
  );

  /** Stores the reader's rate for a year (RateField reads it); null clears it. */
  function setRate(year: number, rate: number | null): void {
    const next = { ...rates.value };
    if (rate == null) delete next[String(year)];
    else next[String(year)] = rate;
    rates.value = next;
  }

  return {
    currency,
    rates,
    rateFor: (year: number) => view.value.rateFor(year),
    publishedRate: (year: number) => view.value.publishedRate(year),
    setRate,
    money: (valueYi: number | null | undefined, year: number) => view.value.money(valueYi, year),
    columnNumber: (valueYi: number | null | undefined, year: number) =>
      view.value.columnNumber(valueYi, year),
    columnUnit: (year: number) => view.value.columnUnit(year),
    columnValue: (valueYi: number | null | undefined, year: number) =>
      view.value.columnValue(valueYi, year),
    fromColumnValue: (value: number, year: number) => view.value.fromColumnValue(value, year),
    conversionLabel: (year: number) => view.value.conversionLabel(year),
    scaleAcross: (years: readonly number[]) => view.value.scaleAcross(years),
  };
});
