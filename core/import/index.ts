/**
 * Public surface of the import pipeline. Callers (the main-process import service, the CLI, the
 * renderer's review screen) use only what is exported here; the step modules stay internal.
 */
export { runImport, type ImportContext, type ImportInput } from './pipeline';
export { addImportToLayer, applyFix, toUserLayerAdditions, type ImportSourceMeta } from './layer';
export {
  applyAcceptedFixes,
  commitBlocker,
  mergeAliases,
  prepareImport,
  type ImportSettings,
  type PreparedImport,
} from './session';
export {
  importRecipeSchema,
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
  ColumnMapping,
  FixDescriptor,
  ImportedFigure,
  ImportField,
  ImportOverrides,
  ImportProblem,
  ImportReport,
  Layout,
  MappedColumn,
  PreviewRow,
  ProblemCode,
  RawCell,
  RowKind,
  Severity,
  TextEncodingName,
  UnplacedName,
} from './types';
export {
  DEFAULT_READ_LIMITS,
  readImportBytes,
  sheetParts,
  sizeText,
  type ImportFile,
  type ReadErrorCode,
  type ReadLimits,
  type ReadResult,
  type WorkbookParser,
} from './read-bytes';
export { inspectZip, type ZipLimits } from './zip-guard';
