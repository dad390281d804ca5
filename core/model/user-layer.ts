import type { Adcode } from './ids';
import type { FigureRecord } from './figure';
import type { Source } from './source';

export const USER_LAYER_SCHEMA_VERSION = 1;

/**
 * Everything the user has added on top of the bundled dataset. A revision stores a complete
 * layer (not a diff), so any one intact revision is enough to rebuild the working data.
 */
export interface UserLayer {
  schemaVersion: number;
  /** Imported figures. A user cell replaces the bundled cell for the same code/year/period/measure. */
  figures: FigureRecord[];
  /** Sources for imported figures (kind `user_import`: file name, checksum, import time). */
  sources: Source[];
  /** Names the user taught the resolver during imports. */
  aliases: { alias: string; code: Adcode }[];
  /**
   * Exposure shares the user entered in the scenario panel (e.g. Tongling's copper-ore share,
   * which no source gives). Optional: revisions written before the scenario panel have none.
   */
  exposureEdits?: ExposureEdit[];
}

export const EXPOSURE_EDIT_DIMENSIONS = [
  'partner',
  'product',
  'trade_mode',
  'import_commodity',
] as const;
export const EXPOSURE_EDIT_BASES = ['total', 'export', 'import'] as const;

/**
 * One user-entered exposure share, in % of its basis. The same shape as core/scenario's
 * `ShareOverride` (the model layer does not import the scenario layer).
 */
export interface ExposureEdit {
  code: Adcode;
  dimension: (typeof EXPOSURE_EDIT_DIMENSIONS)[number];
  basis: (typeof EXPOSURE_EDIT_BASES)[number];
  category: string;
  pct: number;
}

export const emptyUserLayer = (): UserLayer => ({
  schemaVersion: USER_LAYER_SCHEMA_VERSION,
  figures: [],
  sources: [],
  aliases: [],
});
