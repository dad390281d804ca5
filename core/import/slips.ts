/**
 * Unit slips (a value printed ×10^k off, the error behind "西安 498.79") measured against every
 * reference there is: the stored figure for the same year, the previous year (stored, or in the
 * same file), the growth printed beside the value, rank neighbours in a sorted table, the file's
 * own totals row, and the entity's usual share of its province or of the nation. Each reference
 * that points to the same power of ten becomes evidence; the most-supported factor is offered.
 */
import type { Entity, MoneyMeasure } from '../model';
import { figureKey } from './figure-store';
import type { SlipEvidence } from './problem-codes';
import type { ImportedFigure } from './types';
import type { StoredIndex } from './validate';

/** Powers of ten a slip can be: 十/百/千/万 and 十万 (千元 read as 亿元), each way. */
export const SLIP_FACTORS = [10, 100, 1000, 1e4, 1e5, 0.1, 0.01, 0.001, 1e-4, 1e-5];
/** A value counts as off when it is at least this many times away from its reference. */
const OFF = 5;
/** …and the fix must bring it within this many times of the reference. */
const NEAR = 2;

export interface SlipReferences {
  /** Stored figures by entity, year and period. */
  stored: StoredIndex;
  byCode: ReadonlyMap<string, Entity>;
  /** The nation entity, for shares of provinces. */
  nation: Entity | null;
}

export interface Slip {
  factor: number;
  to: number;
  evidence: SlipEvidence[];
}

const storedValue = (
  refs: SlipReferences,
  code: string,
  year: number,
  period: string,
  metric: MoneyMeasure,
): { value: number; source: string } | null => {
  const cell = refs.stored.get(code, year, period)?.cells[metric];
  return cell && cell.value > 0 ? { value: cell.value, source: cell.sourceId } : null;
};

/** The power of ten that brings `value` within ×2 of `reference`, when plain `value` is ≥ ×5 off. */
export function slipFactor(value: number, reference: number): number | null {
  if (!(value > 0) || !(reference > 0)) return null;
  if (Math.abs(Math.log10(value / reference)) < Math.log10(OFF)) return null;
  let best: number | null = null;
  let bestDistance = Infinity;
  for (const factor of SLIP_FACTORS) {
    const distance = Math.abs(Math.log10((value * factor) / reference));
    if (distance <= Math.log10(NEAR) && distance < bestDistance) {
      best = factor;
      bestDistance = distance;
    }
  }
  return best;
}

/** Candidate factors with their evidence, one per reference that finds the value off. */
type Finding = { factor: number; evidence: SlipEvidence };

/** Findings against stored and previous-year values, passed to `note` (nothing is allocated
 * for the great majority of figures, which are fine). */
function againstStored(
  f: ImportedFigure,
  refs: SlipReferences,
  inFile: PreviousInFile,
  note: (f: ImportedFigure, found: Finding) => void,
): void {
  const out = (found: Finding) => note(f, found);
  const value = f.value!;
  const hasStored = refs.stored.byEntity.has(f.code);
  const same = hasStored ? storedValue(refs, f.code, f.year, f.period, f.metric) : null;
  const sameFactor = same ? slipFactor(value, same.value) : null;
  if (same && sameFactor !== null)
    out({
      factor: sameFactor,
      evidence: { ref: 'same_year', stored: same.value, source: same.source },
    });
  const previous =
    (hasStored ? storedValue(refs, f.code, f.year - 1, f.period, f.metric)?.value : undefined) ??
    inFile(f)?.value ??
    null;
  if (previous === null) return;
  const byYear = slipFactor(value, previous);
  if (byYear !== null) {
    const growth = ((value * byYear) / previous - 1) * 100;
    out({
      factor: byYear,
      evidence: { ref: 'previous_year', year: f.year - 1, stored: previous, growth },
    });
  }
  if (f.yoy_pct !== null && f.yoy_pct > -100) {
    // What the printed growth says the value should be; a ×10^k miss is a slip even when the
    // previous year alone would not look far off (a city that really did grow 3×).
    const expected = previous * (1 + f.yoy_pct / 100);
    const byGrowth = slipFactor(value, expected);
    if (byGrowth !== null) {
      const implied = (value / previous - 1) * 100;
      out({
        factor: byGrowth,
        evidence: {
          ref: 'printed_growth',
          printed: f.yoy_pct,
          implied,
          year: f.year - 1,
          stored: previous,
        },
      });
    }
  }
}

