/**
 * Checks on resolved, converted figures: against the table itself (total = exports + imports,
 * duplicates, negatives), and against the stored dataset (published growth vs last year's stored
 * value, likely unit slips, values that would change stored figures).
 */
import type { Dataset, FigureRecord, MoneyMeasure } from '../model';
import { formatNumber, makeProblem } from './problems';
import type { ColumnMapping, ImportedFigure, ImportProblem } from './types';

export interface ValidationContext {
  file: string;
  mapping: ColumnMapping;
  dataset: Pick<Dataset, 'figures'> | null;
  /** Display name per code for messages ("Xi'an (西安)"). */
  labelOf: (figure: ImportedFigure) => string;
}

/** Published growth may differ from growth computed on stored values by this many points. */
export const YOY_TOLERANCE_PP = 0.5;
const SLIP_FACTORS = [10, 100, 10000, 0.1, 0.01, 0.0001];

type Place = { file: string; row: number; columnIndex: number | null; header: string | null };

function placeOf(ctx: ValidationContext, f: ImportedFigure, growth = false): Place {
  const field = growth ? `${f.metric}_yoy` : f.metric;
  const byField = ctx.mapping.columns.find((c) => c.field === field);
  const long = ctx.mapping.columns.find((c) => c.field === (growth ? 'yoy' : 'value'));
  const column = ctx.mapping.layout === 'long' ? long : byField;
  return {
    file: ctx.file,
    row: f.row,
    columnIndex: column?.index ?? null,
    header: column?.header ?? null,
  };
}

function recordIndex(dataset: Pick<Dataset, 'figures'> | null): Map<string, FigureRecord> {
  const index = new Map<string, FigureRecord>();
  for (const r of dataset?.figures ?? []) index.set(`${r.code}|${r.year}|${r.period}`, r);
  return index;
}

const stored = (
  index: Map<string, FigureRecord>,
  f: ImportedFigure,
  yearOffset: number,
  metric: MoneyMeasure,
) => index.get(`${f.code}|${f.year + yearOffset}|${f.period}`)?.cells[metric];

/** Run every check; returns problems and the figures that remain importable. */
export function validateFigures(
  figures: readonly ImportedFigure[],
  ctx: ValidationContext,
): { figures: ImportedFigure[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const index = recordIndex(ctx.dataset);
  let kept = dropDuplicates(figures, ctx, problems);
  kept = kept.flatMap((f) => {
    let next = f;
    if (f.value !== null && f.value < 0) {
      problems.push(
        makeProblem(
          'error',
          'negative_value',
          placeOf(ctx, f),
          `${ctx.labelOf(f)} ${f.metric} is negative (${formatNumber(f.value)}); trade values cannot be below zero. Not imported.`,
        ),
      );
      next = { ...next, value: null };
    }
    if (f.yoy_pct !== null && f.yoy_pct < -100) {
      problems.push(
        makeProblem(
          'error',
          'yoy_out_of_range',
          placeOf(ctx, f, true),
          `${ctx.labelOf(f)} ${f.metric} growth ${f.yoy_pct}% is below −100%, which is impossible. Not imported.`,
        ),
      );
      next = { ...next, yoy_pct: null };
    } else if (f.yoy_pct !== null && f.yoy_pct > 1000) {
      problems.push(
        makeProblem(
          'warning',
          'yoy_out_of_range',
          placeOf(ctx, f, true),
          `${ctx.labelOf(f)} ${f.metric} growth ${f.yoy_pct}% is implausibly high; check the column.`,
        ),
      );
    }
    return next.value === null && next.yoy_pct === null ? [] : [next];
  });
  kept = kept.map((f) => ({ ...f, existing: stored(index, f, 0, f.metric)?.value ?? null }));
  checkTotals(kept, ctx, problems);
  const slipped = checkUnitSlips(kept, ctx, index, problems);
  for (const f of kept) {
    if (!slipped.has(f)) checkGrowth(f, ctx, index, problems);
    checkChange(f, ctx, index, problems);
  }
  return { figures: kept, problems };
}

function dropDuplicates(
  figures: readonly ImportedFigure[],
  ctx: ValidationContext,
  problems: ImportProblem[],
): ImportedFigure[] {
  const groups = new Map<string, ImportedFigure[]>();
  for (const f of figures) {
    const key = `${f.code}|${f.year}|${f.period}|${f.metric}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  const drop = new Set<ImportedFigure>();
  const reported = new Set<string>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const first = group[0]!;
    const agree = group.every((f) => f.value === first.value && f.yoy_pct === first.yoy_pct);
    for (const f of agree ? group.slice(1) : group) drop.add(f);
    for (const f of group.slice(1)) {
      const key = `${f.code}|${f.row}|${agree}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const text = agree
        ? `${ctx.labelOf(f)} appears again (first at row ${first.row}) with the same values; this row is skipped.`
        : `${ctx.labelOf(f)} appears twice with different values (rows ${first.row} and ${f.row}); neither is imported until one is removed.`;
      problems.push(
        makeProblem(
          agree ? 'warning' : 'error',
          'duplicate_entity',
          { file: ctx.file, row: f.row },
          text,
        ),
      );
    }
  }
  return figures.filter((f) => !drop.has(f));
}

