/**
 * Messages between the import wizard and its Web Worker. The worker runs the same core function
 * (core/import `buildImportPreview`) as the main process, so the preview is what a commit stores.
 */
import type { ImportPreview } from '../../core/import-api';
import type { Entity, FigureRecord } from '../../core/model';
import type { ImportSettings, ImportStage, ValueFix } from '../../core/import';

export type { ImportStage } from '../../core/import';

export type WorkerRequest =
  /** The working data to check against; sent again whenever the revision changes. */
  | { type: 'context'; entities: Entity[]; figures: FigureRecord[] }
  /** The file itself (a Blob is read a slice at a time, never copied whole). */
  | { type: 'preview'; id: number; file: Blob; fileName: string; settings: ImportSettings };

export type WorkerReply =
  | { type: 'progress'; id: number; stage: ImportStage; fraction: number }
  | {
      type: 'result';
      id: number;
      preview: ImportPreview;
      /** Accepted fixes the report no longer offers; the wizard forgets them. */
      staleFixes: ValueFix[];
    }
  | { type: 'failed'; id: number; message: string };
