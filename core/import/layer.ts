/**
 * After review: apply one-click fixes to a report, and turn the figures the user accepted into
 * `FigureRecord`s plus one `Source` for the user layer, keeping the provenance of values the
 * import only confirms.
 */
import {
  asSourceId,
  type Adcode,
  type Cell,
  type Dataset,
  type ExchangeRate,
  type FigureRecord,
  type Measure,
  type Source,
  type SourceId,
  type UserLayer,
} from '../model';
import { rateFor, usdToYi } from '../data';
import { makeProblem } from './problems';
import type { ImportedFigure, ImportReport, ScaleFix } from './types';
import { agreesWithStored, storedIndex } from './validate';

/**
 * Apply a unit-slip fix: scale the one figure it names and drop the problem that offered it.
 * Returns the report unchanged (plus an info problem) when the figure is no longer as described.
 */
export function applyFix(report: ImportReport, fix: ScaleFix): ImportReport {
  const target = report.figures.find(
    (f) => f.row === fix.row && f.code === fix.code && f.metric === fix.metric,
  );
  const params = { metric: fix.metric, factor: fix.factor, from: fix.from, to: fix.to };
  if (!target || target.value !== fix.from) {
    const stale = makeProblem(
      'info',
      'fix_applied',
      { file: report.file, row: fix.row },
      {
        ...params,
        printed: target?.name_zh ?? '',
        applied: false,
      },
    );
    return { ...report, problems: [...report.problems, stale] };
  }
  const figures = report.figures.map((f) =>
    f === target
      ? {
          ...f,
          value: fix.to,
          resolution_yi:
            f.resolution_yi === null ? null : Number((f.resolution_yi * fix.factor).toPrecision(6)),
        }
      : f,
  );
  const problems = report.problems.filter(
    (p) =>
      !(
        p.fix?.kind === 'scale' &&
        p.fix.row === fix.row &&
        p.fix.code === fix.code &&
        p.fix.metric === fix.metric
      ),
  );
  problems.push(
    makeProblem(
      'info',
      'fix_applied',
      { file: report.file, row: fix.row },
      {
        ...params,
        printed: target.name_zh,
        applied: true,
      },
    ),
  );
  return { ...report, figures, problems };
}

export interface ImportSourceMeta {
  fileName: string;
  /** Checksum of the file's bytes, computed by the caller (sha256 hex). */
  checksum: string;
  /** Import date, YYYY-MM-DD. */
  importedOn: string;
  /** Defaults to `U` + the first 12 characters of the checksum, stable for the same file. */
  sourceId?: SourceId;
}

function cellOf(
  value: number,
  sourceId: SourceId,
  precision: Cell['precision'],
  note: string,
): Cell {
  return { value, sourceId, flag: null, precision, note, confirmedBy: [], alternates: [] };
}

/** A stored cell the import agrees with: its source stands, the import confirms it. */
function confirmed(cell: Cell, sourceId: SourceId): Cell {
  const copy = cloneJson(cell);
  if (!copy.confirmedBy.includes(sourceId)) copy.confirmedBy.push(sourceId);
  return copy;
}

/**
 * Accepted figures → records for a `UserLayer`. A value that agrees with the stored one (within
 * the precision it was printed to) keeps the stored cell, its source, flag and note, with the
 * import added as a confirmation; only new and changed values cite the import. The source names
 * the file; its checksum is kept in `Source.checksum`.
 */
