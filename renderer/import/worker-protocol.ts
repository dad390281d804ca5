/**
 * Messages between the import wizard and its Web Worker. The worker runs the same pure pipeline
 * (core/import `prepareImport`) as the main process, so the preview is what a commit will store.
 */
import type { ImportPreview } from '../../core/import-api';
import type { Entity, FigureRecord } from '../../core/model';
import type { FixDescriptor, ImportSettings } from '../../core/import';

export type WorkerRequest =
  /** The working data to check against; sent again whenever the revision changes. */
  | { type: 'context'; entities: Entity[]; figures: FigureRecord[] }
  | { type: 'preview'; id: number; bytes: ArrayBuffer; fileName: string; settings: ImportSettings };

export type ImportStage = 'reading' | 'unzipping' | 'parsing' | 'checking';

export type WorkerReply =
  | { type: 'progress'; id: number; stage: ImportStage; fraction: number }
  | {
      type: 'result';
      id: number;
      preview: ImportPreview;
      /** Accepted fixes the report no longer offers; the wizard forgets them. */
      staleFixes: FixDescriptor[];
    }
  | { type: 'failed'; id: number; message: string };