function checkTotals(
  figures: readonly ImportedFigure[],
  ctx: ValidationContext,
  problems: ImportProblem[],
): void {
  const rows = new Map<string, Partial<Record<MoneyMeasure, ImportedFigure>>>();
  for (const f of figures) {
    // Long tables put each measure on its own row, so group by entity and period, not by row.
    const key = `${f.code}|${f.year}|${f.period}`;
    rows.set(key, { ...rows.get(key), [f.metric]: f });
  }
  for (const { total, exports, imports } of rows.values()) {
    if (total?.value == null || exports?.value == null || imports?.value == null) continue;
    const sum = exports.value + imports.value;
    // Each printed number is off by at most half its last digit, so the three errors can add up.
    const tolerance =
      ((total.resolution_yi ?? 0) + (exports.resolution_yi ?? 0) + (imports.resolution_yi ?? 0)) /
        2 +
      1e-9;
    if (Math.abs(total.value - sum) > tolerance) {
      problems.push(
        makeProblem(
          'warning',
          'total_mismatch',
          placeOf(ctx, total),
          `${ctx.labelOf(total)} total ${formatNumber(total.value)} ≠ exports ${formatNumber(exports.value)} + imports ${formatNumber(imports.value)} = ${formatNumber(sum)} (difference ${formatNumber(Math.abs(total.value - sum))} 亿元, more than rounding allows).`,
        ),
      );
    }
  }
}

function checkGrowth(
  f: ImportedFigure,
  ctx: ValidationContext,
  index: Map<string, FigureRecord>,
  problems: ImportProblem[],
): void {
  const previous = stored(index, f, -1, f.metric);
  if (f.value === null || f.yoy_pct === null || !previous || previous.value <= 0) return;
  // A rounded stored value ("4.55万亿") cannot support a 0.5-point comparison.
  if (previous.precision === 'rounded') return;
  const computed = (f.value / previous.value - 1) * 100;
  const roundingPp = (100 * (f.resolution_yi ?? 0)) / 2 / previous.value;
  if (Math.abs(computed - f.yoy_pct) > YOY_TOLERANCE_PP + roundingPp) {
    problems.push(
      makeProblem(
        'warning',
        'yoy_mismatch',
        placeOf(ctx, f, true),
        `${ctx.labelOf(f)} ${f.metric} growth is printed as ${f.yoy_pct}%, but against the stored ${f.year - 1} value ${formatNumber(previous.value)} it is ${computed.toFixed(1)}% (more than ${YOY_TOLERANCE_PP} points apart).`,
      ),
    );
  }
}

