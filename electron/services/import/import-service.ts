/**
 * Imports as the main process runs them: every request carries the file's bytes and the user's
 * settings, and the pipeline runs here again on those bytes before anything is committed, so a
 * renderer can never hand the store a layer (or a fix) of its own making.
 */
import { createHash } from 'node:crypto';
import type { RevisionInfo } from '../../../core/api';
import {
  pipelineOverrides,
  type ImportPreview,
  type ImportRequest,
} from '../../../core/import-api';
import {
  addImportToLayer,
  commitBlocker,
  mergeAliases,
  prepareImport,
  toUserLayerAdditions,
  type PreparedImport,
  type ReadLimits,
} from '../../../core/import';
import type { Adcode } from '../../../core/model';
import type { AtlasStore } from '../store';
import { parseWorkbookInNode } from './read-file';

export interface ImportServiceOptions {
  now?: () => Date;
  /** Reader limits, for tests of the refusal paths. */
  limits?: Partial<ReadLimits>;
}

/** Everything in a request but the file: what the user set. */
export type ImportChoices = Omit<ImportRequest, 'file'>;

export interface ImportService {
  preview(request: ImportRequest): Promise<ImportPreview>;
  commit(request: ImportRequest): Promise<RevisionInfo>;
  /** The same, for bytes already in memory (the CLI reads the file itself). */
  previewBytes(bytes: Uint8Array, fileName: string, choices: ImportChoices): Promise<ImportPreview>;
  commitBytes(bytes: Uint8Array, fileName: string, choices: ImportChoices): Promise<RevisionInfo>;
  taughtAliases(): { alias: string; code: Adcode }[];
  /** Undo and reset share the import queue: each changes the layer an import builds on. */
  undoTo(id: number): Promise<RevisionInfo>;
  resetToBundled(): Promise<RevisionInfo>;
}

/** A commit the store was never asked to make; the message says what to fix. */
export class ImportRejectedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportRejectedError';
  }
}

export const sha256Of = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex');

export const decodeBase64 = (base64: string): Uint8Array => {
  const buffer = Buffer.from(base64, 'base64');
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
};

export function createImportService(
  store: AtlasStore,
  options: ImportServiceOptions = {},
): ImportService {
  const now = options.now ?? (() => new Date());
  // Reading the current layer and committing on top of it must not interleave with another
  // import, or the second commit would drop the first one's figures.
  let queue: Promise<unknown> = Promise.resolve();
  const serialised = <T>(task: () => Promise<T>): Promise<T> => {
    const result = queue.then(task);
    queue = result.catch(() => undefined);
    return result;
  };

  const infoOf = (id: number): RevisionInfo => store.listRevisions().find((r) => r.id === id)!;

  async function run(
    bytes: Uint8Array,
    fileName: string,
    choices: ImportChoices,
  ): Promise<PreparedImport> {
    const working = store.workingData();
    const overrides = pipelineOverrides(choices.overrides);
    // Names taught in earlier imports apply to every later one; this import's own win.
    overrides.aliases = mergeAliases(store.current().layer.aliases, overrides.aliases ?? []);
    return prepareImport(
      bytes,
      fileName,
      {
        ...(choices.overrides.sheet !== undefined ? { sheet: choices.overrides.sheet } : {}),
        overrides,
        fixes: choices.fixes,
        recipe: choices.recipe,
      },
      { entities: working.reference.entities, dataset: working.dataset },
      parseWorkbookInNode,
      options.limits,
    );
  }

  async function previewBytes(
    bytes: Uint8Array,
    fileName: string,
    choices: ImportChoices,
  ): Promise<ImportPreview> {
    const prepared = await run(bytes, fileName, choices);
    return {
      file: {
        name: fileName,
        size: bytes.length,
        sha256: sha256Of(bytes),
        kind: prepared.kind,
        sheets: prepared.sheets,
      },
      notes: prepared.notes,
      readError: prepared.readError,
      report: prepared.report,
      blocker: commitBlocker(prepared),
    };
  }

  function commitBytes(
    bytes: Uint8Array,
    fileName: string,
    choices: ImportChoices,
  ): Promise<RevisionInfo> {
    return serialised(async () => {
      const prepared = await run(bytes, fileName, choices);
      const blocker = commitBlocker(prepared);
      if (blocker) throw new ImportRejectedError(blocker);
      const sha256 = sha256Of(bytes);
      const additions = toUserLayerAdditions(prepared.report!.figures, {
        fileName,
        checksum: sha256,
        importedOn: now().toISOString().slice(0, 10),
      });
      const id = await store.update(
        (current) => addImportToLayer(current, additions, choices.overrides.aliases ?? []),
        { summary: `Import ${fileName}`, fromFile: { name: fileName, sha256 } },
      );
      return infoOf(id);
    });
  }

  const choicesOf = ({ file: _file, ...choices }: ImportRequest): ImportChoices => choices;

  return {
    preview: (request) =>
      previewBytes(decodeBase64(request.file.base64), request.file.name, choicesOf(request)),
    commit: (request) =>
      commitBytes(decodeBase64(request.file.base64), request.file.name, choicesOf(request)),
    previewBytes,
    commitBytes,
    taughtAliases: () => store.current().layer.aliases,
    undoTo: (id) => serialised(async () => infoOf(await store.undoTo(id))),
    resetToBundled: () => serialised(async () => infoOf(await store.resetToBundled())),
  };
}
