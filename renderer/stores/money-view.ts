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
 * How money is shown: 亿元 (the stored unit), or US dollars at a rate the user enters per year.
 * No rate is ever supplied by the app: a year without a user rate stays in 亿元.
 */
export const useMoneyView = defineStore('money-view', () => {
  const settings = useSettings();
  const saved = load();
  const currency = ref<Currency>(saved.currency);
  const rates = ref<Record<string, number>>(saved.rates);
  watch(
    [currency, rates],
    () =>
      localStorage.setItem(KEY, JSON.stringify({ currency: currency.value, rates: rates.value })),
    { deep: true },
  );

  /** The user's rate for a year, only when the dollar view is on. */
  function rateFor(year: number): number | null {
    if (currency.value !== 'USD') return null;
    // A year's own rate, else the one the user set in Settings for every year.
    return rates.value[String(year)] ?? settings.values.usdRate ?? null;
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

  /** "converted at 7.10 CNY/USD (user rate)" for a year shown in dollars, else null. */
  function conversionLabel(year: number): string | null {
    const rate = rateFor(year);
    return rate == null ? null : usdRateLabel(rate, settings.locale);
  }

  return { currency, rates, rateFor, setRate, money, columnNumber, columnUnit, conversionLabel };
});
