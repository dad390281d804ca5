/**
 * Imports as the main process runs them: every request carries the file's bytes and the user's
 * settings, and the pipeline runs here again on those bytes before anything is committed, so a
 * renderer can never hand the store a layer (or a fix) of its own making.
 */
import { createHash } from 'node:crypto';
import type { RevisionInfo } from '../../../core/api';
import {
  pipelineOverrides,
  type ImportCommitResult,
  type ImportPreview,
  type ImportRequest,
} from '../../../core/import-api';
import {
  addImportToLayer,
  blockerText,
  buildImportPreview,
  bytesSource,
  mergeAliases,
  toUserLayerAdditions,
  type ByteSource,
  type ReadLimits,
} from '../../../core/import';
import type { Adcode } from '../../../core/model';
import type { AtlasStore } from '../store';

export interface ImportServiceOptions {
  now?: () => Date;
  /** Reader limits, for tests of the refusal paths. */
  limits?: Partial<ReadLimits>;
}

/** Everything in a request but the file: what the user set. */
export type ImportChoices = Omit<ImportRequest, 'file'>;

/** A file to import: its bytes by slices, and its checksum (computed by whoever holds it). */
export interface ImportBytes {
  source: ByteSource;
  sha256: string;
}

export interface ImportService {
  preview(request: ImportRequest): Promise<ImportPreview>;
  commit(request: ImportRequest): Promise<ImportCommitResult>;
  /** The same, for a file the caller reads itself (the CLI streams it from disk). */
  previewFile(file: ImportBytes, fileName: string, choices: ImportChoices): Promise<ImportPreview>;
  commitFile(
    file: ImportBytes,
    fileName: string,
    choices: ImportChoices,
  ): Promise<ImportCommitResult>;
  taughtAliases(): { alias: string; code: Adcode }[];
  /** Undo and reset share the import queue: each changes the layer an import builds on. */
  undoTo(id: number): Promise<RevisionInfo>;
  resetToBundled(): Promise<RevisionInfo>;
}

export const sha256Of = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex');

export const decodeBase64 = (base64: string): Uint8Array => {
  const buffer = Buffer.from(base64, 'base64');
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
};

/** Bytes in memory as an import file. */
export const inMemory = (bytes: Uint8Array): ImportBytes => ({
  source: bytesSource(bytes),
  sha256: sha256Of(bytes),
});

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

  const settingsOf = (choices: ImportChoices) => {
    const overrides = pipelineOverrides(choices.overrides);
    // Names taught in earlier imports apply to every later one; this import's own win.
    overrides.aliases = mergeAliases(store.current().layer.aliases, overrides.aliases ?? []);
    return {
      ...(choices.overrides.sheet !== undefined ? { sheet: choices.overrides.sheet } : {}),
      overrides,
      fixes: choices.fixes,
      recipe: choices.recipe,
    };
  };

  function build(file: ImportBytes, fileName: string, choices: ImportChoices) {
    const working = store.workingData();
    return buildImportPreview(
      file.source,
      fileName,
      file.sha256,
      settingsOf(choices),
      { entities: working.reference.entities, dataset: working.dataset },
      { limits: options.limits ?? {} },
    );
  }

  async function previewFile(
    file: ImportBytes,
    fileName: string,
    choices: ImportChoices,
  ): Promise<ImportPreview> {
    return (await build(file, fileName, choices)).preview;
  }

  function commitFile(
    file: ImportBytes,
    fileName: string,
    choices: ImportChoices,
  ): Promise<ImportCommitResult> {
    return serialised(async () => {
      const current = store.current().revision.id;
      const checked = choices.checkedAgainst;
      if (checked !== undefined && checked !== current) {
        return { status: 'blocked', blocker: { code: 'data_changed', checked, current } };
      }
      const { preview, prepared } = await build(file, fileName, choices);
      if (preview.blocker) return { status: 'blocked', blocker: preview.blocker };
      const additions = toUserLayerAdditions(
        prepared.report!.figures,
        { fileName, checksum: file.sha256, importedOn: now().toISOString().slice(0, 10) },
        store.workingData().dataset,
      );
      const accepted = prepared.accepted.map(({ row, code, metric, value }) => ({
        row,
        code,
        metric,
        value,
      }));
      const id = await store.update(
        (current) => addImportToLayer(current, additions, choices.overrides.aliases ?? []),
        {
          summary: `Import ${fileName}`,
          fromFile: { name: fileName, sha256: file.sha256 },
          kind: { type: 'import', file: fileName, accepted },
        },
      );
      return { status: 'committed', revision: infoOf(id) };
    });
  }

  const choicesOf = ({ file: _file, ...choices }: ImportRequest): ImportChoices => choices;

  return {
    preview: (request) =>
      previewFile(
        inMemory(decodeBase64(request.file.base64)),
        request.file.name,
        choicesOf(request),
      ),
    commit: (request) =>
      commitFile(
        inMemory(decodeBase64(request.file.base64)),
        request.file.name,
        choicesOf(request),
      ),
    previewFile,
    commitFile,
    taughtAliases: () => store.current().layer.aliases,
    undoTo: (id) => serialised(async () => infoOf(await store.undoTo(id))),
    resetToBundled: () => serialised(async () => infoOf(await store.resetToBundled())),
  };
}

/** A refused commit in English, for logs and errors that have no reader's language. */
export const blockedMessage = (result: ImportCommitResult, fileName: string): string | null =>
  result.status === 'blocked' ? blockerText(result.blocker, 'en', fileName) : null;
