/**
 * Figures of one table (one period) as rows are read, before units are known (a footnote at the end of a table may state
 * the unit): one entry per entity, year, period and measure, so memory follows the distinct
 * figures, not the rows. Duplicates are settled on arrival: the same values again are skipped,
 * different values mark the key as conflicting and neither is imported.
 */
import type { Entity, MoneyMeasure } from '../model';

/** A printed amount in the table's unit, with its printed precision and column. */
export interface RawAmount {
  value: number;
  decimals: number;
  column: number;
}

export interface RawFigure {
  entity: Entity;
  year: number;
  metric: MoneyMeasure;
  amount: RawAmount | null;
  yoy: number | null;
  yoyColumn: number | null;
  row: number;
  fromTotalRow: boolean;
}

export type Insertion =
  { kind: 'new' } | { kind: 'merged' } | { kind: 'duplicate'; same: boolean; first: RawFigure };

const NEW: Insertion = { kind: 'new' };
const MERGED: Insertion = { kind: 'merged' };
const METRIC_INDEX: Record<MoneyMeasure, number> = { total: 0, exports: 1, imports: 2 };

/**
 * One number per entity, year and measure (a report has one period): cheaper than a string key
 * when a file holds a million rows. Codes are six digits, years 1900–2199.
 */
export const figureKey = (code: string, year: number, metric: MoneyMeasure): number =>
  (Number(code) * 300 + (year - 1900)) * 3 + METRIC_INDEX[metric];

const keyOf = (f: Pick<RawFigure, 'entity' | 'year' | 'metric'>): number =>
  figureKey(f.entity.code, f.year, f.metric);

export class FigureStore {
  private readonly byKey = new Map<number, RawFigure>();
  private readonly conflicts = new Set<number>();
  /** In file order: rank neighbours and total-row groups depend on it. */
  private readonly ordered: RawFigure[] = [];

  /** Long tables give amount and growth on separate rows (进出口 / 进出口同比): join them. */
  constructor(private readonly joinHalves: boolean) {}

  insert(figure: RawFigure): Insertion {
    const key = keyOf(figure);
    const first = this.byKey.get(key);
    if (!first) {
      this.byKey.set(key, figure);
      this.ordered.push(figure);
      return NEW;
    }
    if (
      this.joinHalves &&
      (first.amount === null) !== (figure.amount === null) &&
      (first.yoy === null) !== (figure.yoy === null)
    ) {
      if (figure.amount) {
        first.amount = figure.amount;
        first.row = figure.row;
      } else {
        first.yoy = figure.yoy;
        first.yoyColumn = figure.yoyColumn;
      }
      return MERGED;
    }
    const same = first.amount?.value === figure.amount?.value && first.yoy === figure.yoy;
    if (!same) this.conflicts.add(key);
    return { kind: 'duplicate', same, first };
  }

  /** Figures in file order, without keys that were printed twice with different values. */
  settled(): RawFigure[] {
    if (this.conflicts.size === 0) return this.ordered;
    return this.ordered.filter((f) => !this.conflicts.has(keyOf(f)));
  }

  get size(): number {
    return this.ordered.length;
  }
}
