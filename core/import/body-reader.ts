/**
 * The rows below the header, one at a time: classify each row, parse its numbers, read its year
 * (a 年份 column in any layout), resolve its place and keep its figures. Nothing of a row is kept
 * once it is read, except the first rows for the preview: memory follows the figures found.
 */
import type { Entity, Level, MoneyMeasure } from '../model';
import { classifyIndicator } from './column-map';
import { FigureStore, type RawAmount, type RawFigure } from './figure-store';
import { parseNumberCell } from './numbers';
import type { ProblemSink } from './problem-sink';
import { columnLetter, entityRef, makeProblem } from './problems';
import { classifyBodyRow, isTotalsLabel, type TableShape } from './table-detect';
import { normaliseLabel, toHalfWidth, type NameResolver, type Resolution } from '../places';
import type { ColumnMapping, ImportField, PreviewRow, UnplacedName } from './types';

export const PREVIEW_ROWS = 60;
const MONEY: readonly MoneyMeasure[] = ['total', 'exports', 'imports'];
const MAX_FOOTNOTES = 50;

const WIDE_FIELDS: Partial<Record<ImportField, { metric: MoneyMeasure; growth: boolean }>> = {
  total: { metric: 'total', growth: false },
  exports: { metric: 'exports', growth: false },
  imports: { metric: 'imports', growth: false },
  total_yoy: { metric: 'total', growth: true },
  exports_yoy: { metric: 'exports', growth: true },
  imports_yoy: { metric: 'imports', growth: true },
};

export interface BodySetup {
  file: string;
  shape: TableShape;
  headerTop: readonly string[];
  mapping: ColumnMapping;
  /** The table's year (title, sheet, file, override); a year column overrides it per row. */
  year: number | null;
  period: string;
  resolver: NameResolver;
  /** Level preferred where a name exists at two levels (北京: city in a city table). */
  level: Level;
  uncachedFormulas: ReadonlySet<string>;
  sink: ProblemSink;
}

/** A totals row (全省合计…) whose place is decided once the rows it totals are known. */
export interface PendingTotal {
  row: number;
  printed: string;
  /** The nation, when the label says so (全国/中国); else decided from its members. */
  entity: Entity | null;
  year: number | null;
  cells: Partial<
    Record<MoneyMeasure, { amount: RawAmount | null; yoy: number | null; yoyColumn: number | null }>
  >;
}

/** Rows a totals row adds up: from..to (1-based, inclusive). */
export interface TotalSegment {
  owner: PendingTotal;
  from: number;
  to: number;
}

type Slot = { amount: RawAmount | null; yoy: number | null; yoyColumn: number | null };
type Slots = Record<MoneyMeasure, Slot | null>;

export class BodyReader {
  readonly preview: PreviewRow[] = [];
  readonly footnotes: string[] = [];
  readonly totals: PendingTotal[] = [];
  readonly segments: TotalSegment[] = [];
  readonly store: FigureStore;
  rowsRead = 0;
  dataRows = 0;
  unresolved = 0;
  /** Data rows that gave at least one figure. */
  placedRows = 0;
  private afterFootnote = false;
  private readonly nameIndex: number | null;
  private readonly codeIndex: number | null;
  private readonly yearIndex: number | null;
  private readonly indicatorIndex: number | null;
  private readonly valueIndex: number | null;
  private readonly yoyIndex: number | null;
  private readonly valueColumns: { index: number; metric: MoneyMeasure; growth: boolean }[];
  private readonly valueIndexes: number[];
  private readonly unknownIndicators = new Set<string>();
  private boundary: number;
  private dataSinceBoundary = false;
  private openTop: TotalSegment | null = null;
  /** Names repeat row after row; whether one is a totals label is decided once per name. */
  private readonly totalLabels = new Map<string, boolean>();
  private readonly headerKeys: readonly string[];
  /** Indicator texts and year cells repeat on every row of a long table: read each once. */
  private readonly indicators = new Map<string, ReturnType<typeof classifyIndicator>>();
  private readonly years = new Map<string, number>();
  private readonly isTotal = (label: string): boolean => {
    let known = this.totalLabels.get(label);
    if (known === undefined) {
      known = isTotalsLabel(label);
      if (this.totalLabels.size < 50_000) this.totalLabels.set(label, known);
    }
    return known;
  };

