/**
 * The project's corrections to rows of ../shared/data (scripts/data/curated/corrections.csv):
 * each names a row by file and line, checked against its entity, year and source so a changed
 * input file fails the build instead of correcting the wrong row. Two actions, both visible in
 * the app through the row's note (nothing is silently changed):
 * - `flag`: gives the row a flag (when more severe than its own), e.g. `low_reliability` for a
 *   yearbook cell that jumps ×10 against the city's other years;
 * - `withhold`: removes the named values, as the curators do for unit slips, so an extraction
 *   error cannot win a cell; the row stays as a gap note with the reason.
 */
import path from 'node:path';
import type { FigureRow } from '../../core/data';
import { FLAGS, type Flag, type Measure, MEASURES } from '../../core/model';
import { readCsv } from './csv';

export interface Correction {
  file: string;
  line: number;
  nameZh: string;
  year: number;
  sourceId: string;
  action: 'flag' | 'withhold';
  flag: Flag | null;
  /** Figure measures, or `share_pct` for a row of a breakdowns file (the share is not used). */
  measures: (Measure | 'share_pct')[];
  reason: string;
  /** Where the correction itself stands, for errors. */
  at: string;
}

/** Most severe first (shared/data/README.md, "Flags"): the model's list is in that order. */
export const FLAG_SEVERITY: readonly Flag[] = FLAGS;

export function readCorrections(file: string): Correction[] {
  return readCsv(file).map(({ line, fields: f }) => {
    const at = `${path.basename(file)} line ${line}`;
    const action = f.action;
    if (action !== 'flag' && action !== 'withhold')
      throw new Error(`${at}: bad action "${action}"`);
    const flag = (f.flag || null) as Flag | null;
    if (flag !== null && !FLAG_SEVERITY.includes(flag))
      throw new Error(`${at}: bad flag "${flag}"`);
    if (action === 'flag' && flag === null) throw new Error(`${at}: a flag action needs a flag`);
    const measures = (f.measures ?? '').split(';').filter(Boolean) as Correction['measures'];
    const breakdowns = (f.file ?? '').startsWith('breakdowns');
    for (const m of measures) {
      const known = breakdowns ? m === 'share_pct' : MEASURES.includes(m as Measure);
      if (!known) throw new Error(`${at}: bad measure "${m}" for ${f.file}`);
    }
    if (action === 'withhold' && measures.length === 0) {
      throw new Error(`${at}: a withhold action names the measures it withholds`);
    }
    if (!f.reason) throw new Error(`${at}: a correction needs a reason`);
    return {
      file: f.file ?? '',
      line: Number(f.line),
      nameZh: f.name_zh ?? '',
      year: Number(f.year),
      sourceId: f.source_id ?? '',
      action,
      flag,
      measures,
      reason: f.reason,
      at,
    };
  });
}

const severity = (flag: Flag | null) => (flag === null ? Infinity : FLAG_SEVERITY.indexOf(flag));

/**
 * Applies one correction to the row it names; throws when the row is not the one described.
 * `fields` are the row's raw CSV fields, to check name, year and source.
 */
export function applyCorrection(
  row: FigureRow,
  fields: Record<string, string>,
  c: Correction,
): FigureRow {
  if (
    fields.name_zh !== c.nameZh ||
    Number(fields.year) !== c.year ||
    fields.source_id !== c.sourceId
  ) {
    throw new Error(
      `${c.at}: ${c.file} line ${c.line} is ${fields.name_zh} ${fields.year} ${fields.source_id}, ` +
        `not ${c.nameZh} ${c.year} ${c.sourceId}: was the file changed?`,
    );
  }
  if (c.action === 'flag') {
    const flag = severity(c.flag) < severity(row.flag) ? c.flag : row.flag;
    return { ...row, flag, note: `${row.note} | ${c.reason}` };
  }
  const values = { ...row.values };
  const precision = { ...row.precision };
  for (const m of c.measures) {
    if (m === 'share_pct') continue; // breakdown rows: see build-exposure
    delete values[m];
    if (m === 'total' || m === 'exports' || m === 'imports') delete precision[m];
  }
  return {
    ...row,
    values,
    precision,
    note: `Withheld by City Trade Atlas: ${c.reason} | ${row.note}`,
  };
}
