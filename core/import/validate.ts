/**
 * Checks on resolved, converted figures: against the table itself (total = exports + imports,
 * totals rows against the rows they total), against plausibility (negative, absurd values and
 * growth), and against the stored dataset (unit slips, published growth vs last year's stored
 * value, values that would change stored figures).
 */
import type { Dataset, Entity, FigureRecord, MoneyMeasure } from '../model';
import { figureKey } from './figure-store';
import { entityRef, makeProblem } from './problems';
import type { EntityRef } from './problem-codes';
import { childLevel, findSlips } from './slips';
import type { AcceptFix, ColumnMapping, ImportedFigure, ImportProblem } from './types';

export interface ValidationContext {
  file: string;
  mapping: ColumnMapping;
  dataset: Pick<Dataset, 'figures'> | null;
  entities: readonly Entity[];
  /** Values the user accepted as printed: no slip is raised for them again. */
  accepted?: readonly AcceptFix[];
}

/** Published growth may differ from growth computed on stored values by this many points. */
export const YOY_TOLERANCE_PP = 0.5;
/** Beyond this share a totals row and the rows it totals are too far apart to be rounding. */
export const TOTAL_ROW_WARNING_PCT = 5;

/**
 * No entity trades more than this in one year (亿元; China's total is ~4.4×10^5). Beyond it a
 * value is a unit or typing error, never a figure: 1e308 or 9007199254740993 must not reach
 * rankings as "Infinity%".
 */
export const PLAUSIBLE_MAX_YI: Record<Entity['level'], number> = {
  national: 1e7,
  province: 1e7,
  city: 1e7,
  county_city: 1e6,
};
/** CNY per USD has stayed above 1.5 since 1980, so the USD bound is the CNY bound ÷ 1.5. */
const USD_BOUND = 1 / 1.5;
/** Growth beyond this many percent is a typing error, not a figure. */
const ABSURD_YOY = 1e4;

type Place = { file: string; row: number; columnIndex: number | null; header: string | null };

function placeOf(ctx: ValidationContext, f: ImportedFigure, growth = false): Place {
  const field = growth ? `${f.metric}_yoy` : f.metric;
  const byField = ctx.mapping.columns.find((c) => c.field === field);
  const long = ctx.mapping.columns.find((c) => c.field === (growth ? 'yoy' : 'value'));
  const column = ctx.mapping.layout === 'long' ? long : byField;
  const index = f.from_total_row ? (column?.index ?? null) : (column?.index ?? f.column);
  return {
    file: ctx.file,
    row: f.row,
    columnIndex: index,
    header: index !== null ? (ctx.mapping.columns[index]?.header ?? null) : null,
  };
}

/**
 * Stored records by entity and year, per period, with numeric keys: the checks look up every
 * figure of a file, which may have a hundred thousand.
 */
export class StoredIndex {
  private readonly byPeriod = new Map<string, Map<number, FigureRecord>>();
  /** Records per entity code (an entity with none is never looked up further). */
  readonly byEntity = new Map<string, FigureRecord[]>();

  constructor(dataset: Pick<Dataset, 'figures'> | null) {
    for (const r of dataset?.figures ?? []) {
      let period = this.byPeriod.get(r.period);
      if (!period) this.byPeriod.set(r.period, (period = new Map()));
      period.set(figureKey(r.code, r.year, 'total'), r);
      const list = this.byEntity.get(r.code);
      if (list) list.push(r);
      else this.byEntity.set(r.code, [r]);
    }
  }

  get(code: string, year: number, period: string): FigureRecord | undefined {
    if (!this.byEntity.has(code)) return undefined;
    return this.byPeriod.get(period)?.get(figureKey(code, year, 'total'));
  }
}

export const storedIndex = (dataset: Pick<Dataset, 'figures'> | null): StoredIndex =>
  new StoredIndex(dataset);

const storedCell = (
  index: StoredIndex,
  f: ImportedFigure,
  yearOffset: number,
  metric: MoneyMeasure,
) => index.get(f.code, f.year + yearOffset, f.period)?.cells[metric];

