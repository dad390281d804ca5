import type { SortDirection } from '../../core/data';

/** A sortable column of a table (SortHeaders.vue). */
export interface SortColumn<K extends string> {
  key: K;
  /** The header's words. */
  label: string;
  /** A figure: right-aligned, and sorted largest first unless `first` says otherwise. */
  num: boolean;
  class?: string;
  /** The direction of a first click, when not the usual one for a number or a word. */
  first?: SortDirection;
}