  constructor(private readonly setup: BodySetup) {
    const { mapping } = setup;
    const columnOf = (field: ImportField): number | null =>
      mapping.columns.find((c) => c.field === field)?.index ?? null;
    this.nameIndex = columnOf('name');
    this.codeIndex = columnOf('code');
    this.yearIndex = columnOf('year');
    this.indicatorIndex = columnOf('indicator');
    this.valueIndex = columnOf('value');
    this.yoyIndex = columnOf('yoy');
    this.valueColumns =
      mapping.layout === 'wide'
        ? mapping.columns.flatMap((c) => {
            const target = WIDE_FIELDS[c.field];
            return target ? [{ index: c.index, ...target }] : [];
          })
        : [];
    this.valueIndexes =
      mapping.layout === 'long'
        ? [this.valueIndex, this.yoyIndex].filter((i): i is number => i !== null)
        : this.valueColumns.map((c) => c.index);
    this.store = new FigureStore(mapping.layout === 'long');
    this.headerKeys = setup.headerTop.map(normaliseLabel);
    this.boundary = setup.shape.bodyStart + 1;
  }

  /** Rows above the body (titles, headers), for the preview. */
  previewHead(rows: readonly string[][]): void {
    const { shape } = this.setup;
    for (let r = 0; r < Math.min(shape.bodyStart, PREVIEW_ROWS); r++) {
      const kind = shape.headerRows.includes(r) ? 'header' : 'title';
      this.preview.push({ row: r + 1, kind, cells: rows[r] ?? [] });
    }
  }

  /** One body row; `row` is 1-based as the file shows it. */
  read(cells: string[], row: number): void {
    const kind = classifyBodyRow(
      cells,
      this.nameIndex,
      this.valueIndexes,
      this.afterFootnote,
      this.setup.headerTop,
      this.isTotal,
      this.headerKeys,
    );
    if (this.preview.length < PREVIEW_ROWS) this.preview.push({ row, kind, cells });
    if (kind === 'blank') return;
    this.rowsRead++;
    if (kind === 'footnote') {
      this.afterFootnote = true;
      if (this.footnotes.length < MAX_FOOTNOTES)
        this.footnotes.push(cells.filter((c) => c !== '').join(' '));
      return;
    }
    if (kind === 'data') {
      this.dataRows++;
      this.dataSinceBoundary = true;
      this.readData(cells, row);
    } else if (kind === 'total') {
      this.readTotal(cells, row);
    }
  }

  /** Close the last open segment (a totals row at the top owns every row after it). */
  end(): void {
    if (this.openTop) this.openTop.to = Number.MAX_SAFE_INTEGER;
    this.openTop = null;
  }

  private place(row: number, column: number | null) {
    return {
      file: this.setup.file,
      row,
      columnIndex: column,
      header: column !== null ? (this.setup.mapping.columns[column]?.header ?? null) : null,
    };
  }

  private rowYear(cells: readonly string[], row: number): number | null {
    if (this.yearIndex === null) return this.setup.year;
    const raw = cells[this.yearIndex] ?? '';
    const known = this.years.get(raw);
    if (known !== undefined) return known;
    const text = toHalfWidth(raw).trim();
    const match = /^((?:19|20)\d{2})(?:\s*年(?:度)?)?$/.exec(text);
    const year = match ? Number(match[1]) : null;
    if (year !== null && year >= 1949 && year <= 2100) {
      if (this.years.size < 1000) this.years.set(raw, year);
      return year;
    }
    if (text === '' && this.setup.year !== null) return this.setup.year;
    this.setup.sink.add(
      makeProblem('warning', 'bad_year', this.place(row, this.yearIndex), {
        text: text.slice(0, 40),
      }),
    );
    return null;
  }

