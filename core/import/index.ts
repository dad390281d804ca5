/**
 * Public surface of the import pipeline. Callers (the main-process import service, the CLI, the
 * renderer's worker and wizard) use only what is exported here; the step modules stay internal.
 */
export {
  runImport,
  type ImportContext,
  type ImportInput,
  type ImportStage,
  type RunControl,
} from './pipeline';
export { IMPORT_LIMITS } from './import-run';
export { addImportToLayer, applyFix, toUserLayerAdditions, type ImportSourceMeta } from './layer';
export {
  applyAcceptedFixes,
  buildImportPreview,
  commitBlocker,
  mergeAliases,
  prepareImport,
  type ImportSettings,
  type PrepareOptions,
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
export { type SheetInput } from './sheet-rows';
export { MONEY_UNITS, type MoneyUnit } from './numbers';
export { TEXT_ENCODINGS } from './decode';
export { IMPORT_FIELDS } from './column-map';
export {
  blockerText,
  fileSize,
  plainNumber,
  FIELD_WORDS_ZH,
  problemMessage,
  problemPlace,
  problemText,
  type CommitBlocker,
  type ImportLang,
  type TextSurface,
} from './problem-text';
export type { EntityRef, ProblemParamMap, SlipEvidence } from './problem-codes';
export type {
  AcceptFix,
  AliasFix,
  ColumnMapping,
  FixDescriptor,
  ImportedFigure,
  ImportField,
  ImportOverrides,
  ImportProblem,
  ImportReport,
  Layout,
  MapFix,
  MappedColumn,
  PreviewRow,
  ProblemCode,
  RawCell,
  RowKind,
  ScaleFix,
  Severity,
  TextEncodingName,
  UnplacedName,
  ValueFix,
} from './types';
export { bytesSource, type ByteSource } from './byte-source';
export {
  DEFAULT_READ_LIMITS,
  readImportBytes,
  readImportSource,
  type ImportFile,
  type ReadErrorCode,
  type ReadLimits,
  type ReadResult,
} from './read-bytes';
// The readers themselves load with the first workbook (read-bytes.ts): types only here.
export type { ZipLimits } from './zip-guard';
export type { WorkbookSource } from './xlsx-reader';
export { decodeBytes } from './decode';
export { parseDelimited } from './delimited';
export { refusal } from './read-bytes';
export { cellText } from './sheet-rows';
// Synthesised tables for tests, benchmarks and the reliability harness.
export {
  SYNTH_CITIES,
  type SynthTableOptions,
  rowsToDelimited,
  storedRecord,
  synthCustomsTable,
  synthDataset,
  synthEntities,
} from './synth';
