/**
 * One import as rows arrive: the first rows (the head) decide the table's shape, year and column
 * mapping; every later row is read and let go (body-reader.ts); `finish` decides the units (a
 * footnote may state them), converts, places totals rows and runs the checks. Readers of CSV and
 * xlsx push rows here one at a time, so no file is ever a grid in memory.
 */
import type { Dataset, Entity, Level } from '../model';
import { BodyReader, type PendingTotal } from './body-reader';
import { proposeMapping } from './column-map';
import type { RawFigure } from './figure-store';
import { convertToYi, type MoneyUnit } from './numbers';
import type { NoFigureReason } from './problem-codes';
import { ProblemSink } from './problem-sink';
import { entityRef, makeProblem } from './problems';
import { createNameResolver } from '../places';
import { decideUnits, decideYearAndPeriod } from './table-context';
import { findTable, type MergeRange, type TableShape } from './table-detect';
import { placeTotal, segmentOf } from './totals';
import type {
  ColumnMapping,
  ImportedFigure,
  ImportOverrides,
  ImportProblem,
  ImportReport,
  TextEncodingName,
} from './types';
import { validateFigures } from './validate';

export interface ImportContext {
  entities: readonly Entity[];
  /** The working dataset, for checks against stored figures; null skips those checks. */
  dataset: Pick<Dataset, 'figures'> | null;
}

/** Rows read before the table's shape is decided: 30 to find the header, 200 to sample. */
export const HEAD_ROWS = 240;
export const IMPORT_LIMITS = {
  maxRows: 1_000_000,
  /** Excel's own limit per cell; anything longer was not typed by a person. */
  maxCellLength: 32_767,
};

export interface RunSetup {
  file: string;
  sheet: string | null;
  encoding: TextEncodingName | null;
  overrides: ImportOverrides;
  context: ImportContext;
  merges?: readonly MergeRange[];
  uncachedFormulas?: ReadonlySet<string>;
  /** Stop once the head is read (a recipe's first pass needs only the mapping). */
  headOnly?: boolean;
}

interface Head {
  shape: TableShape;
  titles: string[];
  mapping: ColumnMapping;
  year: number | null;
  period: string;
  body: BodyReader;
}

const emptyMapping: ColumnMapping = { layout: 'wide', columns: [] };

export class ImportRun {
  readonly sink = new ProblemSink();
  private readonly rows: string[][] = [];
  private head: Head | null = null;
  private count = 0;
  private stopped = false;
  private decided = false;

  constructor(private readonly setup: RunSetup) {}

  /** One row of cells as read; false means "stop reading" (row limit, or nothing to find). */
  push(cells: string[]): boolean {
    if (this.stopped) return false;
    this.count++;
    if (this.count > IMPORT_LIMITS.maxRows) {
      this.sink.add(
        makeProblem(
          'error',
          'too_many_rows',
          { file: this.setup.file },
          { limit: IMPORT_LIMITS.maxRows },
        ),
      );
      this.stopped = true;
      return false;
    }
    this.tidy(cells);
    if (this.head) {
      this.head.body.read(cells, this.count);
      return true;
    }
    this.rows.push(cells);
    if (this.rows.length >= HEAD_ROWS) this.decide();
    return !this.stopped;
  }

  /** Trim cells and drop ones no person typed (longer than Excel allows), in place. */
  private tidy(cells: string[]): void {
    for (let c = 0; c < cells.length; c++) {
      const text = cells[c]!;
      if (text.length > IMPORT_LIMITS.maxCellLength) {
        const place = { file: this.setup.file, row: this.count, columnIndex: c };
        this.sink.add(
          makeProblem('error', 'cell_too_long', place, {
            length: text.length,
            limit: IMPORT_LIMITS.maxCellLength,
          }),
        );
        cells[c] = '';
      } else if (text.length > 0) {
        const first = text.charCodeAt(0);
        const last = text.charCodeAt(text.length - 1);
        if (
          first <= 32 ||
          last <= 32 ||
          first === 0x3000 ||
          last === 0x3000 ||
          first === 0xa0 ||
          last === 0xa0
        )
          cells[c] = text.trim();
      }
    }
  }

