import type { Adcode, SourceId } from './ids';

/** Measures stored per entity-year. Money in 亿元; *_yoy in % as published (never recomputed). */
export type Measure = 'total' | 'exports' | 'imports' | 'total_yoy' | 'exports_yoy' | 'imports_yoy';
export const MEASURES: readonly Measure[] = [
  'total',
  'exports',
  'imports',
  'total_yoy',
  'exports_yoy',
  'imports_yoy',
];
export type MoneyMeasure = 'total' | 'exports' | 'imports';
export const MONEY_MEASURES: readonly MoneyMeasure[] = ['total', 'exports', 'imports'];

export type Flag =
  'unit_slip' | 'year_doubtful' | 'not_comparable' | 'conflict' | 'low_reliability' | 'derived';
export type Precision = 'exact' | 'rounded';
export type RankScope = 'national_city' | 'national_province' | 'in_province';

/** A candidate value that was not chosen, kept visible beside the chosen one. */
export interface Alternate {
  value: number | null;
  sourceId: SourceId;
  period: string;
  flag: Flag | null;
  note: string;
  /** Why it is not the value: it agrees within rounding, lost on precedence, or was excluded. */
  status: 'agrees' | 'lost' | 'excluded';
}

/** One chosen value with its provenance. */
export interface Cell {
  value: number;
  sourceId: SourceId;
  flag: Flag | null;
  precision: Precision | null;
  note: string;
  /** Sources that give the same figure within rounding. */
  confirmedBy: SourceId[];
  alternates: Alternate[];
}

export interface PublishedRank {
  scope: RankScope;
  rank: number;
  sourceId: SourceId;
  flag: Flag | null;
  note: string;
  alternates: Alternate[];
}

/** A source that documents a measure without giving a usable value (e.g. "above 8000亿"). */
export interface GapNote {
  sourceId: SourceId;
  flag: Flag | null;
  note: string;
}

/**
 * Everything known about one entity in one year for one period. Annual rankings and maps use only
 * `period === 'full_year'`; partial periods are kept for reference and always labelled.
 */
export interface FigureRecord {
  code: Adcode;
  year: number;
  period: string;
  cells: Partial<Record<Measure, Cell>>;
  ranks: PublishedRank[];
  gaps: GapNote[];
}
