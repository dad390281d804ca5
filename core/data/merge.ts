/**
 * Overlaying the user's imported figures on the bundled dataset. The bundled data is never
 * edited: the working dataset is recomputed from (bundled base, current user layer) each time,
 * so undoing an import is simply choosing another layer.
 */
import type {
  Alternate,
  Cell,
  Dataset,
  Entity,
  FigureRecord,
  Measure,
  PublishedRank,
  Source,
  UserLayer,
} from '../model';
import { fillMunicipalityTwins, isTwinCopy, type FiledElsewhere } from './municipality-twins';

/** Note carried by a bundled value that an imported value replaced. */
export const REPLACED_BY_IMPORT_NOTE = 'replaced by import';

/** True when an alternate is a bundled value that a user import replaced. */
export function isReplacedByImport(alternate: Alternate): boolean {
  return alternate.status === 'lost' && alternate.note.startsWith(REPLACED_BY_IMPORT_NOTE);
}

const recordKey = (r: Pick<FigureRecord, 'code' | 'year' | 'period'>): string =>
  `${r.code}|${r.year}|${r.period}`;

/**
 * The curators' note is kept after the marker: a replaced value must not lose its caveats
 * (e.g. "Conflict: S091 gives …") just because the user overrode it.
 */
function replacedNote(originalNote: string): string {
  return originalNote ? `${REPLACED_BY_IMPORT_NOTE} | ${originalNote}` : REPLACED_BY_IMPORT_NOTE;
}

/**
 * The bundled cell and its own alternates, as alternates of the imported cell. Alternates that
 * 'agreed' with the bundled value no longer agree with anything chosen, so they become 'lost';
 * 'excluded' ones (port trade, unit slips) stay excluded.
 */
function demoteBundledCell(cell: Cell, period: string): Alternate[] {
  const replaced: Alternate = {
    value: cell.value,
    sourceId: cell.sourceId,
    period,
    flag: cell.flag,
    note: replacedNote(cell.note),
    status: 'lost',
  };
  const carried = cell.alternates.map((a): Alternate =>
    a.status === 'agrees' ? { ...a, status: 'lost' } : { ...a },
  );
  return [replaced, ...carried];
}

function mergeCell(bundled: Cell | undefined, user: Cell, period: string): Cell {
  const userCopy: Cell = {
    ...user,
    confirmedBy: [...user.confirmedBy],
    alternates: user.alternates.map((a) => ({ ...a })),
  };
  if (!bundled) return userCopy;
  // An import that agreed with the bundled value stores the bundled cell itself, with the import
  // added to confirmedBy: the bundled source stands and nothing was replaced.
  if (user.sourceId === bundled.sourceId && user.value === bundled.value) return userCopy;
  return {
    ...userCopy,
    alternates: [...userCopy.alternates, ...demoteBundledCell(bundled, period)],
  };
}

function mergeRanks(
  bundled: PublishedRank[],
  user: PublishedRank[],
  period: string,
): PublishedRank[] {
  const userScopes = new Set(user.map((r) => r.scope));
  const merged: PublishedRank[] = bundled
    .filter((r) => !userScopes.has(r.scope))
    .map((r) => ({ ...r, alternates: r.alternates.map((a) => ({ ...a })) }));
  for (const u of user) {
    const replaced = bundled.find((r) => r.scope === u.scope);
    const alternates = u.alternates.map((a) => ({ ...a }));
    if (replaced) {
      alternates.push({
        value: replaced.rank,
        sourceId: replaced.sourceId,
        period,
        flag: replaced.flag,
        note: replacedNote(replaced.note),
        status: 'lost',
      });
    }
    merged.push({ ...u, alternates });
  }
  return merged;
}

/** Cells of one currency: a user cell replaces the bundled one, which stays as an alternate. */
function mergeCells(
  bundled: Partial<Record<Measure, Cell>>,
  user: Partial<Record<Measure, Cell>>,
  period: string,
): Partial<Record<Measure, Cell>> {
  const cells: Partial<Record<Measure, Cell>> = { ...bundled };
  for (const [measure, userCell] of Object.entries(user) as [Measure, Cell | undefined][]) {
    if (userCell) cells[measure] = mergeCell(bundled[measure], userCell, period);
  }
  return cells;
}

