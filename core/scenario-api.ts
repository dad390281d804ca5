/**
 * The scenario panel's part of the contract (core/api.ts lists the methods): the exposure
 * profiles with the user's own shares, and scenario files through native dialogs where the host
 * has them. Argument schemas live here so api.ts stays a table of contents.
 */
import * as v from 'valibot';
import type { Adcode, ExposureEdit } from './model';
import {
  type ExposureFile,
  DIMENSION_BASES,
  EXPOSURE_DIMENSIONS,
  isEditableCategory,
} from './scenario';

/** A scenario file is a few kilobytes; anything near this is not one. */
export const MAX_SCENARIO_TEXT = 1_000_000;
/** More user shares than a person would type or import for ~370 entities × ~30 cells. */
export const MAX_EXPOSURE_EDITS = 20_000;

/** What `getExposureProfiles` returns. */
export interface ExposureData {
  /** resources/data/exposure.json as built (profiles for its default year, and the rows behind them). */
  exposure: ExposureFile;
  /** Shares the user entered, from the current revision's layer (apply with applyShareOverrides). */
  userEdits: ExposureEdit[];
  /** The revision the edits come from (0: the bundled data, no edits). */
  revisionId: number;
}

const adcode = v.pipe(
  v.string(),
  v.regex(/^\d{6}$/, 'expected a 6-digit division code'),
  v.transform((code) => code as Adcode),
);
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused.
const fileNamePattern = /^[^/\\\u0000-\u001f]+$/;

/**
 * One user share. The category must be a model category of the dimension (own keys of the
 * vocabulary: `__proto__` or `constructor` is none), not its residual (which is computed), and the
 * basis one the dimension uses.
 */
export const exposureEditSchema: v.GenericSchema<unknown, ExposureEdit> = v.pipe(
  v.strictObject({
    code: adcode,
    dimension: v.picklist(EXPOSURE_DIMENSIONS),
    basis: v.picklist(['total', 'export', 'import']),
    category: v.pipe(v.string(), v.minLength(1), v.maxLength(40)),
    pct: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100)),
  }),
  v.check(
    (e) => isEditableCategory(e.dimension, e.category),
    (issue) => `unknown category ${issue.input.category} for ${issue.input.dimension}`,
  ),
  v.check(
    (e) => DIMENSION_BASES[e.dimension].includes(e.basis),
    (issue) => `basis ${issue.input.basis} is not used for ${issue.input.dimension}`,
  ),
);

export const exposureEditsSchema: v.GenericSchema<unknown, ExposureEdit[]> = v.pipe(
  v.array(exposureEditSchema),
  v.maxLength(MAX_EXPOSURE_EDITS),
);

export const saveScenarioSchema = v.strictObject({
  suggestedName: v.pipe(
    v.string(),
    v.minLength(1),
    v.maxLength(255),
    v.regex(fileNamePattern, 'expected a file name without folders'),
  ),
  text: v.pipe(v.string(), v.maxLength(MAX_SCENARIO_TEXT)),
});
