import type { Adcode, SourceId } from './ids';

/** Measures stored per entity-year. Money in 亿元; *_yoy in % as published (never recomputed). */
export const MEASURES = [
  'total',
  'exports',
  'imports',
  'total_yoy',
  'exports_yoy',
  'imports_yoy',
] as const;
export type Measure = (typeof MEASURES)[number];
export const MONEY_MEASURES = ['total', 'exports', 'imports'] as const satisfies readonly Measure[];
export type MoneyMeasure = (typeof MONEY_MEASURES)[number];

/** The currency a figure was printed in. Money cells are 亿元 (CNY) unless they say otherwise. */
export type Currency = 'CNY' | 'USD';

/** How an exchange rate was published: an annual average, or implied by one release's two totals. */
export const RATE_KINDS = ['annual_average', 'implied'] as const;
export type RateKind = (typeof RATE_KINDS)[number];

/** A published CNY-per-USD rate for one year, the only rate USD-only figures are converted with. */
export interface ExchangeRate {
  year: number;
  cnyPerUsd: number;
  sourceId: SourceId;
  kind: RateKind;
  /** Where the rate stands in its source, or how it was implied (which totals, which release). */
  note: string;
}

/**
 * How a derived cell was computed from printed figures. Nothing else is ever computed into a cell:
 * - `sum`: exports + imports of one source row that printed no total (the yearbook never does);
 * - `usd`: a figure printed only in US dollars (亿美元), converted at the year's published rate.
 *   `usdSum` says the USD total itself was exports + imports of its row.
 */
export type Derivation =
  | { kind: 'sum' }
  | {
      kind: 'usd';
      usdValue: number;
      rate: number;
      rateSourceId: SourceId;
      rateKind: RateKind;
      usdSum: boolean;
    };

/**
 * The one list of flags, most severe first: the data build, the saved-file check and precedence
 * all read it.
 */
export const FLAGS = [
  'unit_slip',
  'year_doubtful',
  'not_comparable',
  'conflict',
  'low_reliability',
  'derived',
] as const;
export type Flag = (typeof FLAGS)[number];
export const PRECISIONS = ['exact', 'rounded'] as const;
export type Precision = (typeof PRECISIONS)[number];
export const RANK_SCOPES = ['national_city', 'national_province', 'in_province'] as const;
export type RankScope = (typeof RANK_SCOPES)[number];

/** A candidate value that was not chosen, kept visible beside the chosen one. */
export interface Alternate {
  value: number | null;
  sourceId: SourceId;
  period: string;
  flag: Flag | null;
  note: string;
  /** Why it is not the value: it agrees within rounding, lost on precedence, or was excluded. */
  status: 'agrees' | 'lost' | 'excluded';
  /** Set when the alternate is itself derived (a yearbook sum, a converted USD figure). */
  derivation?: Derivation;
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
  /** Set only on derived cells (flag `derived`): how the value was computed, never silently. */
  derivation?: Derivation;
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
  /**
   * Figures as printed in US dollars (money in 亿美元, growth in USD terms), where a source printed
   * USD. Kept beside the 亿元 cells, never mixed into them: a 亿元 cell made from one of these
   * says so (`derivation.usd`), and dollar growth never stands in for yuan growth.
   */
  usd?: Partial<Record<Measure, Cell>>;
}
