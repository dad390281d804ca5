/**
 * Class breaks of a choropleth: quantile, equal interval, natural breaks (Fisher–Jenks) or the
 * reader's own. A class is a half-open range: a value belongs to class i when it is at least the
 * i-th inner break and below the next one, so every value has exactly one class and a value that
 * sits on a break goes up, as a reader of "1,000 – 5,000 | 5,000 – …" expects.
 */

export type BreakMethod = 'quantile' | 'equal' | 'jenks' | 'custom';
export const BREAK_METHODS: readonly BreakMethod[] = ['quantile', 'equal', 'jenks', 'custom'];

export interface ClassBreaks {
  /** Smallest and largest value classified (the legend's outer bounds). */
  min: number;
  max: number;
  /** Ascending, distinct thresholds between classes; `inner.length + 1` classes. */
  inner: number[];
}

const finiteSorted = (values: readonly number[]): number[] =>
  values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);

/** Keeps distinct thresholds strictly inside (min, max): others would make empty classes. */
function tidy(min: number, max: number, inner: number[]): ClassBreaks {
  const kept = [...new Set(inner)].filter((b) => b > min && b <= max).sort((a, b) => a - b);
  return { min, max, inner: kept };
}

const empty: ClassBreaks = { min: 0, max: 0, inner: [] };

/** Value at quantile q (0–1) of sorted values, interpolated between neighbours (type 7). */
export function quantileOf(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Breaks that put about the same number of entities in each of `k` classes. */
export function quantileBreaks(values: readonly number[], k: number): ClassBreaks {
  const s = finiteSorted(values);
  if (!s.length) return empty;
  const inner = Array.from({ length: k - 1 }, (_, i) => quantileOf(s, (i + 1) / k));
  return tidy(s[0]!, s.at(-1)!, inner);
}

/** `k` classes of equal width between the smallest and largest value. */
export function equalBreaks(values: readonly number[], k: number): ClassBreaks {
  const s = finiteSorted(values);
  if (!s.length) return empty;
  const min = s[0]!;
  const max = s.at(-1)!;
  const inner = Array.from({ length: k - 1 }, (_, i) => min + ((max - min) * (i + 1)) / k);
  return tidy(min, max, inner);
}

/**
 * Natural breaks: the partition of the sorted values into `k` runs with the least total
 * within-class variance (Fisher's exact dynamic programme, which Jenks's method approximates).
 * O(k·n²), fine for the few hundred entities of a map. Each inner break is the first value of
 * its class, so the classes hold exactly the runs found.
 */
export function jenksBreaks(values: readonly number[], k: number): ClassBreaks {
  const s = finiteSorted(values);
  const n = s.length;
  if (!n) return empty;
  const classes = Math.min(k, new Set(s).size);
  if (classes < 2) return tidy(s[0]!, s[n - 1]!, []);
  // cost[c][j]: least variance sum for the first j values in c classes; start[c][j]: where the
  // last class of that best partition starts.
  const cost = Array.from({ length: classes + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const start = Array.from({ length: classes + 1 }, () => new Array<number>(n + 1).fill(0));
  cost[0]![0] = 0;
  const prefix = [0];
  const prefixSq = [0];
  for (const v of s) {
    prefix.push(prefix.at(-1)! + v);
    prefixSq.push(prefixSq.at(-1)! + v * v);
  }
  const ssd = (i: number, j: number) => {
    const sum = prefix[j]! - prefix[i]!;
    return prefixSq[j]! - prefixSq[i]! - (sum * sum) / (j - i);
  };
  for (let c = 1; c <= classes; c++) {
    for (let j = c; j <= n; j++) {
      for (let i = c - 1; i < j; i++) {
        const candidate = cost[c - 1]![i]! + ssd(i, j);
        if (candidate < cost[c]![j]!) {
          cost[c]![j] = candidate;
          start[c]![j] = i;
        }
      }
    }
  }
  const inner: number[] = [];
  for (let c = classes, j = n; c > 1; c--) {
    const i = start[c]![j]!;
    inner.unshift(s[i]!);
    j = i;
  }
  return tidy(s[0]!, s[n - 1]!, inner);
}

/**
 * The reader's own thresholds. Unlike the computed methods these are kept even outside the data
 * (an empty class is what was asked for), only sorted and made distinct.
 */
export function customBreaks(
  values: readonly number[],
  thresholds: readonly number[],
): ClassBreaks {
  const s = finiteSorted(values);
  const inner = [...new Set(thresholds.filter((t) => Number.isFinite(t)))].sort((a, b) => a - b);
  return { min: s[0] ?? inner[0] ?? 0, max: s.at(-1) ?? inner.at(-1) ?? 0, inner };
}

/**
 * Parses "100, 500, 1,000": numbers between commas, spaces, semicolons or 、. A comma followed by
 * exactly three digits groups thousands ("1,000"), as the app prints them.
 */
export function parseThresholds(
  text: string,
): { ok: true; value: number[] } | { ok: false; bad: string } {
  const parts = text
    .split(/[;；、，\s]+|,(?!\d{3}(?:\D|$))/)
    .map((p) => p.replace(/,/g, '').replace(/^\+/, '').replace(/^[−–]/, '-').trim())
    .filter((p) => p !== '');
  const out: number[] = [];
  for (const p of parts) {
    const n = Number(p);
    if (!Number.isFinite(n)) return { ok: false, bad: p };
    out.push(n);
  }
  return { ok: true, value: [...new Set(out)].sort((a, b) => a - b) };
}

/** Breaks by method; `k` classes for the computed methods. */
export function computeBreaks(
  method: BreakMethod,
  values: readonly number[],
  k: number,
  custom: readonly number[] = [],
): ClassBreaks {
  switch (method) {
    case 'quantile':
      return quantileBreaks(values, k);
    case 'equal':
      return equalBreaks(values, k);
    case 'jenks':
      return jenksBreaks(values, k);
    case 'custom':
      return customBreaks(values, custom);
  }
}

/**
 * Makes `centre` a threshold, so that on a diverging scale no class straddles it: every class
 * is wholly below or wholly at/above the centre and takes that side's colour.
 */
export function withCentre(breaks: ClassBreaks, centre: number): ClassBreaks {
  if (breaks.inner.includes(centre) || centre <= breaks.min || centre > breaks.max) return breaks;
  return { ...breaks, inner: [...breaks.inner, centre].sort((a, b) => a - b) };
}

/** Class index of a value: the number of thresholds at or below it. */
export function classify(value: number, breaks: ClassBreaks): number {
  let i = 0;
  while (i < breaks.inner.length && value >= breaks.inner[i]!) i++;
  return i;
}