/** Run every check; returns problems and the figures that remain importable. */
export function validateFigures(
  figures: readonly ImportedFigure[],
  ctx: ValidationContext,
): { figures: ImportedFigure[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const byCode = new Map(ctx.entities.map((e) => [e.code as string, e]));
  // Built only for figures with a problem: most of a big file has none.
  const ref = (f: ImportedFigure): EntityRef => {
    const e = byCode.get(f.code);
    return e ? entityRef(e) : { code: f.code, zh: f.name_zh, en: f.name_zh, level: f.level };
  };
  const index = storedIndex(ctx.dataset);
  const kept: ImportedFigure[] = [];
  for (const f of figures) {
    const next = plausible(f, ctx, ref, problems);
    if (next.value !== null || next.yoy_pct !== null) kept.push(next);
  }
  // Set in place: the figures are this pipeline's own, and the stored value is a fact about them.
  for (const f of kept)
    f.existing = f.currency === 'CNY' ? (storedCell(index, f, 0, f.metric)?.value ?? null) : null;
  // One report is one period: entity, year and measure find any figure of it.
  const byKey = new Map<number, ImportedFigure>();
  for (const f of kept) byKey.set(figureKey(f.code, f.year, f.metric), f);
  checkTotals(kept, byKey, ctx, ref, problems);
  checkTotalRows(kept, ctx, ref, problems);
  const nation = ctx.entities.find((e) => e.level === 'national') ?? null;
  // USD figures are compared with nothing stored in 亿元 (a different currency).
  const slips = findSlips(kept, byKey, { stored: index, byCode, nation });
  const accepted = ctx.accepted ?? [];
  for (const f of kept) {
    const slip = slips.get(f);
    const isAccepted = accepted.some(
      (a) => a.row === f.row && a.code === f.code && a.metric === f.metric && a.value === f.value,
    );
    if (slip && isAccepted) {
      problems.push(
        makeProblem('info', 'slip_accepted', placeOf(ctx, f), {
          entity: ref(f),
          metric: f.metric,
          value: f.value!,
          currency: f.currency,
        }),
      );
    } else if (slip) {
      const problem = makeProblem('warning', 'unit_slip', placeOf(ctx, f), {
        entity: ref(f),
        metric: f.metric,
        value: f.value!,
        factor: slip.factor,
        to: slip.to,
        currency: f.currency,
        evidence: slip.evidence,
      });
      const { row, code, metric } = f;
      problems.push({
        ...problem,
        fix: { kind: 'scale', row, code, metric, factor: slip.factor, from: f.value!, to: slip.to },
      });
    } else {
      checkGrowth(f, ctx, index, ref, problems);
    }
    checkChange(f, ctx, index, ref, problems);
  }
  return { figures: kept, problems };
}

/** Negative, absurd and impossible values are refused here, with their row. */
function plausible(
  f: ImportedFigure,
  ctx: ValidationContext,
  ref: (f: ImportedFigure) => EntityRef,
  problems: ImportProblem[],
): ImportedFigure {
  const limit = PLAUSIBLE_MAX_YI[f.level] * (f.currency === 'USD' ? USD_BOUND : 1);
  const valueOk = f.value === null || (f.value >= 0 && f.value <= limit);
  const yoyOk = f.yoy_pct === null || (f.yoy_pct >= -100 && f.yoy_pct <= 1000);
  if (valueOk && yoyOk) return f;
  let next = f;
  const metric = f.metric;
  const entity = ref(f);
  if (f.value !== null && f.value < 0) {
    problems.push(
      makeProblem('error', 'negative_value', placeOf(ctx, f), { entity, metric, value: f.value }),
    );
    next = { ...next, value: null };
  }
  if (f.value !== null && f.value > limit) {
    problems.push(
      makeProblem('error', 'value_out_of_range', placeOf(ctx, f), {
        entity,
        metric,
        value: f.value,
        limit,
        currency: f.currency,
      }),
    );
    next = { ...next, value: null };
  }
  if (f.yoy_pct !== null && (f.yoy_pct < -100 || f.yoy_pct > ABSURD_YOY)) {
    const bound = f.yoy_pct < -100 ? 'low' : 'high';
    problems.push(
      makeProblem('error', 'yoy_out_of_range', placeOf(ctx, f, true), {
        entity,
        metric,
        yoy: f.yoy_pct,
        bound,
      }),
    );
    next = { ...next, yoy_pct: null };
  } else if (f.yoy_pct !== null && f.yoy_pct > 1000) {
    problems.push(
      makeProblem('warning', 'yoy_out_of_range', placeOf(ctx, f, true), {
        entity,
        metric,
        yoy: f.yoy_pct,
        bound: 'high',
      }),
    );
  }
  return next;
}

function checkTotals(
  figures: readonly ImportedFigure[],
  byKey: ReadonlyMap<number, ImportedFigure>,
  ctx: ValidationContext,
  ref: (f: ImportedFigure) => EntityRef,
  problems: ImportProblem[],
): void {
  for (const total of figures) {
    // Long tables put each measure on its own row, so look the others up by entity and year.
    if (total.metric !== 'total' || total.value === null) continue;
    const exports = byKey.get(figureKey(total.code, total.year, 'exports'));
    const imports = byKey.get(figureKey(total.code, total.year, 'imports'));
    if (exports?.value == null || imports?.value == null) continue;
    const sum = exports.value + imports.value;
    // Each printed number is off by at most half its last digit, so the three errors can add up.
    const tolerance =
      ((total.resolution_yi ?? 0) + (exports.resolution_yi ?? 0) + (imports.resolution_yi ?? 0)) /
        2 +
      1e-9;
    const difference = Math.abs(total.value - sum);
    if (difference <= tolerance) continue;
    problems.push(
      makeProblem('warning', 'total_mismatch', placeOf(ctx, total), {
        entity: ref(total),
        total: total.value,
        exports: exports.value,
        imports: imports.value,
        sum,
        difference,
      }),
    );
  }
}

/** A totals row against the rows it totals: info with the difference, a warning beyond 5%. */
function checkTotalRows(
  figures: readonly ImportedFigure[],
  ctx: ValidationContext,
  ref: (f: ImportedFigure) => EntityRef,
  problems: ImportProblem[],
): void {
  const totals = figures.filter((f) => f.from_total_row && f.value !== null && f.value > 0);
  for (const total of totals) {
    const level = childLevel(total.level);
    const members = figures.filter(
      (f) =>
        f.total_row === total.row &&
        !f.from_total_row &&
        f.level === level &&
        f.metric === total.metric &&
        f.year === total.year &&
        f.value !== null,
    );
    if (members.length < 2 || level === null) continue;
    const sum = members.reduce((s, m) => s + m.value!, 0);
    const difference = total.value! - sum;
    const pct = (Math.abs(difference) / total.value!) * 100;
    problems.push(
      makeProblem(
        pct > TOTAL_ROW_WARNING_PCT ? 'warning' : 'info',
        'total_row_sum',
        placeOf(ctx, total),
        {
          total: ref(total),
          metric: total.metric,
          printed: total.value!,
          sum,
          difference,
          pct,
          members: members.length,
          memberLevel: level,
        },
      ),
    );
  }
}

/** A check of one imported figure against the stored data; it adds what it finds to `problems`. */
type StoredCheck = (
  f: ImportedFigure,
  ctx: ValidationContext,
  index: StoredIndex,
  ref: (f: ImportedFigure) => EntityRef,
  problems: ImportProblem[],
) => void;

const checkGrowth: StoredCheck = (f, ctx, index, ref, problems) => {
  if (f.currency !== 'CNY') return;
  const previous = storedCell(index, f, -1, f.metric);
  if (f.value === null || f.yoy_pct === null || !previous || previous.value <= 0) return;
  // A rounded stored value ("4.55万亿") cannot support a 0.5-point comparison.
  if (previous.precision === 'rounded') return;
  const computed = (f.value / previous.value - 1) * 100;
  const roundingPp = (100 * (f.resolution_yi ?? 0)) / 2 / previous.value;
  if (Math.abs(computed - f.yoy_pct) <= YOY_TOLERANCE_PP + roundingPp) return;
  problems.push(
    makeProblem('warning', 'yoy_mismatch', placeOf(ctx, f, true), {
      entity: ref(f),
      metric: f.metric,
      printed: f.yoy_pct,
      computed,
      year: f.year - 1,
      stored: previous.value,
      tolerance: YOY_TOLERANCE_PP,
    }),
  );
};

/** True when an imported value equals the stored one within the printed precision. */
export const agreesWithStored = (
  f: Pick<ImportedFigure, 'value' | 'resolution_yi'>,
  stored: number,
): boolean => f.value !== null && Math.abs(stored - f.value) <= (f.resolution_yi ?? 0) / 2 + 1e-9;

const checkChange: StoredCheck = (f, ctx, index, ref, problems) => {
  if (f.currency !== 'CNY') return;
  const cell = storedCell(index, f, 0, f.metric);
  if (!cell || f.value === null || agreesWithStored(f, cell.value)) return;
  problems.push(
    makeProblem('info', 'changes_existing', placeOf(ctx, f), {
      entity: ref(f),
      metric: f.metric,
      year: f.year,
      from: cell.value,
      to: f.value,
      source: cell.sourceId,
    }),
  );
};
