/**
 * Saving and opening import recipes through whatever file dialogs the host offers. A recipe is
 * checked before it is written, so a file saved by the app always opens again.
 */
import {
  MAX_RECIPE_TEXT,
  type OpenTextResult,
  type SaveTextResult,
} from '../../../core/import-api';
import { parseRecipe } from '../../../core/import';
import type { FileDialogs, FileFilter } from '../file-dialogs';

const RECIPE_FILTER: FileFilter = { name: 'Import recipe (JSON)', extensions: ['json'] };

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

export async function saveRecipeText(
  dialogs: FileDialogs,
  request: { suggestedName: string; text: string },
): Promise<SaveTextResult> {
  const problem = recipeTextProblem(request.text);
  if (problem) throw new Error(`The recipe was not saved: ${problem}`);
  const name = request.suggestedName.toLowerCase().endsWith('.json')
    ? request.suggestedName
    : `${request.suggestedName}.json`;
  return dialogs.saveText(name, request.text, RECIPE_FILTER);
}

export function openRecipeText(dialogs: FileDialogs): Promise<OpenTextResult> {
  // The renderer parses what comes back (the same code path as its upload fallback).
  return dialogs.openText(RECIPE_FILTER, MAX_RECIPE_TEXT);
}
