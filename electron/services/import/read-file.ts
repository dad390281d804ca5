/**
 * A file on disk as the import pipeline reads it: a byte source over an open file handle, read a
 * slice at a time, so a 200 MB CSV is never one buffer in the CLI's memory. The checks and the
 * xlsx reading live in core/import (shared with the renderer's worker).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  DEFAULT_READ_LIMITS,
  readImportSource,
  type ByteSource,
  type ImportProblem,
  type ReadLimits,
  type ReadResult,
  refusal,
} from '../../../core/import';
import type { ImportBytes } from './import-service';

export {
  DEFAULT_READ_LIMITS,
  type ImportFile,
  type ReadErrorCode,
  type ReadLimits,
  type ReadResult,
} from '../../../core/import';

/** sha256 of a file, streamed. */
function sha256OfFile(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/** Slices of a file on disk. The handle is opened per read: nothing is left open on a throw. */
function fileSource(path: string, size: number): ByteSource {
  return {
    size,
    async read(offset, length) {
      const handle = await open(path, 'r');
      try {
        const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
        return new Uint8Array(buffer.buffer, buffer.byteOffset, bytesRead);
      } finally {
        await handle.close();
      }
    },
  };
}

/**
 * Open a table file for import: its size is checked before anything is read, so a 5 GB file chosen
 * by mistake is refused without being loaded.
 */
export async function openImportFile(
  path: string,
  limits: Partial<ReadLimits> = {},
): Promise<{ ok: true; file: ImportBytes } | { ok: false; error: ImportProblem }> {
  const all = { ...DEFAULT_READ_LIMITS, ...limits };
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) return failed(refusal('not_found', { folder: true }));
    size = info.size;
  } catch {
    return failed(refusal('not_found', { folder: false }));
  }
  if (size > all.maxFileBytes)
    return failed(refusal('too_large', { size, limit: all.maxFileBytes }));
  return { ok: true, file: { source: fileSource(path, size), sha256: await sha256OfFile(path) } };
}

const failed = (result: ReadResult): { ok: false; error: ImportProblem } => {
  if (result.ok) throw new Error('not a refusal');
  return { ok: false, error: result.error };
};

/** Read a table file for import (what the pipeline would read), or the reader's refusal. */
export async function readImportFile(
  path: string,
  limits: Partial<ReadLimits> = {},
): Promise<ReadResult> {
  const opened = await openImportFile(path, limits);
  if (!opened.ok)
    return { ok: false, error: opened.error as Extract<ReadResult, { ok: false }>['error'] };
  return readImportSource(opened.file.source, basename(path), limits);
}
