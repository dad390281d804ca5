/**
 * The figures `npm run bench` reports: their keys, aims and units, the medians behind them, and
 * the two outputs (one JSON object for `--json`, a table otherwise). Pure, so a unit test can hold
 * the shape and the ratio arithmetic; no timing is ever asserted.
 */

export type FigureKey =
  | 'first_board_ratio'
  | 'first_map_ratio'
  | 'year_switch_ratio'
  | 'scenario_recompute_ms'
  | 'montecarlo_10k_ms'
  | 'import_100k_ratio'
  | 'import_100k_peak_mb'
  | 'initial_js_kb'
  | 'heap_mb'
  | 'dataset_load_ms'
  | 'print_pdf_ms';

export const FIGURE_KEYS: readonly FigureKey[] = [
  'first_board_ratio',
  'first_map_ratio',
  'year_switch_ratio',
  'scenario_recompute_ms',
  'montecarlo_10k_ms',
  'import_100k_ratio',
  'import_100k_peak_mb',
  'initial_js_kb',
  'heap_mb',
  'dataset_load_ms',
  'print_pdf_ms',
];

/** What each figure means and its aim (issue 14); null where the issue sets none (recorded only). */
export const FIGURE_SPECS: Readonly<Record<FigureKey, { label: string; aim: number | null }>> = {
  first_board_ratio: { label: 'cold load → 2025 rankings row 1 shown, app / bare page', aim: 1.5 },
  first_map_ratio: { label: 'cold load → city choropleth first drawn, app / bare page', aim: 1.3 },
  year_switch_ratio: {
    label: 'map year 2024 → 2025 redrawn, app / bare setOption merge',
    aim: 1.3,
  },
  scenario_recompute_ms: { label: 'scenario recompute, 340 synthetic cities (ms)', aim: 0.5 },
  montecarlo_10k_ms: { label: 'Monte Carlo 10k draws, 340 synthetic cities (ms)', aim: 200 },
  import_100k_ratio: { label: '100k-row CSV dry-run import (built CLI) / PapaParse', aim: 2.5 },
  import_100k_peak_mb: { label: '100k-row CSV dry-run import, peak RSS (MB)', aim: 300 },
  initial_js_kb: { label: 'JS loaded before the first view paints (KB, minified)', aim: 900 },
  heap_mb: { label: 'JS heap after rankings + map, after GC (MB)', aim: null },
  dataset_load_ms: { label: 'dataset load: open store + working data (ms)', aim: null },
  print_pdf_ms: { label: 'print the rankings view to PDF (ms)', aim: null },
};

export interface Figure {
  value: number;
  /** Upper bound the value should not exceed; null: recorded, no aim. */
  aim: number | null;
  met: boolean | null;
  unit: 'ratio' | 'ms' | 'MB' | 'KB';
  /** For a ratio: the app's median time (ms). */
  app_ms?: number;
  /** For a ratio: the baseline's median time (ms), measured in the same run, interleaved. */
  baseline_ms?: number;
  /** How many measured repetitions the medians are over (after the warm-up). */
  reps?: number;
  /** What the baseline is, or what else the reader should know. */
  note?: string;
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error('median of nothing');
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** The time (ms) of each of `runs` calls of `f`, after `warmup` calls that are not timed. */
export function timeSamples(runs: number, warmup: number, f: () => void): number[] {
  for (let i = 0; i < warmup; i++) f();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    ms.push(performance.now() - t0);
  }
  return ms;
}

/** Median time (ms) of `runs` calls of `f`, after `warmup` calls that are not timed. */
export const medianTime = (runs: number, warmup: number, f: () => void): number =>
  median(timeSamples(runs, warmup, f));

const round = (v: number, digits: number): number => Number(v.toFixed(digits));

function judged(key: FigureKey, value: number) {
  const aim = FIGURE_SPECS[key].aim;
  return { value, aim, met: aim == null ? null : value <= aim };
}

/** A ratio figure from the app's and the baseline's repetitions (medians of each). */
export function ratioFigure(
  key: FigureKey,
  app: readonly number[],
  baseline: readonly number[],
  note?: string,
): Figure {
  const a = median(app);
  const b = median(baseline);
  if (!(b > 0)) throw new Error(`${key}: baseline median must be positive, got ${b}`);
  return {
    ...judged(key, round(a / b, 2)),
    unit: 'ratio',
    app_ms: round(a, 1),
    baseline_ms: round(b, 1),
    reps: Math.min(app.length, baseline.length),
    ...(note ? { note } : {}),
  };
}

/** A plain figure: the median of its repetitions (or a single reading). */
export function valueFigure(
  key: FigureKey,
  unit: Figure['unit'],
  samples: readonly number[],
  note?: string,
): Figure {
  const digits = unit === 'ms' && median(samples) < 10 ? 4 : 1;
  return {
    ...judged(key, round(median(samples), digits)),
    unit,
    reps: samples.length,
    ...(note ? { note } : {}),
  };
}

export type Report = Partial<Record<FigureKey, Figure>>;

/** The `--json` output: every key in order; a figure that could not be measured is null. */
export function toJson(report: Report): Record<FigureKey, Figure | null> {
  return Object.fromEntries(FIGURE_KEYS.map((k) => [k, report[k] ?? null])) as Record<
    FigureKey,
    Figure | null
  >;
}

/** The plain output: one line per figure with value, aim, the raw times and met/missed. */
export function toTable(report: Report): string {
  const rows = FIGURE_KEYS.map((key) => {
    const f = report[key];
    const spec = FIGURE_SPECS[key];
    if (!f) return [key, '—', spec.aim == null ? '—' : `≤ ${spec.aim}`, '', 'not measured'];
    const value = f.unit === 'ratio' ? `${f.value}×` : `${f.value} ${f.unit}`;
    const aim = f.aim == null ? '—' : f.unit === 'ratio' ? `≤ ${f.aim}×` : `≤ ${f.aim} ${f.unit}`;
    const raw =
      f.app_ms != null && f.baseline_ms != null
        ? `app ${f.app_ms} ms / base ${f.baseline_ms} ms`
        : '';
    const verdict = f.met == null ? 'recorded' : f.met ? 'met' : 'MISSED';
    return [key, value, aim, raw, verdict];
  });
  const head = ['figure', 'value', 'aim', 'raw medians', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const notes = FIGURE_KEYS.flatMap((k) => {
    const f = report[k];
    return [`  ${k}: ${FIGURE_SPECS[k].label}${f?.note ? ` — ${f.note}` : ''}`];
  });
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), '', ...notes].join(
    '\n',
  );
}
