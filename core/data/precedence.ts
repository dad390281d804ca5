/**
 * The PRECEDENCE RULE of shared/data/README.md: choosing one value per (entity, year, period) and
 * measure when several sources publish one, while keeping every other source visible.
 *
 * Step by step, for one measure (or one published rank within one rank scope):
 *  0. Candidates are the rows with a value. `not_comparable` rows (port trade, customs districts)
 *     are dropped, and shown as `excluded` alternates.
 *  1. `full_year` rows over partial periods.
 *  2. Rows without `unit_slip` / `year_doubtful` over rows with one.
 *  3. Values that agree within rounding (see rounding.ts) are one figure; the figure is cited by its
 *     most precise value, and the other sources that agree are listed in `confirmedBy`.
 *  4–6. Figures that really disagree are ordered by the best source behind each: source kind,
 *     then exact over rounded, then the latest published date (blank = oldest), then the lowest
 *     source id.
 * Derived candidates (core/data/derive.ts) come last within their tier: a total formed as exports +
 * imports of one row, then a figure converted from US dollars. A printed value beats both; they
 * stay visible as alternates. Nothing is ever averaged, interpolated or estimated here.
 */
import { MEASURES, SOURCE_KINDS } from '../model';
import type { Adcode, Alternate, Cell, Currency, Derivation, FigureRecord } from '../model';
import type { Flag, GapNote, Measure, MoneyMeasure } from '../model';
import type { Precision, PublishedRank, RankScope, Source, SourceId, SourceKind } from '../model';
import { agreeWithinRounding, printedResolution } from './rounding';

/** One row of figures.csv, after its names have been resolved to a code. */
export interface FigureRow {
  code: Adcode;
  year: number;
  /** 'full_year' or a partial span such as 'Jan-Jun'. */
  period: string;
  /** Published values (亿元, or % for *_yoy). A missing key means "not published / withheld". */
  values: Partial<Record<Measure, number>>;
  /** Precision of each money value present (from `precision` and "Precision by field: …"). */
  precision: Partial<Record<'total' | 'exports' | 'imports', Precision>>;
  rank: { rank: number; scope: RankScope } | null;
  sourceId: SourceId;
  flag: Flag | null;
  note: string;
  /** The currency of the money values; absent means 亿元 (CNY). USD rows fill `FigureRecord.usd`. */
  currency?: Currency;
  /** Money values of this row that were derived, not printed (see core/data/derive.ts). */
  derived?: Partial<Record<MoneyMeasure, Derivation>>;
}

/** What precedence needs to know about a source. */
export type SourceFacts = Pick<Source, 'kind' | 'publishedDate'>;
export type SourceLookup = ReadonlyMap<string, SourceFacts>;

/** Rule 4: the model's list of source kinds is in precedence order. */
const KIND_ORDER: readonly SourceKind[] = SOURCE_KINDS;

/** Flags that demote a row below every row without them (rule 2). */
const DEMOTING_FLAGS: ReadonlySet<Flag> = new Set<Flag>(['unit_slip', 'year_doubtful']);

/** A row's claim on one measure: the value it prints and how finely it prints it. */
export interface Entry {
  row: FigureRow;
  value: number;
  resolution: number;
  precision: Precision | null;
  /** Set when the row derived this value rather than printing it. */
  derivation?: Derivation;
}

/** Printed values first, then exports + imports of one row, then values converted from USD. */
const DERIVATION_CLASS = { sum: 1, usd: 2 } as const;

/**
 * Rules 1 and 2, then printed over derived: lower is better. Entries of different tiers never
 * form one figure.
 */
function tierOf(entry: Entry): number {
  const { row } = entry;
  const partial = row.period === 'full_year' ? 0 : 2;
  const demoted = row.flag !== null && DEMOTING_FLAGS.has(row.flag) ? 1 : 0;
  const derived = entry.derivation ? DERIVATION_CLASS[entry.derivation.kind] : 0;
  return (partial + demoted) * 10 + derived;
}