/**
 * Factor that puts a value back between its rank neighbours in a table sorted high to low. Only a
 * value at least ×3 outside its neighbours counts: columns other than the sort key are only
 * roughly ordered, and small inversions are normal there.
 */
function neighbourFinding(list: readonly ImportedFigure[], i: number): Finding | null {
  const above = list[i - 1];
  const below = list[i + 1];
  const v = list[i]!.value!;
  if (!above || !below) return null;
  if (v <= above.value! * 3 && v >= below.value! / 3) return null;
  const fits = SLIP_FACTORS.filter(
    (f) => v * f <= above.value! * 1.01 && v * f >= below.value! * 0.99,
  );
  if (fits.length !== 1) return null;
  return {
    factor: fits[0]!,
    evidence: { ref: 'rank_neighbours', above: above.row, below: below.row },
  };
}

/** Members of a totals row that add up to it only when one of them is scaled by a power of ten. */
function totalRowFindings(figures: readonly ImportedFigure[]): Map<ImportedFigure, Finding> {
  const out = new Map<ImportedFigure, Finding>();
  const groups = new Map<string, { total: ImportedFigure | null; members: ImportedFigure[] }>();
  for (const f of figures) {
    if (f.value === null) continue;
    const row = f.from_total_row ? f.row : f.total_row;
    if (row === null) continue;
    const key = `${row}|${f.metric}|${f.year}`;
    const group = groups.get(key) ?? { total: null, members: [] };
    if (f.from_total_row) group.total = f;
    else group.members.push(f);
    groups.set(key, group);
  }
  for (const { total, members } of groups.values()) {
    if (!total || members.length < 2) continue;
    // Only members one level below add up to a total (cities to a province, not districts).
    const level = childLevel(total.level);
    const counted = members.filter((m) => m.level === level);
    const sum = counted.reduce((s, m) => s + m.value!, 0);
    if (Math.abs(sum - total.value!) / total.value! <= 0.05) continue;
    const fits: Finding[] = [];
    let culprit: ImportedFigure | null = null;
    for (const m of counted) {
      for (const factor of SLIP_FACTORS) {
        const fixedSum = sum - m.value! + m.value! * factor;
        if (Math.abs(fixedSum - total.value!) / total.value! <= 0.01) {
          fits.push({
            factor,
            evidence: { ref: 'total_row', row: total.row, total: total.value!, sum, fixedSum },
          });
          culprit = m;
        }
      }
    }
    if (fits.length === 1 && culprit) out.set(culprit, fits[0]!);
  }
  return out;
}

export const childLevel = (level: Entity['level']): Entity['level'] | null =>
  level === 'national'
    ? 'province'
    : level === 'province'
      ? 'city'
      : level === 'city'
        ? 'county_city'
        : null;

/** The latest year before `before` in which both the entity and its parent have a stored value. */
function usualShare(
  refs: SlipReferences,
  code: string,
  parent: string,
  metric: MoneyMeasure,
  period: string,
  before: number,
): { share: number; year: number } | null {
  let best: { share: number; year: number } | null = null;
  for (const record of refs.stored.byEntity.get(code) ?? []) {
    if (record.period !== period || record.year >= before || (best && record.year <= best.year))
      continue;
    const own = record.cells[metric]?.value;
    const whole = storedValue(refs, parent, record.year, period, metric)?.value;
    if (own && own > 0 && whole) best = { share: own / whole, year: record.year };
  }
  return best;
}

