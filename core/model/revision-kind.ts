import type { Adcode } from './ids';
import type { MoneyMeasure } from './figure';

/** A value the user kept as printed although the import checks doubted it (a unit slip). */
export interface AcceptedValue {
  row: number;
  code: Adcode;
  metric: MoneyMeasure;
  value: number;
}

/**
 * What a revision did, as data: the history words it in the reader's language and nothing parses
 * an English summary back. Stored in each revision file (older files are read once by summary).
 */
export type RevisionKind =
  | { type: 'bundled' }
  | { type: 'import'; file: string; accepted: AcceptedValue[] }
  | { type: 'undo'; to: number }
  | { type: 'reset' }
  /** User exposure shares saved from the scenario panel (count 0: all cleared). */
  | { type: 'exposure_shares'; count: number }
  /** A summary this version does not recognise, shown as written. */
  | { type: 'other'; summary: string };

export const REVISION_KIND_TYPES = [
  'bundled',
  'import',
  'undo',
  'reset',
  'exposure_shares',
  'other',
] as const satisfies readonly RevisionKind['type'][];