  /** Shape, year, mapping and the preferred level, from the rows read so far. */
  private decide(): void {
    if (this.decided) return;
    this.decided = true;
    const { file, sheet, overrides, context } = this.setup;
    const shape = findTable(this.rows, this.setup.merges ?? []);
    if (!shape) {
      const blank = this.rows.every((r) => r.every((c) => c === ''));
      this.sink.add(makeProblem('error', blank ? 'empty_file' : 'no_header', { file }, {}));
      this.stopped = true;
      return;
    }
    const titles = shape.titleRows.map((r) => this.rows[r]!.join(' '));
    const titleText = titles.join(' ');
    const dated = decideYearAndPeriod(file, titleText, sheet, overrides.year);
    this.sink.addAll(dated.problems);
    const headerRow = shape.headerRows[0]! + 1;
    const sample = this.rows.slice(shape.bodyStart, shape.bodyStart + 200);
    const mapped = proposeMapping({
      file,
      headers: shape.headers,
      body: sample,
      headerRow,
      year: dated.year,
      titleText,
      overrides: overrides.map,
      layout: overrides.layout,
    });
    this.sink.addAll(mapped.problems);
    const mapping = mapped.mapping;
    if (dated.year === null && !mapping.columns.some((c) => c.field === 'year')) {
      this.sink.add(makeProblem('error', 'year_unknown', { file }, {}));
    }
    const resolver = createNameResolver(context.entities, overrides.aliases ?? []);
    const body = new BodyReader({
      file,
      shape,
      headerTop: this.rows[shape.headerRows[0]!] ?? [],
      mapping,
      year: dated.year,
      period: dated.period,
      resolver,
      level: preferredLevel(sample, mapping, resolver),
      uncachedFormulas: this.setup.uncachedFormulas ?? new Set(),
      sink: this.sink,
    });
    body.previewHead(this.rows);
    this.head = { shape, titles, mapping, year: dated.year, period: dated.period, body };
    for (let r = shape.bodyStart; r < this.rows.length; r++) body.read(this.rows[r]!, r + 1);
    this.rows.length = 0;
    // A file-level error (no year, no name column…) leaves nothing to import: stop reading.
    if (this.sink.hasFileError() || this.setup.headOnly) this.stopped = true;
  }

  /** The report, with problems from the reader (decoding, quotes) placed first. */
  finish(readerProblems: readonly ImportProblem[] = []): ImportReport {
    const { file, sheet, encoding } = this.setup;
    if (!this.decided && this.rows.length > 0) this.decide();
    const sink = new ProblemSink();
    sink.addAll(readerProblems);
    const head = this.head;
    if (!head) {
      if (!this.decided) sink.add(makeProblem('error', 'empty_file', { file }, {}));
      sink.addAll(this.sink.list());
      const preview = this.rows
        .slice(0, 20)
        .map((cells, i) => ({ row: i + 1, kind: 'title' as const, cells }));
      return report(file, { encoding, sheet, problems: sink.list(), preview });
    }
    const { body, mapping } = head;
    body.end();
    const units = decideUnits(
      file,
      mapping,
      { titles: head.titles, footnotes: body.footnotes, sheet },
      this.setup.overrides,
    );
    this.sink.addAll(units.problems);
    const figures = this.convertAll(head, units.unitFor);
    if (body.dataRows === 0) {
      this.sink.add(
        makeProblem('error', 'no_data_rows', { file, row: head.shape.headerRows[0]! + 1 }, {}),
      );
    } else if (body.unresolved >= body.dataRows) {
      const name = mapping.columns.find((c) => c.field === 'name');
      const place = { file, columnIndex: name?.index ?? null, header: name?.header ?? null };
      this.sink.add(
        makeProblem('error', 'all_unresolved', place, { rows: body.dataRows, encoding }),
      );
    }
    const checked = validateFigures(figures, {
      file,
      mapping,
      dataset: this.setup.context.dataset,
      entities: this.setup.context.entities,
    });
    this.sink.addAll(checked.problems);
    const blocked = this.sink.hasFileError();
    if (blocked || checked.figures.length === 0) {
      this.sink.add(
        makeProblem(
          'error',
          'no_figures',
          { file },
          { reason: this.noFigureReason(head, body.dataRows), sheet },
        ),
      );
    }
    sink.addAll(this.sink.list());
    return report(file, {
      encoding,
      sheet,
      year: head.year,
      period: head.period,
      unit: units.tableUnit?.id ?? null,
      layout: mapping.layout,
      rows_read: body.rowsRead,
      figures: blocked ? [] : checked.figures,
      problems: sink.list(),
      preview: body.preview,
      mapping,
    });
  }

  private noFigureReason(head: Head, dataRows: number): NoFigureReason {
    const has = (code: ImportProblem['code']) => this.sink.count(code) > 0;
    if (has('missing_name_column')) return 'no_name_column';
    if (has('missing_value_columns')) return 'no_value_columns';
    if (has('year_unknown')) return 'no_year';
    if (has('unit_unknown') || has('unit_unrecognised') || has('unit_conflict')) return 'no_unit';
    if (dataRows === 0) return 'no_data_rows';
    if (has('all_unresolved')) return 'all_unresolved';
    if (this.sink.hasFileError()) return 'other_errors';
    if (head.year === null && has('bad_year')) return 'no_year';
    return 'all_rows_refused';
  }

