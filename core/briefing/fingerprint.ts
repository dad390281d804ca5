/**
 * A fingerprint of the data a pin shows, so a reopened briefing can say "the figures behind this
 * section changed since it was pinned" — and stay silent when an import touched other years.
 */
import type { Dataset, FigureRecord } from '../model';
import { yearsOfPin, type PinState } from './pin-state';

/** JSON with object keys sorted, so equal data always gives equal text. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

/** Two FNV-1a passes with different seeds: a 64-bit hex digest (not for security). */
export function digest(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

const byKey = (r: FigureRecord) => `${r.code}|${r.year}|${r.period}`;

/**
 * The fingerprint of what a pin rests on: the figure records it reads (the years it shows; every
 * year for a rank history or a city), the exchange rates of those years, the sources they cite,
 * and `extra` (what the dataset does not hold: the revision list, the user's exposure shares).
 * `levelYears`: the years with data at the pin's level (see yearsOfPin).
 */
export function pinFingerprint(
  state: PinState,
  dataset: Dataset,
  extra: unknown = null,
  levelYears: readonly number[] = [],
): string {
  const allYears = (state.view === 'rankings' && state.tab === 'history') || state.view === 'city';
  const years = new Set(yearsOfPin(state, levelYears));
  const records = dataset.figures
    .filter((r) => (state.view === 'city' ? r.code === state.code : allYears || years.has(r.year)))
    .sort((a, b) => (byKey(a) < byKey(b) ? -1 : byKey(a) > byKey(b) ? 1 : 0));
  const rates = dataset.rates.filter((r) => allYears || years.has(r.year));
  const sources = state.view === 'sources' ? dataset.sources : [];
  const subject = state.view === 'sources' || state.view === 'import' ? [] : records;
  return digest(canonical({ subject, rates, sources, extra }));
}