  private parseCell(cells: readonly string[], row: number, column: number): RawAmount | null {
    const text = cells[column] ?? '';
    const parsed = parseNumberCell(text);
    if (parsed.kind === 'number') return { value: parsed.value, decimals: parsed.decimals, column };
    const { uncachedFormulas, sink } = this.setup;
    if (
      text === '' &&
      uncachedFormulas.size > 0 &&
      uncachedFormulas.has(`${columnLetter(column)}${row}`)
    ) {
      sink.add(makeProblem('error', 'formula_without_value', this.place(row, column), {}));
      return null;
    }
    if (parsed.kind === 'invalid') {
      const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
      sink.add(
        makeProblem('error', 'not_a_number', this.place(row, column), {
          reason: parsed.reason,
          text: shown,
        }),
      );
    }
    return null;
  }

  /** Measures of one row: wide rows give several, long rows one (named by the indicator). */
  /**
   * The measures of one row, in buffers reused from row to row (a million-row file would
   * otherwise allocate two objects per row just to carry them to `readData`). Read them at once.
   */
  private readonly buffers: Record<MoneyMeasure, Slot> = {
    total: { amount: null, yoy: null, yoyColumn: null },
    exports: { amount: null, yoy: null, yoyColumn: null },
    imports: { amount: null, yoy: null, yoyColumn: null },
  };
  private readonly slotsBuffer: Slots = { total: null, exports: null, imports: null };

  private freshSlot(metric: MoneyMeasure): Slot {
    const slot = this.buffers[metric];
    slot.amount = null;
    slot.yoy = null;
    slot.yoyColumn = null;
    this.slotsBuffer[metric] = slot;
    return slot;
  }

  private slots(cells: readonly string[], row: number): Slots | null {
    const slots = this.slotsBuffer;
    slots.total = null;
    slots.exports = null;
    slots.imports = null;
    if (this.setup.mapping.layout === 'wide') {
      for (const c of this.valueColumns) {
        const cell = this.parseCell(cells, row, c.index);
        if (!cell) continue;
        const slot = slots[c.metric] ?? this.freshSlot(c.metric);
        if (c.growth) {
          slot.yoy = cell.value;
          slot.yoyColumn = c.index;
        } else slot.amount = cell;
      }
      return slots;
    }
    const text = this.indicatorIndex !== null ? (cells[this.indicatorIndex] ?? '') : '';
    let indicator = this.indicators.get(text);
    if (indicator === undefined) {
      indicator = classifyIndicator(text);
      if (this.indicators.size < 10_000) this.indicators.set(text, indicator);
    }
    if (!indicator) {
      if (!this.unknownIndicators.has(text) && this.unknownIndicators.size < 1000) {
        this.unknownIndicators.add(text);
        this.setup.sink.add(
          makeProblem('warning', 'unknown_indicator', this.place(row, this.indicatorIndex), {
            indicator: text.slice(0, 60),
          }),
        );
      }
      return null;
    }
    const value = this.valueIndex !== null ? this.parseCell(cells, row, this.valueIndex) : null;
    const yoy = this.yoyIndex !== null ? this.parseCell(cells, row, this.yoyIndex) : null;
    const slot = this.freshSlot(indicator.metric);
    if (value && indicator.growth) {
      slot.yoy = value.value;
      slot.yoyColumn = value.column;
    } else if (value) slot.amount = value;
    if (yoy && !indicator.growth) {
      slot.yoy = yoy.value;
      slot.yoyColumn = yoy.column;
    }
    return slots;
  }

  private nameOf(cells: readonly string[]): string {
    const name =
      this.nameIndex !== null ? (cells[this.nameIndex] ?? '') : (cells.find((c) => c !== '') ?? '');
    return name || (this.codeIndex !== null ? (cells[this.codeIndex] ?? '') : '');
  }

  private resolve(cells: readonly string[]): Resolution {
    const name =
      this.nameIndex !== null ? (cells[this.nameIndex] ?? '') : (cells.find((c) => c !== '') ?? '');
    const code = this.codeIndex !== null ? (cells[this.codeIndex] ?? '') : '';
    const { resolver, level, sink } = this.setup;
    // Suggestions cost a search over every name; only listed problems show them.
    const suggest = sink.count('unresolved_name') < 100;
    if (code !== '') {
      const byCode = resolver.resolve(code, level, suggest);
      if (byCode.status === 'resolved' || name === '') return byCode;
    }
    return resolver.resolve(name, level, suggest);
  }