function shareFinding(
  f: ImportedFigure,
  refs: SlipReferences,
  parentValue: (code: string) => number | null,
): Finding | null {
  const entity = refs.byCode.get(f.code);
  if (!entity || !refs.stored.byEntity.has(f.code)) return null;
  const parent =
    entity.level === 'province'
      ? refs.nation
      : entity.provinceCode && entity.provinceCode !== entity.code
        ? (refs.byCode.get(entity.provinceCode) ?? null)
        : null;
  if (!parent) return null;
  const whole =
    parentValue(parent.code) ?? storedValue(refs, parent.code, f.year, f.period, f.metric)?.value;
  if (!whole) return null;
  const usual = usualShare(refs, f.code, parent.code, f.metric, f.period, f.year);
  if (!usual) return null;
  const now = f.value! / whole;
  const factor = slipFactor(now, usual.share);
  if (factor === null) return null;
  return {
    factor,
    evidence: {
      ref: 'share',
      parent: { code: parent.code, zh: parent.shortZh, en: parent.nameEn, level: parent.level },
      usual: usual.share * 100,
      usualYear: usual.year,
      now: now * 100,
    },
  };
}

type PreviousInFile = (f: ImportedFigure) => ImportedFigure | undefined;

/**
 * Find unit slips among the figures (amounts only). A factor needs at least one reference; when
 * references disagree, the factor with the most evidence wins (the same-year figure first).
 */
export function findSlips(
  figures: readonly ImportedFigure[],
  /** Every figure of the report by `figureKey` (one report is one period). */
  byKey: ReadonlyMap<number, ImportedFigure>,
  refs: SlipReferences,
): Map<ImportedFigure, Slip> {
  // USD figures are compared with nothing stored in 亿元 (a different currency).
  const valued = figures.filter((f) => f.value !== null && f.value > 0 && f.currency === 'CNY');
  const cny = (f: ImportedFigure | undefined) =>
    f && f.currency === 'CNY' && f.value !== null && f.value > 0 ? f : undefined;
  const inFile: PreviousInFile = (f) => cny(byKey.get(figureKey(f.code, f.year - 1, f.metric)));
  const parentValue = (f: ImportedFigure) => (code: string) =>
    cny(byKey.get(figureKey(code, f.year, f.metric)))?.value ?? null;
  const findings = new Map<ImportedFigure, Finding[]>();
  const note = (f: ImportedFigure, found: Finding | null) => {
    if (!found) return;
    const list = findings.get(f) ?? [];
    list.push(found);
    findings.set(f, list);
  };
  for (const f of valued) {
    againstStored(f, refs, inFile, note);
    if (refs.stored.byEntity.has(f.code)) note(f, shareFinding(f, refs, parentValue(f)));
  }
  for (const metric of ['total', 'exports', 'imports'] as const) {
    // Rank neighbours: cities of one year, in file order, in a table mostly sorted high to low.
    const list = valued.filter(
      (f) =>
        f.metric === metric &&
        !f.from_total_row &&
        (f.level === 'city' || f.level === 'county_city'),
    );
    const descending = list.slice(1).filter((f, i) => f.value! <= list[i]!.value!).length;
    if (list.length >= 5 && descending >= 0.8 * (list.length - 1))
      list.forEach((f, i) => note(f, neighbourFinding(list, i)));
  }
  for (const [f, found] of totalRowFindings(valued)) note(f, found);

  const slips = new Map<ImportedFigure, Slip>();
  for (const [f, list] of findings) {
    const support = new Map<number, number>();
    for (const x of list)
      support.set(
        x.factor,
        (support.get(x.factor) ?? 0) + (x.evidence.ref === 'same_year' ? 1.5 : 1),
      );
    const factor = [...support.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    slips.set(f, {
      factor,
      to: Number((f.value! * factor).toPrecision(12)),
      evidence: list.filter((x) => x.factor === factor).map((x) => x.evidence),
    });
  }
  return slips;
}
