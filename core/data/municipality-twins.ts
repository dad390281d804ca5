/**
 * The four municipalities are one territory listed twice: as a province-level unit (北京 110000)
 * and as a city (110100). A source prints one figure for 北京; the curated files put it under one
 * level or the other, so a year could show 北京 among provinces and leave it out of the city
 * ranking. Each twin takes the other's chosen figure where it has none of its own, with a note
 * saying so; a figure filed under a level itself always stands. Only figures as printed are
 * shared: a derived one (a yearbook sum, a USD conversion) stays where it was computed, so no
 * figure is two steps from print. Published ranks are not copied: 6th among provinces is not 6th
 * among cities.
 */
import type { Adcode, Cell, Entity, FigureRecord, Measure } from '../model';
import { byRecordKey } from './precedence';

/** City code → province code of each municipality: a city named exactly as its province. */
export function municipalityTwins(entities: readonly Entity[]): Map<Adcode, Adcode> {
  const provinces = new Map(
    entities.filter((e) => e.level === 'province').map((e) => [e.code, e.nameZh]),
  );
  const twins = new Map<Adcode, Adcode>();
  for (const e of entities) {
    if (e.level !== 'city' || e.provinceCode === null) continue;
    if (provinces.get(e.provinceCode) === e.nameZh) twins.set(e.code, e.provinceCode);
  }
  return twins;
}

const TWIN_NOTE_START = 'Municipality: the figure filed for ';
const twinNote = (from: Entity): string =>
  `${TWIN_NOTE_START}${from.nameZh} (${from.nameEn}) at ${
    from.level === 'province' ? 'province' : 'city'
  } level (${from.code}), the same territory.`;

/** True for a cell that is a copy of its twin's figure, not one filed under its own level. */
export const isTwinCopy = (cell: Cell): boolean => cell.note.startsWith(TWIN_NOTE_START);

type Cells = Partial<Record<Measure, Cell>>;

/** Whether a figure is filed for the place elsewhere (the bundled data under an import). */
export type FiledElsewhere = (code: Adcode, year: number, period: string, m: Measure) => boolean;

/** The printed cells of `from` that `to` lacks, each with a note saying where it came from. */
function missingCells(
  to: Cells | undefined,
  from: Cells,
  note: string,
  filed: (m: Measure) => boolean,
): Cells {
  const out: Cells = {};
  for (const [measure, cell] of Object.entries(from) as [Measure, Cell][]) {
    if (to?.[measure] || cell.derivation || filed(measure)) continue;
    out[measure] = { ...cell, note: cell.note ? `${note} ${cell.note}` : note };
  }
  return out;
}

/**
 * Records with each municipality's missing cells taken from its twin (new records as needed).
 * `filedElsewhere` names figures the twin has of its own outside `records`, which stand too.
 */
export function fillMunicipalityTwins(
  records: readonly FigureRecord[],
  entities: readonly Entity[],
  filedElsewhere: FiledElsewhere = () => false,
): FigureRecord[] {
  const byCode = new Map(entities.map((e) => [e.code, e]));
  const pairs = [...municipalityTwins(entities)].flatMap(([city, province]) => [
    [city, province],
    [province, city],
  ]);
  const key = (code: string, year: number, period: string) => `${code}|${year}|${period}`;
  const index = new Map(records.map((r) => [key(r.code, r.year, r.period), r]));
  const out = new Map(index);
  for (const [to, from] of pairs as [Adcode, Adcode][]) {
    const note = twinNote(byCode.get(from)!);
    for (const source of records) {
      if (source.code !== from) continue;
      const k = key(to, source.year, source.period);
      const own = index.get(k);
      const filed = (m: Measure) => filedElsewhere(to, source.year, source.period, m);
      const cells = missingCells(own?.cells, source.cells, note, filed);
      if (Object.keys(cells).length === 0) continue;
      const base: FigureRecord = own ?? {
        code: to,
        year: source.year,
        period: source.period,
        cells: {},
        ranks: [],
        gaps: [],
      };
      out.set(k, { ...base, cells: { ...base.cells, ...cells } });
    }
  }
  return [...out.values()].sort(byRecordKey);
}

/** A figure about to be imported, as printed: where it goes and which measure. */
export interface IncomingFigure {
  code: Adcode;
  year: number;
  period: string;
  metric: Measure;
}

/**
 * The municipalities among `incoming` whose figures an import would also give their twin level
 * (the rule applyUserLayer applies): the twin has no figure of its own for that year and measure,
 * neither in `incoming` nor in the `working` figures (a copy from its twin does not count).
 */
export function sharedWithTwin(
  incoming: readonly IncomingFigure[],
  working: readonly FigureRecord[],
  entities: readonly Entity[],
): Adcode[] {
  const twinOf = new Map<Adcode, Adcode>();
  for (const [city, province] of municipalityTwins(entities)) {
    twinOf.set(city, province);
    twinOf.set(province, city);
  }
  const key = (code: string, year: number, period: string) => `${code}|${year}|${period}`;
  const records = new Map(working.map((r) => [key(r.code, r.year, r.period), r]));
  const given = new Set(incoming.map((f) => `${key(f.code, f.year, f.period)}|${f.metric}`));
  const shared = new Set<Adcode>();
  for (const f of incoming) {
    const twin = twinOf.get(f.code);
    if (!twin || given.has(`${key(twin, f.year, f.period)}|${f.metric}`)) continue;
    const own = records.get(key(twin, f.year, f.period))?.cells[f.metric];
    if (!own || isTwinCopy(own)) shared.add(f.code);
  }
  return [...shared];
}