/** Rules 4–6 as a comparator over entries: negative when `a` should be preferred. */
function compareSources(a: Entry, b: Entry, sources: SourceLookup): number {
  const sa = lookup(sources, a.row.sourceId);
  const sb = lookup(sources, b.row.sourceId);
  const byKind = KIND_ORDER.indexOf(sa.kind) - KIND_ORDER.indexOf(sb.kind);
  if (byKind !== 0) return byKind;
  const byPrecision = precisionRank(a.precision) - precisionRank(b.precision);
  if (byPrecision !== 0) return byPrecision;
  // 'YYYY-MM' sorts before any day of that month: without a day we cannot claim it is later.
  if (sa.publishedDate !== sb.publishedDate) return sa.publishedDate > sb.publishedDate ? -1 : 1;
  return a.row.sourceId < b.row.sourceId ? -1 : a.row.sourceId > b.row.sourceId ? 1 : 0;
}

const precisionRank = (p: Precision | null): number => (p === 'rounded' ? 1 : 0);

/**
 * Rules 4–6 between figures (groups of entries that agree within rounding, headed by the most
 * precise). A figure is as strong as its support on each criterion: the best source kind among
 * its sources, exact when its cited (head) value is exact, its latest publication, its lowest id.
 * So 10508.6 (repost) confirmed by 1.05万亿 (official) competes as an official, exact figure.
 */
function compareFigures(a: Entry[], b: Entry[], sources: SourceLookup): number {
  const key = (figure: Entry[]) => {
    const facts = figure.map((e) => lookup(sources, e.row.sourceId));
    return {
      kind: Math.min(...facts.map((f) => KIND_ORDER.indexOf(f.kind))),
      precision: precisionRank(figure[0]!.precision),
      date: facts
        .map((f) => f.publishedDate)
        .sort()
        .at(-1)!,
      id: figure.map((e) => e.row.sourceId as string).sort()[0]!,
    };
  };
  const ka = key(a);
  const kb = key(b);
  if (ka.kind !== kb.kind) return ka.kind - kb.kind;
  if (ka.precision !== kb.precision) return ka.precision - kb.precision;
  if (ka.date !== kb.date) return ka.date > kb.date ? -1 : 1;
  return ka.id < kb.id ? -1 : ka.id > kb.id ? 1 : 0;
}

function lookup(sources: SourceLookup, id: SourceId): SourceFacts {
  const facts = sources.get(id);
  if (!facts) throw new Error(`precedence: source ${id} is not in the source table`);
  return facts;
}

/** The outcome of precedence for one measure or rank: the chosen entry and everything else. */
export interface Choice {
  chosen: Entry;
  confirmedBy: SourceId[];
  alternates: Alternate[];
}

/**
 * Applies steps 1–6 to the entries for one measure (step 0 is the caller's: pass only
 * comparable entries in `candidates` and the `not_comparable` ones in `excluded`).
 *
 * `confirmedBy` lists the sources of the chosen figure's tier that agree within rounding; rows of
 * a lower tier (e.g. `year_doubtful`) that happen to agree appear as `agrees` alternates but do
 * not count as confirmation. Returns null when there is no candidate.
 */
