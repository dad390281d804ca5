/**
 * Moving files in and out of the renderer without Node: bytes → base64 for the contract, a Blob
 * download where there is no native save dialog (the browser harness), and an `<input type=file>`
 * where there is no native open dialog.
 */

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

/** Read a chosen file as UTF-8 text, refusing anything over `maxBytes`. */
export async function readTextFile(file: File, maxBytes: number): Promise<string> {
  if (file.size > maxBytes) throw new Error(`${file.name} is larger than ${maxBytes} bytes`);
  return file.text();
}
