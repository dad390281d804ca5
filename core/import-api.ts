/**
 * The import part of the contract (core/api.ts lists the methods): request and reply types and
 * their argument schemas. Kept apart so the main contract file stays a readable list of methods.
 * Every size is bounded: a request is validated before anything reads it.
 */
import * as v from 'valibot';
import {
  IMPORT_FIELDS,
  importRecipeSchema,
  TEXT_ENCODINGS,
  type CommitBlocker,
  type ImportProblem,
  type ImportRecipe,
  type ImportReport,
  type TextEncodingName,
  type ValueFix,
} from './import';
import type { RevisionInfo } from './api';
import type { Adcode } from './model';

/** A 200 MB file (the reader's limit) is 267 MB as base64. */
export const MAX_IMPORT_BASE64 = 280 * 1024 * 1024;
export const MAX_RECIPE_TEXT = 1024 * 1024;

/** The file to import: its name (no folders) and its bytes as base64. */
export interface ImportFileRef {
  name: string;
  base64: string;
}

/** What the user set in the wizard (or on the command line). Absent means "as detected". */
export interface ImportRequestOverrides {
  sheet?: string;
  year?: number;
  unit?: string;
  encoding?: TextEncodingName;
  /** Column letter (or header text) → field, as `--map C=exports`. */
  map?: Record<string, string>;
  layout?: 'wide' | 'long';
  /** Names the user taught in this import; they are remembered in the user layer on commit. */
  aliases?: { alias: string; code: Adcode }[];
}

export interface ImportRequest {
  file: ImportFileRef;
  overrides: ImportRequestOverrides;
  /** Unit-slip fixes (scale) and values kept as printed (accept), applied only if offered. */
  fixes: ValueFix[];
  recipe: ImportRecipe | null;
  /**
   * The data revision the user's preview was checked against. A commit that names one is refused
   * when the data has moved since (an undo, another import), so what lands is what was reviewed.
   */
  checkedAgainst?: number;
}

/** The pipeline's answer for one file, JSON-safe. */
export interface ImportPreview {
  file: {
    name: string;
    size: number;
    sha256: string;
    kind: 'csv' | 'xlsx' | null;
    sheets: string[];
  };
  /** Reader notes (info problems, e.g. a workbook named .csv). */
  notes: ImportProblem[];
  /** The reader's refusal (one error problem), or null when the file was read. */
  readError: ImportProblem | null;
  report: ImportReport | null;
  /** Why this preview cannot be committed as it stands, or null. */
  blocker: CommitBlocker | null;
}

/** A commit either lands as a revision or is refused with the reason (nothing is stored). */
export type ImportCommitResult =
  { status: 'committed'; revision: RevisionInfo } | { status: 'blocked'; blocker: CommitBlocker };

export type SaveTextResult =
  | { status: 'saved'; name: string }
  | { status: 'cancelled' }
  /** No native dialog here (the browser harness): the renderer downloads the file instead. */
  | { status: 'unavailable' };

export type OpenTextResult =
  | { status: 'opened'; name: string; text: string }
  | { status: 'cancelled' }
  | { status: 'unavailable' };

const boundedText = (max: number) => v.pipe(v.string(), v.maxLength(max));
const adcode = v.pipe(
  v.string(),
  v.regex(/^\d{6}$/, 'expected a 6-digit division code'),
  v.transform((code) => code as Adcode),
);
const finite = v.pipe(v.number(), v.finite());
/** A file name as the user sees it: no folders, no control characters. */
const fileName = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(255),
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused.
  v.regex(/^[^/\\\u0000-\u001f]+$/, 'expected a file name without folders'),
);
const base64 = v.pipe(
  v.string(),
  v.maxLength(MAX_IMPORT_BASE64, 'the file is larger than 200 MB'),
  v.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'expected base64'),
);

const row = v.pipe(v.number(), v.integer(), v.minValue(1));
const metric = v.picklist(['total', 'exports', 'imports']);
const fixSchema = v.variant('kind', [
  v.strictObject({
    kind: v.literal('scale'),
    row,
    code: adcode,
    metric,
    factor: finite,
    from: finite,
    to: finite,
  }),
  v.strictObject({ kind: v.literal('accept'), row, code: adcode, metric, value: finite }),
]);

const overridesSchema = v.strictObject({
  sheet: v.optional(boundedText(255)),
  year: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1949), v.maxValue(2100))),
  unit: v.optional(boundedText(40)),
  encoding: v.optional(v.picklist(TEXT_ENCODINGS)),
  map: v.optional(
    v.pipe(
      v.record(boundedText(200), v.picklist(IMPORT_FIELDS)),
      v.check((m) => Object.keys(m).length <= 500, 'at most 500 column overrides'),
    ),
  ),
  layout: v.optional(v.picklist(['wide', 'long'])),
  aliases: v.optional(
    v.pipe(
      v.array(v.strictObject({ alias: v.pipe(boundedText(100), v.minLength(1)), code: adcode })),
      v.maxLength(2000),
    ),
  ),
});

export const revisionIdSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e9));

export const importRequestSchema: v.GenericSchema<unknown, ImportRequest> = v.strictObject({
  file: v.strictObject({ name: fileName, base64 }),
  overrides: overridesSchema,
  fixes: v.pipe(v.array(fixSchema), v.maxLength(5000)),
  recipe: v.nullable(importRecipeSchema),
  checkedAgainst: v.optional(revisionIdSchema),
});

export const saveRecipeSchema = v.strictObject({
  suggestedName: fileName,
  text: boundedText(MAX_RECIPE_TEXT),
});

/** The request's overrides in the pipeline's shape (sheet travels separately). */
export function pipelineOverrides(overrides: ImportRequestOverrides) {
  const { sheet: _sheet, ...rest } = overrides;
  return { ...rest, aliases: overrides.aliases?.map((a) => ({ alias: a.alias, code: a.code })) };
}