export function choose(
  candidates: readonly Entry[],
  excluded: readonly Entry[],
  sources: SourceLookup,
): Choice | null {
  if (candidates.length === 0) return null;
  const bestTier = Math.min(...candidates.map(tierOf));
  const top = candidates.filter((e) => tierOf(e) === bestTier);

  // Step 3: group into figures. Finest entries first, so each group is headed by its most precise
  // value, which is also the best-sourced among equally precise ones.
  const ordered = [...top].sort(
    (a, b) => a.resolution - b.resolution || compareSources(a, b, sources),
  );
  const figures: Entry[][] = [];
  for (const entry of ordered) {
    const figure = figures.find((f) => agreeWithinRounding(f[0]!, entry));
    if (figure) figure.push(entry);
    else figures.push([entry]);
  }

  // Steps 4–6 between figures that really disagree.
  const winner = [...figures].sort((a, b) => compareFigures(a, b, sources))[0]!;
  const chosen = winner[0]!;

  const confirmedBy = winner
    .slice(1)
    .sort((a, b) => compareSources(a, b, sources))
    .map((e) => e.row.sourceId)
    .filter((id, i, all) => id !== chosen.row.sourceId && all.indexOf(id) === i);

  const statusOrder = { agrees: 0, lost: 1, excluded: 2 } as const;
  const labelled: [Entry, Alternate['status']][] = [
    ...candidates
      .filter((e) => e !== chosen)
      .map((e): [Entry, Alternate['status']] => [
        e,
        agreeWithinRounding(chosen, e) ? 'agrees' : 'lost',
      ]),
    ...excluded.map((e): [Entry, Alternate['status']] => [e, 'excluded']),
  ];
  labelled.sort(
    ([a, sa], [b, sb]) => statusOrder[sa] - statusOrder[sb] || compareSources(a, b, sources),
  );
  const alternates = labelled.map(([e, status]) => toAlternate(e, status));
  return { chosen, confirmedBy, alternates };
}

function toAlternate(entry: Entry, status: Alternate['status']): Alternate {
  return {
    value: entry.value,
    sourceId: entry.row.sourceId,
    period: entry.row.period,
    flag: entry.row.flag,
    note: entry.row.note,
    status,
    ...(entry.derivation ? { derivation: entry.derivation } : {}),
  };
}

/** The entry a row makes for a measure, or null when the row does not publish that measure. */
export function entryFor(row: FigureRow, measure: Measure): Entry | null {
  const value = row.values[measure];
  if (value === undefined) return null;
  const money = measure === 'total' || measure === 'exports' || measure === 'imports';
  const precision = money ? (row.precision[measure] ?? null) : null;
  const derivation = money ? row.derived?.[measure] : undefined;
  const entry: Entry = { row, value, resolution: printedResolution(value, precision), precision };
  return derivation ? { ...entry, derivation } : entry;
}

/**
 * Resolves one measure over the rows of one (entity, year, period). Returns null when no
 * comparable row publishes the measure (a measure printed only by `not_comparable` rows has no
 * cell; the record keeps those rows as gap notes instead).
 */
export function resolveCell(
  rows: readonly FigureRow[],
  measure: Measure,
  sources: SourceLookup,
): Cell | null {
  const entries = rows.map((r) => entryFor(r, measure)).filter((e): e is Entry => e !== null);
  const choice = choose(
    entries.filter((e) => e.row.flag !== 'not_comparable'),
    entries.filter((e) => e.row.flag === 'not_comparable'),
    sources,
  );
  if (!choice) return null;
  const { chosen } = choice;
  const cell: Cell = {
    value: chosen.value,
    sourceId: chosen.row.sourceId,
    // A derived value says so, unless its row carries a more severe flag (`derived` is the mildest).
    flag: chosen.row.flag ?? (chosen.derivation ? 'derived' : null),
    precision: chosen.precision,
    note: chosen.row.note,
    confirmedBy: choice.confirmedBy,
    alternates: choice.alternates,
  };
  if (chosen.derivation) cell.derivation = chosen.derivation;
  return cell;
}

/** Resolves the published rank within one scope; ranks agree only when they are equal. */
export function resolveRank(
  rows: readonly FigureRow[],
  scope: RankScope,
  sources: SourceLookup,
): PublishedRank | null {
  const entries: Entry[] = rows
    .filter((r) => r.rank?.scope === scope)
    .map((row) => ({ row, value: row.rank!.rank, resolution: 0, precision: null }));
  const choice = choose(
    entries.filter((e) => e.row.flag !== 'not_comparable'),
    entries.filter((e) => e.row.flag === 'not_comparable'),
    sources,
  );
  if (!choice) return null;
  return {
    scope,
    rank: choice.chosen.value,
    sourceId: choice.chosen.row.sourceId,
    flag: choice.chosen.row.flag,
    note: choice.chosen.row.note,
    alternates: choice.alternates,
  };
}

