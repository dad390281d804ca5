/**
 * Moving files in and out of the renderer without Node: bytes → base64 for the contract, a Blob
 * download where there is no native save dialog (the browser harness), and an `<input type=file>`
 * where there is no native open dialog.
 */
import type { SaveTextResult } from '../../core/import-api';

/** A file → base64, by the browser's own encoder (FileReader), which does not block the page. */
export function blobToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('could not read the file'));
    reader.readAsDataURL(file);
  });
}

/** Offer `text` as a download named `fileName`. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download synchronously; the URL can go once the event has run.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** How a text file was saved: through the native dialog, as a download (no dialog here), or not. */
export type TextSaveOutcome =
  | { status: 'saved' | 'downloaded'; name: string }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

/** Saves `text` through a native save dialog, or offers it as a download where there is none. */
export async function saveText(
  name: string,
  text: string,
  nativeSave: (request: { suggestedName: string; text: string }) => Promise<SaveTextResult>,
): Promise<TextSaveOutcome> {
  let result: SaveTextResult;
  try {
    result = await nativeSave({ suggestedName: name, text });
  } catch (e) {
    return { status: 'error', message: e instanceof Error ? e.message : String(e) };
  }
  if (result.status !== 'unavailable') return result;
  downloadText(name, text);
  return { status: 'downloaded', name };
}

/** Read a chosen file as UTF-8 text, refusing anything over `maxBytes`. */
export async function readTextFile(file: File, maxBytes: number): Promise<string> {
  if (file.size > maxBytes) throw new Error(`${file.name} is larger than ${maxBytes} bytes`);
  return file.text();
}
