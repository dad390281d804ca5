/**
 * Saving an export: through the desktop app's save dialog, or as a download in a browser. The
 * bytes travel base64 (IPC and the harness's HTTP carry text alike).
 */
import type { SaveTextResult } from '../../core/import-api';
import type { ExportFormat } from '../../core/print-api';
import { api } from '../api';

const MIME: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
  svg: 'image/svg+xml',
};

function base64Of(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

function download(name: string, bytes: Uint8Array, format: ExportFormat): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: MIME[format] }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves `bytes` as `name`; `saved` once written or downloaded, `cancelled` if the user said no. */
export async function saveExport(
  name: string,
  format: ExportFormat,
  bytes: Uint8Array,
): Promise<SaveTextResult> {
  const r = await api.saveExport({ suggestedName: name, format, base64: base64Of(bytes) });
  if (r.status !== 'unavailable') return r;
  download(name, bytes, format);
  return { status: 'saved', name };
}
