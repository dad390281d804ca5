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
}

export const emptyUserLayer = (): UserLayer => ({
  schemaVersion: USER_LAYER_SCHEMA_VERSION,
  figures: [],
  sources: [],
  aliases: [],
});
