/**
 * Choosing one breakdown value per (entity, basis, dimension, category), following the order
 * suggested in shared/data/README.md: latest year at or before the base year; full_year, then the
 * longest period; rows without year_doubtful; a published share over a derived one; source kind.
 * Two tie-breaks make the choice deterministic: latest published date, then lowest source id.
 */
import type { Adcode, Flag, SourceId, SourceKind } from '../model';
import type { ExposureDimension, ShareBasis } from './types';

/** One share row of breakdowns.csv, resolved to an entity code. */
export interface ShareCandidate {
  code: Adcode;
  dimension: ExposureDimension;
  basis: ShareBasis;
  /** The data category (curators' vocabulary), not yet mapped. */
  category: string;
  pct: number;
  year: number;
  period: string;
  sourceId: SourceId;
  sourceKind: SourceKind | null;
  /** YYYY-MM-DD, YYYY-MM or ''. */
  publishedDate: string;
  flag: Flag | null;
  /** Flagged derived, or derived listed after a more severe flag ("Also: derived"). */
  derived: boolean;
  /** The original label (first item of the note). */
  label: string;
}

const KIND_ORDER: Readonly<Record<SourceKind, number>> = {
  official_release: 0,
  news_agency: 1,
  news_repost: 2,
  research_paper: 3,
  blog_or_qa: 4,
  other: 5,
  user_import: 6,
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Months covered by a period label: full_year 12, Jan-Jul 7, unspecified 0. */
export function periodMonths(period: string): number {
  if (period === 'full_year') return 12;
  const m = /^([A-Z][a-z]{2})-([A-Z][a-z]{2})$/.exec(period);
  if (!m) return 0;
  const from = MONTHS.indexOf(m[1] ?? '');
  const to = MONTHS.indexOf(m[2] ?? '');
  return from >= 0 && to >= from ? to - from + 1 : 0;
}

/** Rows that measure something else (a different base, port trade) never count as a share. */
export function isUsable(c: ShareCandidate, baseYear: number): boolean {
  return (
    c.year <= baseYear &&
    c.flag !== 'not_comparable' &&
    c.flag !== 'unit_slip' &&
    Number.isFinite(c.pct)
  );
}

/** The fields the ranking reads; a component sum is ranked like a row. */
export type RankedFields = Pick<
  ShareCandidate,
  'year' | 'period' | 'flag' | 'derived' | 'sourceKind' | 'publishedDate' | 'sourceId'
>;

/** Negative when `a` is the better choice. */
export function compareCandidates(a: RankedFields, b: RankedFields): number {
  return (
    b.year - a.year ||
    periodMonths(b.period) - periodMonths(a.period) ||
    Number(a.flag === 'year_doubtful') - Number(b.flag === 'year_doubtful') ||
    Number(a.derived) - Number(b.derived) ||
    kindRank(a.sourceKind) - kindRank(b.sourceKind) ||
    // A blank date counts as oldest.
    (b.publishedDate || '').localeCompare(a.publishedDate || '') ||
    a.sourceId.localeCompare(b.sourceId)
  );
}

function kindRank(kind: SourceKind | null): number {
  return kind === null ? 99 : KIND_ORDER[kind];
}

/** The best candidate, or null when there is none. */
export function pickBest<T extends RankedFields>(candidates: readonly T[]): T | null {
  let best: T | null = null;
  for (const c of candidates) if (best === null || compareCandidates(c, best) < 0) best = c;
  return best;
}

/** Identity of a release: one source, one year, one period. */
export const releaseKey = (c: Pick<ShareCandidate, 'sourceId' | 'year' | 'period'>): string =>
  `${c.sourceId} ${c.year} ${c.period}`;
