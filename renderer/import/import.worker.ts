/**
 * The import wizard's worker: bytes → preview, off the UI thread. xlsx files are checked by the
 * shared zip guard (core/import), then parsed with read-excel-file's universal build.
 */
import { unzipSync, zipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/universal';
import {
  commitBlocker,
  prepareImport,
  type ImportContext,
  type WorkbookParser,
} from '../../core/import';
import type { ImportStage, WorkerReply, WorkerRequest } from './worker-protocol';

// The DOM lib types `self` as a Window; this is all of the worker scope we use.
const scope = self as unknown as {
  postMessage(message: WorkerReply): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
};

let context: ImportContext = { entities: [], dataset: null };
let current = 0;

const progress = (id: number, stage: ImportStage, fraction: number) =>
  scope.postMessage({ type: 'progress', id, stage, fraction });

/**
 * fflate's async unzip (used inside read-excel-file) starts nested blob: workers for parts over
 * 512 KB. Rather than widen the app's lockdown for them, the (already guarded) parts are
 * re-packed uncompressed, which read-excel-file then reads with plain slices.
 */
function workbookParser(id: number): WorkbookParser {
  return async (bytes) => {
    progress(id, 'unzipping', 0.3);
    const parts = unzipSync(bytes, {
      filter: (f) => f.name.endsWith('.xml') || f.name.endsWith('.rels'),
    });
    const stored = zipSync(parts, { level: 0 });
    progress(id, 'parsing', 0.5);
    const buffer = stored.buffer.slice(
      stored.byteOffset,
      stored.byteOffset + stored.byteLength,
    ) as ArrayBuffer;
    const sheets = (await readXlsxFile(buffer)) as { sheet: string; data: unknown[][] }[];
    progress(id, 'checking', 0.8);
    return sheets;
  };
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function preview(request: Extract<WorkerRequest, { type: 'preview' }>): Promise<void> {
  const { id, fileName, settings } = request;
  const bytes = new Uint8Array(request.bytes);
  progress(id, 'reading', 0.1);
  const sha256 = await sha256Hex(bytes);
  const prepared = await prepareImport(bytes, fileName, settings, context, workbookParser(id));
  scope.postMessage({
    type: 'result',
    id,
    staleFixes: prepared.staleFixes,
    preview: {
      file: {
        name: fileName,
        size: bytes.length,
        sha256,
        kind: prepared.kind,
        sheets: prepared.sheets,
      },
      notes: prepared.notes,
      readError: prepared.readError,
      report: prepared.report,
      // Stale fixes are dropped by the wizard, so they do not block what it shows.
      blocker: commitBlocker({ ...prepared, staleFixes: [] }),
    },
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
