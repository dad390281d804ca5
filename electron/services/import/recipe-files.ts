/**
 * Import recipes as a JSON document kind (json-documents.ts): checked with the recipe reader
 * before they are written, so a file the app saved always opens again.
 */
import { MAX_RECIPE_TEXT } from '../../../core/import-api';
import { parseRecipe } from '../../../core/import';
import { jsonDocumentKind } from '../json-documents';

/** JSON text → the problem with it as a recipe, or null when it is one. */
export function recipeTextProblem(text: string): string | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return `not JSON: ${(error as Error).message}`;
  }
  const parsed = parseRecipe(json);
  return parsed.ok ? null : parsed.error;
}

export const RECIPE_DOCUMENT = jsonDocumentKind({
  noun: 'recipe',
  label: 'Import recipe',
  maxText: MAX_RECIPE_TEXT,
  problemOf: recipeTextProblem,
});
