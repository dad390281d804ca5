import type { SourceId } from './ids';

/**
 * Kinds of source, in precedence order (core/data/precedence.ts rule 4: an official release over a
 * news agency over a repost…); `user_import` is last, as imported data is merged, not ranked.
 */
export const SOURCE_KINDS = [
  'official_release',
  'news_agency',
  'news_repost',
  'research_paper',
  'blog_or_qa',
  'other',
  'user_import',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * The statistical series a source belongs to. Figures of one series are compiled the same way
 * year after year; a growth rate or rank change computed across two series is a break in series.
 * - `yearbook`: China City Statistical Yearbook (exports and imports of nearly every city);
 * - `nbs`: NBS annual provincial tables (by location of the trading enterprise, in USD);
 * - `release`: customs releases, statistical bulletins and news reporting them (headline figures);
 * - `import`: a file the user imported.
 */
export const SERIES_FAMILIES = ['yearbook', 'nbs', 'release', 'import'] as const;
export type SeriesFamily = (typeof SERIES_FAMILIES)[number];

/** A cited page (or an imported file). URLs are kept as text and never opened by the app. */
export interface Source {
  id: SourceId;
  title: string;
  publisher: string;
  url: string;
  /** YYYY-MM-DD or YYYY-MM, or '' when unknown. */
  publishedDate: string;
  kind: SourceKind;
  /** sha256 of the imported file's bytes (user imports only). */
  checksum?: string;
  /** The series this source belongs to; absent means `release` (`import` for user imports). */
  series?: SeriesFamily;
}
