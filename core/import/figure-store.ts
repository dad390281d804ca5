/**
 * Figures as rows are read, before units are known (a footnote at the end of a table may state
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

const keyOf = (f: Pick<RawFigure, 'entity' | 'year' | 'metric'>, period: string): string =>
  `${f.entity.code}|${f.year}|${period}|${f.metric}`;

export class FigureStore {
  private readonly byKey = new Map<string, RawFigure>();
  private readonly conflicts = new Set<string>();
  /** In file order: rank neighbours and total-row groups depend on it. */
  private readonly ordered: RawFigure[] = [];

  constructor(
    private readonly period: string,
    /** Long tables give amount and growth on separate rows (进出口 / 进出口同比): join them. */
    private readonly joinHalves: boolean,
  ) {}

  insert(figure: RawFigure): Insertion {
    const key = keyOf(figure, this.period);
    const first = this.byKey.get(key);
    if (!first) {
      this.byKey.set(key, figure);
      this.ordered.push(figure);
      return { kind: 'new' };
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
      return { kind: 'merged' };
    }
    const same = first.amount?.value === figure.amount?.value && first.yoy === figure.yoy;
    if (!same) this.conflicts.add(key);
    return { kind: 'duplicate', same, first };
  }

  /** Figures in file order, without keys that were printed twice with different values. */
  settled(): RawFigure[] {
    if (this.conflicts.size === 0) return this.ordered;
    return this.ordered.filter((f) => !this.conflicts.has(keyOf(f, this.period)));
  }

  get size(): number {
    return this.ordered.length;
  }
}
