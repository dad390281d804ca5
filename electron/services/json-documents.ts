/**
 * The JSON documents a person saves and opens (scenarios, briefings, import recipes), through
 * whatever file dialogs the host offers. One rule for all of them: a document is checked with its
 * own reader before it is written, so a file the app saved always opens again; a refused one
 * says why. Opening hands the text back for the renderer to read, on the same path as its
 * upload fallback, within the kind's size limit.
 */
import type { OpenTextResult, SaveTextResult } from '../../core/import-api';
import { jsonFileName, type FileDialogs, type FileFilter } from './file-dialogs';

export interface JsonDocumentKind {
  /** The kind in a refusal: "The scenario was not saved: …". */
  noun: string;
  filter: FileFilter;
  /** What a suggested name without .json gets: ".scenario.json". */
  suffix: string;
  /** The largest text opened, in bytes. */
  maxText: number;
  /** What is wrong with a text as this kind, in words; null when it reads. */
  problemOf(text: string): string | null;
}

/**
 * A kind from what sets it apart: its noun, its size limit and reader, and the label its file
 * filter shows when the capitalised noun will not do ("scenario" → the filter "Scenario (JSON)").
 * Its files end `.<noun>.json`, as the renderer names them ("US −20%.scenario.json").
 */
export function jsonDocumentKind(kind: {
  noun: string;
  label?: string;
  maxText: number;
  problemOf(text: string): string | null;
}): JsonDocumentKind {
  const { label = kind.noun[0]!.toUpperCase() + kind.noun.slice(1), ...rest } = kind;
  const filter = { name: `${label} (JSON)`, extensions: ['json'] };
  return { ...rest, filter, suffix: `.${kind.noun}.json` };
}

export interface JsonDocumentFiles {
  save(request: { suggestedName: string; text: string }): Promise<SaveTextResult>;
  open(): Promise<OpenTextResult>;
}

export function jsonDocumentFiles(dialogs: FileDialogs, kind: JsonDocumentKind): JsonDocumentFiles {
  return {
    async save(request) {
      const problem = kind.problemOf(request.text);
      if (problem !== null) throw new Error(`The ${kind.noun} was not saved: ${problem}`);
      const name = jsonFileName(request.suggestedName, kind.suffix);
      return dialogs.saveText(name, request.text, kind.filter);
    },
    open: () => dialogs.openText(kind.filter, kind.maxText),
  };
}