  private readData(cells: string[], row: number): void {
    const resolution = this.resolve(cells);
    const nameColumn = this.nameIndex ?? this.codeIndex;
    if (resolution.status !== 'resolved') {
      const printed = this.nameOf(cells);
      this.unresolved++;
      const near =
        resolution.status === 'ambiguous' ? resolution.candidates : resolution.suggestions;
      const unplaced: UnplacedName = {
        printed,
        candidates: near.map((e) => ({
          code: e.code,
          name_zh: e.shortZh,
          name_en: e.nameEn,
          level: e.level,
        })),
      };
      const problem =
        resolution.status === 'ambiguous'
          ? makeProblem('warning', 'ambiguous_name', this.place(row, nameColumn), {
              printed,
              candidates: near.map(entityRef),
            })
          : makeProblem('warning', 'unresolved_name', this.place(row, nameColumn), {
              printed,
              suggestions: near.map(entityRef),
            });
      // The nearest name is offered as a one-click alias; equally good candidates are not.
      const first = resolution.status === 'unresolved' ? near[0] : undefined;
      this.setup.sink.add({
        ...problem,
        unplaced,
        ...(first ? { fix: { kind: 'alias', alias: printed, code: first.code } } : {}),
      });
      return;
    }
    const year = this.rowYear(cells, row);
    const slots = this.slots(cells, row);
    if (year === null || !slots) return;
    const entity = resolution.entity;
    let duplicate = null as { first: number; same: boolean } | null;
    let placed = false;
    for (const metric of MONEY) {
      const slot = slots[metric];
      if (!slot || (slot.amount === null && slot.yoy === null)) continue;
      const figure: RawFigure = {
        entity,
        year,
        metric,
        amount: slot.amount,
        yoy: slot.yoy,
        yoyColumn: slot.yoyColumn,
        row,
        fromTotalRow: false,
      };
      const outcome = this.store.insert(figure);
      if (outcome.kind === 'duplicate') {
        duplicate = {
          first: outcome.first.row,
          same: (duplicate?.same ?? true) && outcome.same,
        };
      } else placed = true;
    }
    if (placed) this.placedRows++;
    if (duplicate) {
      this.setup.sink.add(
        makeProblem(
          duplicate.same ? 'warning' : 'error',
          'duplicate_entity',
          this.place(row, null),
          {
            entity: entityRef(entity),
            first: duplicate.first,
            same: duplicate.same,
          },
        ),
      );
    }
  }

  private readTotal(cells: string[], row: number): void {
    const printed =
      (this.nameIndex !== null ? cells[this.nameIndex] : cells.find((c) => c !== '')) ?? '';
    const resolution = this.setup.resolver.resolve(printed, 'national', false);
    const national =
      resolution.status === 'resolved' && resolution.entity.level === 'national'
        ? resolution.entity
        : null;
    const year = this.rowYear(cells, row);
    // Kept until the end of the file: copied out of the reused buffers.
    const slots: PendingTotal['cells'] = {};
    for (const [metric, slot] of Object.entries(this.slots(cells, row) ?? {}))
      if (slot) slots[metric as MoneyMeasure] = { ...slot };
    const total: PendingTotal = { row, printed, entity: national, year, cells: slots };
    this.totals.push(total);
    if (this.openTop) {
      this.openTop.to = row - 1;
      this.openTop = null;
      this.openTopAt(total, row);
    } else if (this.dataSinceBoundary) {
      this.segments.push({ owner: total, from: this.boundary, to: row - 1 });
    } else {
      this.openTopAt(total, row);
    }
    this.boundary = row + 1;
    this.dataSinceBoundary = false;
  }

  private openTopAt(total: PendingTotal, row: number): void {
    const segment = { owner: total, from: row + 1, to: Number.MAX_SAFE_INTEGER };
    this.segments.push(segment);
    this.openTop = segment;
  }
}
