/**
 * Recipes: the mapping a user settled on for one bureau's table, saved as JSON and re-applied to
 * next year's file of the same layout. Years are abstracted to `{year}` in header and sheet
 * patterns, and the year itself is always re-detected from the new file, never stored.
 */
import * as v from 'valibot';
import type { Result } from '../model';
import { IMPORT_FIELDS } from './column-map';
import { makeProblem } from './problems';
import { runImport, type ImportContext, type ImportInput, type RunControl } from './pipeline';
import { normaliseLabel } from '../places';
import type { ImportProblem, ImportReport } from './types';

export const RECIPE_SCHEMA_VERSION = 1;

/** Bounded, because recipes arrive from files and from the renderer: a sane recipe is tiny. */
export const importRecipeSchema = v.object({
  schemaVersion: v.literal(RECIPE_SCHEMA_VERSION),
  layout: v.picklist(['wide', 'long']),
  unit: v.nullable(v.pipe(v.string(), v.maxLength(100))),
  sheetPattern: v.nullable(v.pipe(v.string(), v.maxLength(300))),
  columns: v.pipe(
    v.array(
      v.object({
        headerPattern: v.pipe(v.string(), v.maxLength(1000)),
        letter: v.pipe(v.string(), v.regex(/^[A-Z]{1,3}$/)),
        field: v.picklist(IMPORT_FIELDS),
      }),
    ),
    v.maxLength(2000),
  ),
});

/** A saved mapping. Header patterns are normalised labels with years replaced by `{year}`. */
export type ImportRecipe = v.InferOutput<typeof importRecipeSchema>;

/** Normalised label with 4-digit years abstracted, so "2024年进出口" matches "2025年进出口". */
export const toPattern = (text: string): string =>
  normaliseLabel(text).replace(/(?<!\d)(19|20)\d{2}(?!\d)/g, '{year}');

/** Save what the user confirmed in a report as a recipe. */
export function makeRecipe(report: ImportReport): ImportRecipe {
  return {
    schemaVersion: RECIPE_SCHEMA_VERSION,
    layout: report.layout,
    unit: report.unit,
    sheetPattern: report.sheet === null ? null : toPattern(report.sheet),
    columns: report.mapping.columns
      .filter((c) => c.field !== 'ignore' || c.via === 'override')
      .map((c) => ({ headerPattern: toPattern(c.header), letter: c.letter, field: c.field })),
  };
}

/** Validate recipe JSON (already parsed), with a message naming what is wrong. */
export function parseRecipe(json: unknown): Result<ImportRecipe, string> {
  const result = v.safeParse(importRecipeSchema, json);
  if (result.success) return { ok: true, value: result.output };
  const issue = result.issues[0];
  const path = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
  return {
    ok: false,
    error: `not a valid import recipe${path ? ` (at ${path})` : ''}: ${issue?.message ?? 'unknown problem'}`,
  };
}

/**
 * Import a file with a recipe: pick the sheet by pattern, map columns by header pattern (falling
 * back to the saved letter only for blank headers), and use the saved unit only when the new file
 * states none. A unit that changed is reported, not silently overridden.
 */
export async function runImportWithRecipe(
  input: ImportInput,
  context: ImportContext,
  recipe: ImportRecipe,
  control: RunControl = {},
): Promise<ImportReport> {
  const file = input.fileName;
  const notes: ImportProblem[] = [];
  let sheetName = input.sheetName;
  const sheetNames = input.workbook?.sheets ?? input.sheets?.map((s) => s.name) ?? [];
  if (sheetName === undefined && recipe.sheetPattern !== null) {
    sheetName = sheetNames.find((s) => toPattern(s) === recipe.sheetPattern);
  }
  // The first pass only maps the headers; the head of the file is all it needs to read.
  const first = await runImport(
    { ...input, sheetName, overrides: { ...input.overrides, layout: recipe.layout } },
    context,
    { headOnly: true },
  );
  const map: Record<string, string> = {};
  for (const saved of recipe.columns) {
    const match =
      saved.headerPattern === ''
        ? first.mapping.columns.find((c) => c.letter === saved.letter && c.header === '')
        : first.mapping.columns.find((c) => toPattern(c.header) === saved.headerPattern);
    if (match) map[match.letter] = saved.field;
    else
      notes.push(
        makeProblem(
          'warning',
          'recipe_mismatch',
          { file },
          {
            kind: 'column',
            column: saved.headerPattern || saved.letter,
            field: saved.field,
          },
        ),
      );
  }
  const detectedUnit =
    first.unit !== null && !first.problems.some((p) => p.code.startsWith('unit_'));
  const unit = input.overrides?.unit ?? (detectedUnit ? undefined : (recipe.unit ?? undefined));
  if (detectedUnit && first.unit !== null && recipe.unit !== null && first.unit !== recipe.unit) {
    notes.push(
      makeProblem(
        'warning',
        'recipe_mismatch',
        { file },
        {
          kind: 'unit',
          file: first.unit,
          recipe: recipe.unit,
        },
      ),
    );
  }
  const report = await runImport(
    {
      ...input,
      sheetName,
      overrides: {
        ...input.overrides,
        layout: recipe.layout,
        map: { ...map, ...input.overrides?.map },
        ...(unit !== undefined ? { unit } : {}),
      },
    },
    context,
    control,
  );
  return { ...report, problems: [...report.problems, ...notes] };
}