  /** Raw figures (and totals rows) → figures in 亿 of their currency, with totals-row groups. */
  private convertAll(head: Head, unitFor: (column: number) => MoneyUnit | null): ImportedFigure[] {
    const { body } = head;
    const byCode = new Map(this.setup.context.entities.map((e) => [e.code as string, e]));
    const explicit = body.store.settled();
    const segmentAt = segmentOf(body.segments);
    for (const total of body.totals) this.placeTotalRow(total, explicit, body, byCode);
    const out: ImportedFigure[] = [];
    for (const raw of body.store.settled()) {
      const figure = this.convert(raw, head, unitFor);
      if (!figure) continue;
      const segment = raw.fromTotalRow ? null : segmentAt(raw.row);
      figure.total_row = segment ? segment.owner.row : null;
      out.push(figure);
    }
    return out;
  }

  private placeTotalRow(
    total: PendingTotal,
    explicit: readonly RawFigure[],
    body: BodyReader,
    byCode: ReadonlyMap<string, Entity>,
  ): void {
    const segment = body.segments.find((s) => s.owner === total);
    const members = segment
      ? explicit.filter((f) => f.row >= segment.from && f.row <= segment.to)
      : [];
    const entity = placeTotal(total, members, byCode);
    const year = total.year ?? this.head!.year;
    if (!entity || year === null) {
      const place = { file: this.setup.file, row: total.row };
      this.sink.add(makeProblem('info', 'total_row_unplaced', place, { printed: total.printed }));
      return;
    }
    for (const [metric, slot] of Object.entries(total.cells)) {
      if (!slot || (slot.amount === null && slot.yoy === null)) continue;
      const outcome = body.store.insert({
        entity,
        year,
        metric: metric as RawFigure['metric'],
        ...slot,
        row: total.row,
        fromTotalRow: true,
      });
      if (outcome.kind === 'duplicate' && !outcome.same) {
        const place = { file: this.setup.file, row: total.row };
        const params = { entity: entityRef(entity), first: outcome.first.row, same: false };
        this.sink.add(makeProblem('error', 'duplicate_entity', place, params));
      }
    }
  }

  private convert(
    raw: RawFigure,
    head: Head,
    unitFor: (column: number) => MoneyUnit | null,
  ): ImportedFigure | null {
    let value: number | null = null;
    let resolution: number | null = null;
    let currency: 'CNY' | 'USD' = 'CNY';
    if (raw.amount) {
      const unit = unitFor(raw.amount.column);
      if (unit) {
        const converted = convertToYi(raw.amount.value, raw.amount.decimals, unit);
        if (converted.ok) {
          value = converted.value;
          resolution = converted.resolution;
          currency = converted.currency;
        } else if (converted.reason === 'out_of_range') {
          const header = head.mapping.columns[raw.amount.column]?.header ?? null;
          const place = {
            file: this.setup.file,
            row: raw.row,
            columnIndex: raw.amount.column,
            header,
          };
          this.sink.add(
            makeProblem('error', 'too_large_to_convert', place, {
              value: raw.amount.value,
              unit: unit.id,
            }),
          );
        }
      }
    }
    if (value === null && raw.yoy === null) return null;
    const e = raw.entity;
    return {
      code: e.code,
      name_zh: e.shortZh,
      level: e.level,
      year: raw.year,
      period: head.period,
      metric: raw.metric,
      value,
      currency,
      yoy_pct: raw.yoy,
      resolution_yi: resolution,
      row: raw.row,
      column: raw.amount?.column ?? raw.yoyColumn,
      yoy_column: raw.yoyColumn,
      from_total_row: raw.fromTotalRow,
      total_row: null,
      existing: null,
    };
  }
}

/** A table of mostly provinces is read as a province table (北京 the province, not the city). */
function preferredLevel(
  sample: readonly string[][],
  mapping: ColumnMapping,
  resolver: ReturnType<typeof createNameResolver>,
): Level {
  const name = mapping.columns.find((c) => c.field === 'name')?.index;
  if (name === undefined) return 'city';
  let provinces = 0;
  let cities = 0;
  for (const row of sample) {
    const r = resolver.resolve(row[name] ?? '', 'city', false);
    if (r.status !== 'resolved') continue;
    if (r.entity.level === 'province') provinces++;
    else if (r.entity.level === 'city' || r.entity.level === 'county_city') cities++;
  }
  return provinces > cities ? 'province' : 'city';
}

export function report(file: string, partial: Partial<ImportReport>): ImportReport {
  return {
    file,
    encoding: null,
    sheet: null,
    year: null,
    period: 'full_year',
    unit: null,
    layout: 'wide',
    rows_read: 0,
    figures: [],
    problems: [],
    preview: [],
    mapping: emptyMapping,
    ...partial,
  };
}