export function toUserLayerAdditions(
  figures: readonly ImportedFigure[],
  meta: ImportSourceMeta,
  working: Pick<Dataset, 'figures' | 'rates'> | null = null,
): { source: Source; figures: FigureRecord[] } {
  const sourceId = meta.sourceId ?? asSourceId(`U${meta.checksum.slice(0, 12)}`);
  const source: Source = {
    id: sourceId,
    title: meta.fileName,
    publisher: meta.fileName,
    url: '',
    publishedDate: meta.importedOn,
    kind: 'user_import',
    checksum: meta.checksum,
  };
  const stored = storedIndex(working);
  const records = new Map<string, FigureRecord>();
  for (const f of figures) {
    const key = `${f.code}|${f.year}|${f.period}`;
    const record = records.get(key) ?? {
      code: f.code,
      year: f.year,
      period: f.period,
      cells: {},
      ranks: [],
      gaps: [],
    };
    records.set(key, record);
    const note = `${meta.fileName}, row ${f.row}`;
    const storedRecord = stored.get(f.code, f.year, f.period);
    if (f.currency === 'USD') {
      addDollarFigure(record, storedRecord, f, sourceId, note, working?.rates ?? []);
      continue;
    }
    const before = storedRecord?.cells;
    if (f.value !== null && f.currency === 'CNY') {
      const old = before?.[f.metric];
      // Same rule as the curated data: printed to 1亿 or finer is exact, coarser is rounded.
      const precision = f.resolution_yi !== null && f.resolution_yi > 1 ? 'rounded' : 'exact';
      record.cells[f.metric] =
        old && agreesWithStored(f, old.value)
          ? confirmed(old, sourceId)
          : cellOf(f.value, sourceId, precision, note);
    }
    if (f.yoy_pct !== null) {
      const measure = `${f.metric}_yoy` as Measure;
      const old = before?.[measure];
      record.cells[measure] =
        old && Math.abs(old.value - f.yoy_pct) < 0.05
          ? confirmed(old, sourceId)
          : cellOf(f.yoy_pct, sourceId, null, note);
    }
  }
  return { source, figures: [...records.values()] };
}

/**
 * A figure printed in US dollars, kept as the bundled USD figures are (core/data/derive.ts): in
 * `record.usd` (growth too, in dollar terms), plus a derived 亿元 cell at the published rate of its
 * year — unless a printed 亿元 value is already stored, which a conversion never replaces.
 */
function addDollarFigure(
  record: FigureRecord,
  stored: FigureRecord | undefined,
  f: ImportedFigure,
  sourceId: SourceId,
  note: string,
  rates: readonly ExchangeRate[],
): void {
  const usd = (record.usd ??= {});
  if (f.value !== null) {
    const precision = f.resolution_yi !== null && f.resolution_yi > 1 ? 'rounded' : 'exact';
    usd[f.metric] = cellOf(f.value, sourceId, precision, note);
    const rate = rateFor(rates, f.year);
    const storedYi = stored?.cells[f.metric];
    if (rate && (!storedYi || storedYi.derivation)) {
      record.cells[f.metric] = {
        ...cellOf(usdToYi(f.value, rate.cnyPerUsd), sourceId, 'rounded', note),
        flag: 'derived',
        derivation: {
          kind: 'usd',
          usdValue: f.value,
          rate: rate.cnyPerUsd,
          rateSourceId: rate.sourceId,
          rateKind: rate.kind,
          usdSum: false,
        },
      };
    }
  }
  if (f.yoy_pct !== null)
    usd[`${f.metric}_yoy` as Measure] = cellOf(f.yoy_pct, sourceId, null, note);
}

/** Layers are plain JSON; core has no DOM/Node types, so no structuredClone here. */
const cloneJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * A new user layer: the current one plus an import. Cells of the same entity, year and period are
 * replaced measure by measure (an exports-only file keeps an earlier import's total); a source
 * with the same id (the same file again) is replaced; taught aliases are added, later ones
 * winning. The input layer is not changed.
 */
export function addImportToLayer(
  layer: UserLayer,
  additions: { source: Source; figures: readonly FigureRecord[] },
  aliases: readonly { alias: string; code: Adcode }[] = [],
): UserLayer {
  const key = (r: Pick<FigureRecord, 'code' | 'year' | 'period'>) =>
    `${r.code}|${r.year}|${r.period}`;
  const figures = new Map(layer.figures.map((r) => [key(r), cloneJson(r)]));
  for (const added of additions.figures) {
    const existing = figures.get(key(added));
    const merged: FigureRecord = existing
      ? { ...existing, cells: { ...existing.cells, ...cloneJson(added.cells) } }
      : cloneJson(added);
    if (existing && added.usd) merged.usd = { ...existing.usd, ...cloneJson(added.usd) };
    figures.set(key(added), merged);
  }
  const byAlias = new Map(layer.aliases.map((a) => [a.alias, { ...a }]));
  for (const a of aliases) byAlias.set(a.alias, { alias: a.alias, code: a.code });
  return {
    // Everything else in the layer (e.g. the scenario panel's exposure shares) survives an import.
    ...cloneJson(layer),
    figures: [...figures.values()],
    sources: [
      ...layer.sources.filter((s) => s.id !== additions.source.id).map((s) => ({ ...s })),
      { ...additions.source },
    ],
    aliases: [...byAlias.values()],
  };
}
