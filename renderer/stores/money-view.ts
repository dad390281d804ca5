import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import {
  formatMoney,
  formatUsd,
  moneyParts,
  parseUserRate,
  usdParts,
  usdRateLabel,
} from '../../core/format';
import { rateFor as rateForYear } from '../../core/data/derive';
import type { ExchangeRate } from '../../core/model';
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

  /** The published rate of a year, if the data carries one. */
  const publishedRate = (year: number): ExchangeRate | null =>
    data.data ? rateForYear(data.data.dataset.rates, year) : null;

  /** The rate a year is shown at, only when the dollar view is on (see the store comment). */
  function rateFor(year: number): number | null {
    if (currency.value !== 'USD') return null;
    return (
      rates.value[String(year)] ?? publishedRate(year)?.cnyPerUsd ?? settings.values.usdRate ?? null
    );
  }

  /** Settings › number format: 亿/万亿 by size, or always 亿元 (billion) so columns compare. */
  const scale = (): 'auto' | 'yi' | 'bn' =>
    settings.values.numberFormat === 'plain' ? (settings.locale === 'zh-CN' ? 'yi' : 'bn') : 'auto';

  /** Stores a typed rate; returns false (and stores nothing) when it is not a plausible rate. */
  function setRate(year: number, text: string): boolean {
    const rate = parseUserRate(text);
    const next = { ...rates.value };
    if (rate == null) {
      if (text.trim() === '') delete next[String(year)];
      rates.value = next;
      return text.trim() === '';
    }
    next[String(year)] = rate;
    rates.value = next;
    return true;
  }

  /** A 亿元 amount of `year` in the chosen currency ("—" for a gap). */
  function money(valueYi: number | null | undefined, year: number): string {
    const rate = rateFor(year);
    return rate == null
      ? formatMoney(valueYi, settings.locale, scale())
      : formatUsd(valueYi, rate, settings.locale);
  }

  /**
   * A table cell: the number alone, in the one unit of its column (`columnUnit`), so a column
   * never mixes 亿 and 万亿 and the unit is read once in the header.
   */
  function columnNumber(valueYi: number | null | undefined, year: number): string {
    if (valueYi == null || !Number.isFinite(valueYi)) return '—';
    const rate = rateFor(year);
    return rate == null
      ? moneyParts(valueYi, settings.locale, scale()).number
      : usdParts(valueYi, rate, settings.locale, 'fixed').number;
  }

  /** Unit of a money column for a year: 亿元 / bn RMB, or 亿美元 / US$ bn at a user rate. */
  function columnUnit(year: number): string {
    const rate = rateFor(year);
    return rate == null
      ? moneyParts(1, settings.locale, scale()).unit
      : usdParts(1, rate, settings.locale, 'fixed').unit;
  }

  /**
   * "converted at 7.10 CNY/USD (user rate)" or "… (published annual average, P019)" for a year
   * shown in dollars, else null.
   */
  function conversionLabel(year: number): string | null {
    const rate = rateFor(year);
    if (rate == null) return null;
    const published = rates.value[String(year)] == null ? publishedRate(year) : null;
    return usdRateLabel(rate, settings.locale, published?.cnyPerUsd === rate ? published : null);
  }

  return {
    currency,
    rates,
    rateFor,
    publishedRate,
    setRate,
    money,
    columnNumber,
    columnUnit,
    conversionLabel,
  };
});