const RANK_SCOPES: readonly RankScope[] = ['national_city', 'national_province', 'in_province'];

/**
 * Resolves all rows into one record per (code, year, period), sorted by code, year and period
 * (`full_year` first). Partial periods stay separate records, so an annual value never competes
 * with a partial one. Throws if a row cites a source missing from `sources`.
 */
export function resolveRecords(rows: readonly FigureRow[], sources: SourceLookup): FigureRecord[] {
  const groups = new Map<string, FigureRow[]>();
  for (const row of rows) {
    const key = `${row.code}|${row.year}|${row.period}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.values()].map((group) => resolveRecord(group, sources)).sort(byRecordKey);
}

const periodKey = (p: string): string => (p === 'full_year' ? '' : p);
/** The records' order: by code, year and period (`full_year` first). */
export const byRecordKey = (a: FigureRecord, b: FigureRecord): number =>
  a.code.localeCompare(b.code) ||
  a.year - b.year ||
  periodKey(a.period).localeCompare(periodKey(b.period));

/** Resolves the rows of one (code, year, period) into its cells, published ranks and gap notes. */
export function resolveRecord(rows: readonly FigureRow[], sources: SourceLookup): FigureRecord {
  const first = rows[0];
  if (!first) throw new Error('resolveRecord: no rows');
  for (const row of rows) lookup(sources, row.sourceId); // every cited source must exist
  const cnyRows = rows.filter((r) => r.currency !== 'USD');
  const usdRows = rows.filter((r) => r.currency === 'USD');
  const cells = resolveCells(cnyRows, sources);
  // A unit slip withholds the value: keep it visible beside the total it would have competed with.
  for (const row of rows) {
    if (row.flag === 'unit_slip' && row.values.total === undefined && cells.total) {
      cells.total.alternates.push({
        value: null,
        sourceId: row.sourceId,
        period: row.period,
        flag: row.flag,
        note: row.note,
        status: 'excluded',
      });
    }
  }
  const ranks = RANK_SCOPES.map((scope) => resolveRank(rows, scope, sources)).filter(
    (r): r is PublishedRank => r !== null,
  );
  const usd = resolveCells(usdRows, sources);
  const gaps = rows
    .filter((row) => !isConverted(row) && isGapRow(row, row.currency === 'USD' ? usd : cells))
    .sort((a, b) => a.sourceId.localeCompare(b.sourceId))
    .map((row): GapNote => ({ sourceId: row.sourceId, flag: row.flag, note: row.note }));
  const record: FigureRecord = {
    code: first.code,
    year: first.year,
    period: first.period,
    cells,
    ranks,
    gaps,
  };
  if (Object.keys(usd).length > 0) record.usd = usd;
  return record;
}

/** A 亿元 copy of a USD row (derive.ts): its USD original speaks for it in gap notes. */
const isConverted = (row: FigureRow): boolean =>
  Object.values(row.derived ?? {}).some((d) => d.kind === 'usd');

function resolveCells(rows: readonly FigureRow[], sources: SourceLookup): FigureRecord['cells'] {
  const cells: FigureRecord['cells'] = {};
  for (const measure of MEASURES) {
    const cell = resolveCell(rows, measure, sources);
    if (cell) cells[measure] = cell;
  }
  return cells;
}

/**
 * A row becomes a gap note when it documents a figure without giving a usable one: its values
 * were withheld (`unit_slip`), it carries no value and no rank ("above 8000亿", USD only, value
 * cut off), or it is `not_comparable` and no comparable row gives any of its measures.
 */
function isGapRow(row: FigureRow, cells: FigureRecord['cells']): boolean {
  if (row.flag === 'unit_slip') return true;
  const measures = MEASURES.filter((m) => row.values[m] !== undefined);
  if (measures.length === 0 && row.rank === null) return true;
  return row.flag === 'not_comparable' && measures.every((m) => cells[m] === undefined);
}
