/**
 * Public surface of the import pipeline. Callers (the main-process import service, the CLI, the
 * renderer's review screen) use only what is exported here; the step modules stay internal.
 */
export { runImport, type ImportContext, type ImportInput } from './pipeline';
export { applyFix, toUserLayerAdditions, type ImportSourceMeta } from './layer';
export {
  makeRecipe,
  parseRecipe,
  runImportWithRecipe,
  RECIPE_SCHEMA_VERSION,
  type ImportRecipe,
} from './recipe';
export { IMPORT_LIMITS, type SheetInput } from './sheet-rows';
export { MONEY_UNITS, type MoneyUnit } from './numbers';
export { TEXT_ENCODINGS } from './decode';
export { IMPORT_FIELDS } from './column-map';
export type {
  FixDescriptor,
  ImportedFigure,
  ImportField,
  ImportOverrides,
  ImportProblem,
  ImportReport,
  ProblemCode,
  RawCell,
  Severity,
  TextEncodingName,
} from './types';
