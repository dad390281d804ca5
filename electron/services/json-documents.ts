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