function mergeRecord(bundled: FigureRecord, user: FigureRecord): FigureRecord {
  const merged: FigureRecord = {
    code: bundled.code,
    year: bundled.year,
    period: bundled.period,
    cells: mergeCells(bundled.cells, user.cells, bundled.period),
    ranks: mergeRanks(bundled.ranks, user.ranks, bundled.period),
    gaps: [...bundled.gaps, ...user.gaps.map((g) => ({ ...g }))],
  };
  // Dollar figures merge the same way, in their own currency.
  if (bundled.usd || user.usd) {
    merged.usd = mergeCells(bundled.usd ?? {}, user.usd ?? {}, bundled.period);
  }
  return merged;
}

/** A user record with no bundled counterpart still goes through mergeCell so it is copied. */
function copyRecord(user: FigureRecord): FigureRecord {
  return {
    ...user,
    cells: mergeCells({}, user.cells, user.period),
    ...(user.usd ? { usd: mergeCells({}, user.usd, user.period) } : {}),
    ranks: mergeRanks([], user.ranks, user.period),
    gaps: user.gaps.map((g) => ({ ...g })),
  };
}

/**
 * The working dataset: the bundled `base` with the user's `layer` laid over it.
 *
 * - A user cell replaces the bundled cell for the same code/year/period/measure. The bundled
 *   cell stays visible as an alternate with status 'lost' and a note starting
 *   {@link REPLACED_BY_IMPORT_NOTE}; the bundled cell's own alternates are carried along.
 * - A user published rank replaces the bundled one of the same scope in the same way.
 * - Measures the user did not import keep their bundled cells; gap notes are concatenated.
 * - User sources are appended (a user source whose id is already present is skipped, so source
 *   ids stay unique).
 * - A municipality's imported figure counts for its twin (北京 the province-level unit and 北京
 *   the city) where neither the import nor the bundled data files one for the twin itself, as in
 *   the bundled data (municipality-twins.ts): a provincial table imported for 2026 puts 北京 in
 *   the city ranking, and replaces a city figure the bundled data had only copied from the
 *   province, never one filed for the city.
 *
 * Pure: neither input is mutated. Unchanged bundled records are shared with `base`, so treat the
 * result as read-only too.
 */
export function applyUserLayer(
  base: Dataset,
  layer: UserLayer,
  entities: readonly Entity[],
): Dataset {
  const merged = new Map<string, FigureRecord>();
  for (const record of layer.figures) {
    const key = recordKey(record);
    const earlier = merged.get(key);
    // Two user records for one key (e.g. two imports in one layer): the later one wins per cell.
    merged.set(key, earlier ? mergeRecord(copyRecord(earlier), record) : record);
  }
  const bundledByKey = new Map(base.figures.map((r) => [recordKey(r), r]));
  const filedInBundle: FiledElsewhere = (code, year, period, m) => {
    const cell = bundledByKey.get(recordKey({ code, year, period }))?.cells[m];
    return cell !== undefined && !isTwinCopy(cell);
  };
  const userByKey = new Map(
    fillMunicipalityTwins([...merged.values()], entities, filedInBundle).map((r) => [
      recordKey(r),
      r,
    ]),
  );

  const figures: FigureRecord[] = base.figures.map((bundled) => {
    const user = userByKey.get(recordKey(bundled));
    if (!user) return bundled;
    userByKey.delete(recordKey(bundled));
    return mergeRecord(bundled, user);
  });
  for (const user of userByKey.values()) figures.push(copyRecord(user));

  const knownIds = new Set(base.sources.map((s) => s.id));
  const sources: Source[] = [...base.sources];
  for (const s of layer.sources) {
    if (knownIds.has(s.id)) continue;
    knownIds.add(s.id);
    sources.push({ ...s });
  }

  return { ...base, sources, figures };
}
