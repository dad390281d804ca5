/**
 * The wizard's handle on its worker: one preview at a time, progress callbacks, and Cancel,
 * which terminates the worker outright (a synchronous parse cannot be interrupted any other
 * way) and starts a fresh one for the next request. Without Worker support the preview is asked
 * of the main process instead, through the same contract the commit uses.
 */
import type { ImportPreview } from '../../core/import-api';
import type { ImportSettings, ValueFix } from '../../core/import';
import type { Entity, FigureRecord } from '../../core/model';
import { api } from '../api';
import { blobToBase64 } from './file-transfer';
import type { ImportStage, WorkerReply, WorkerRequest } from './worker-protocol';

export class PreviewCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'PreviewCancelled';
  }
}

export interface PreviewOutcome {
  preview: ImportPreview;
  staleFixes: ValueFix[];
}

type Pending = {
  id: number;
  resolve: (outcome: PreviewOutcome) => void;
  reject: (error: Error) => void;
  onProgress: (stage: ImportStage, fraction: number) => void;
};

export class ImportWorkerClient {
  private worker: Worker | null = null;
  private pending: Pending | null = null;
  private nextId = 1;
  private context: Extract<WorkerRequest, { type: 'context' }> | null = null;

  /** The working data previews are checked against (sent to the worker when it changes). */
  setContext(entities: Entity[], figures: FigureRecord[]): void {
    this.context = { type: 'context', entities, figures };
    this.worker?.postMessage(this.context);
  }

  preview(
    file: Blob,
    fileName: string,
    settings: ImportSettings,
    onProgress: Pending['onProgress'],
  ): Promise<PreviewOutcome> {
    this.cancel();
    if (typeof Worker === 'undefined') return this.previewInMain(file, fileName, settings);
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<PreviewOutcome>((resolve, reject) => {
      this.pending = { id, resolve, reject, onProgress };
      // A Blob is passed by reference: the worker reads the slices it needs.
      const message: WorkerRequest = { type: 'preview', id, file, fileName, settings };
      worker.postMessage(message);
    });
  }

  /** Stop the running preview, if any; its promise rejects with PreviewCancelled. */
  cancel(): void {
    if (!this.pending) return;
    this.worker?.terminate();
    this.worker = null;
    const pending = this.pending;
    this.pending = null;
    pending.reject(new PreviewCancelled());
  }

  dispose(): void {
    this.cancel();
    this.worker?.terminate();
    this.worker = null;
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<WorkerReply>) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.fail(event.message || 'the import worker stopped');
    };
    if (this.context) worker.postMessage(this.context);
    this.worker = worker;
    return worker;
  }

  private receive(reply: WorkerReply): void {
    const pending = this.pending;
    if (!pending || reply.id !== pending.id) return;
    if (reply.type === 'progress') return pending.onProgress(reply.stage, reply.fraction);
    this.pending = null;
    if (reply.type === 'result')
      pending.resolve({ preview: reply.preview, staleFixes: reply.staleFixes });
    else pending.reject(new Error(reply.message));
  }

  private fail(message: string): void {
    const pending = this.pending;
    this.pending = null;
    this.worker?.terminate();
    this.worker = null;
    pending?.reject(new Error(message));
  }

  private async previewInMain(
    file: Blob,
    fileName: string,
    settings: ImportSettings,
  ): Promise<PreviewOutcome> {
    const preview = await api.previewImport({
      file: { name: fileName, base64: await blobToBase64(file) },
      overrides: { ...settings.overrides, ...(settings.sheet ? { sheet: settings.sheet } : {}) },
      fixes: [...settings.fixes],
      recipe: settings.recipe,
    });
    return { preview, staleFixes: [] };
  }
}
