/**
 * The import wizard's worker: file → preview, off the UI thread, with progress as the file is
 * read. It runs core/import's `buildImportPreview`, the function the main process runs too.
 */
import { buildImportPreview, type ImportContext } from '../../core/import';
import { blobSource, sha256OfBlob } from './blob-source';
import type { ImportStage, WorkerReply, WorkerRequest } from './worker-protocol';

// The DOM lib types `self` as a Window; this is all of the worker scope we use.
const scope = self as unknown as {
  postMessage(message: WorkerReply): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
};

let context: ImportContext = { entities: [], dataset: null };
let current = 0;

async function preview(request: Extract<WorkerRequest, { type: 'preview' }>): Promise<void> {
  const { id, file, fileName, settings } = request;
  let sent = -1;
  // Messages are posted while the pipeline runs; the wizard's bar moves as the file is read.
  const progress = (stage: ImportStage, fraction: number) => {
    const step = Math.floor(fraction * 100);
    if (step === sent) return;
    sent = step;
    scope.postMessage({ type: 'progress', id, stage, fraction });
  };
  progress('reading', 0);
  const sha256 = await sha256OfBlob(file);
  const built = await buildImportPreview(blobSource(file), fileName, sha256, settings, context, {
    control: { onProgress: progress },
    forgetStale: true,
  });
  scope.postMessage({
    type: 'result',
    id,
    staleFixes: built.prepared.staleFixes,
    preview: built.preview,
  });
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'context') {
    context = { entities: message.entities, dataset: { figures: message.figures } };
    return;
  }
  current = message.id;
  preview(message).catch((error: unknown) => {
    if (message.id !== current) return;
    const text = error instanceof Error ? error.message : String(error);
    scope.postMessage({ type: 'failed', id: message.id, message: text });
  });
};