function checkChange(
  f: ImportedFigure,
  ctx: ValidationContext,
  index: Map<string, FigureRecord>,
  problems: ImportProblem[],
): void {
  const cell = stored(index, f, 0, f.metric);
  if (!cell || f.value === null) return;
  if (Math.abs(cell.value - f.value) <= (f.resolution_yi ?? 0) / 2 + 1e-9) return;
  problems.push(
    makeProblem(
      'info',
      'changes_existing',
      placeOf(ctx, f),
      `${ctx.labelOf(f)} ${f.year} ${f.metric}: ${formatNumber(cell.value)} → ${formatNumber(f.value)} (replaces source ${cell.sourceId}).`,
    ),
  );
}

/** Scale factor that brings `value` within ×2 of `reference`, when plain `value` is ≥ ×5 off. */
function slipFactor(value: number, reference: number): number | null {
  if (value <= 0 || reference <= 0) return null;
  if (Math.abs(Math.log10(value / reference)) < Math.log10(5)) return null;
  let best: number | null = null;
  for (const factor of SLIP_FACTORS) {
    const distance = Math.abs(Math.log10((value * factor) / reference));
    if (
      distance <= Math.log10(2) &&
      (best === null || distance < Math.abs(Math.log10((value * best) / reference)))
    )
      best = factor;
  }
  return best;
}

/**
 * Factor that puts a value back between its rank neighbours in a table sorted high to low. Only a
 * value at least ×3 outside its neighbours counts: columns other than the sort key are only
 * roughly ordered, and small inversions are normal there.
 */
function neighbourFactor(list: readonly ImportedFigure[], i: number): number | null {
  const above = list[i - 1]?.value;
  const below = list[i + 1]?.value;
  const v = list[i]!.value!;
  if (above == null || below == null || (v <= above * 3 && v >= below / 3)) return null;
  const fits = SLIP_FACTORS.filter((f) => v * f <= above * 1.01 && v * f >= below * 0.99);
  return fits.length === 1 ? fits[0]! : null;
}

function checkUnitSlips(
  figures: readonly ImportedFigure[],
  ctx: ValidationContext,
  index: Map<string, FigureRecord>,
  problems: ImportProblem[],
): Set<ImportedFigure> {
  const flagged = new Set<ImportedFigure>();
  for (const metric of ['total', 'exports', 'imports'] as const) {
    const list = figures.filter(
      (f) =>
        f.metric === metric &&
        f.value !== null &&
        (f.level === 'city' || f.level === 'county_city'),
    );
    const pairs = list.slice(1).map((f, i) => f.value! <= list[i]!.value!);
    const sorted = list.length >= 5 && pairs.filter(Boolean).length >= 0.8 * pairs.length;
    list.forEach((f, i) => {
      const previous = stored(index, f, -1, metric)?.value;
      const byYear = previous ? slipFactor(f.value!, previous) : null;
      const byRank = sorted ? neighbourFactor(list, i) : null;
      const factor = byYear ?? byRank;
      if (factor === null) return;
      const to = Number((f.value! * factor).toPrecision(12));
      const evidence: string[] = [];
      if (byYear !== null && previous)
        evidence.push(
          `${f.year - 1} was ${formatNumber(previous)}, so ×${factor} means ${((to / previous - 1) * 100).toFixed(1)}% growth${f.yoy_pct !== null ? ` (printed growth: ${f.yoy_pct}%)` : ''}`,
        );
      if (byRank !== null && byRank === factor)
        evidence.push(
          `×${byRank} also puts it between its neighbours in this table (rows ${list[i - 1]!.row} and ${list[i + 1]!.row})`,
        );
      const problem = makeProblem(
        'warning',
        'unit_slip',
        placeOf(ctx, f),
        `${ctx.labelOf(f)} ${metric} ${formatNumber(f.value!)} 亿元 looks like a unit slip: ${evidence.join('; ')}. Suggested: ×${factor} → ${formatNumber(to)}.`,
      );
      problems.push({
        ...problem,
        fix: { kind: 'scale', row: f.row, code: f.code, metric, factor, from: f.value!, to },
      });
      flagged.add(f);
    });
  }
  return flagged;
}
