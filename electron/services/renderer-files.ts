/**
 * The renderer build served by URL path, for the app:// protocol (Electron) and the browser
 * harness alike: one path check and one MIME table, so the two cannot drift apart. A path that is
 * malformed (`%E0%A4%A`), carries a NUL, leaves the folder after decoding (`..`, `%2e%2e`, an
 * absolute path) or reaches outside it through a symbolic link is refused.
 */
import { realpath } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

// Module scripts and workers are refused without a JavaScript MIME type, so it is set explicitly
// rather than left to whatever the file fetch guesses.
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

export const mimeTypeOf = (file: string): string =>
  MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';

/** The file `pathname` names inside `rendererDir`, or null when it is refused or missing. */
export async function resolveRendererFile(
  rendererDir: string,
  pathname: string,
): Promise<string | null> {
  let rel: string;
  try {
    rel = decodeURIComponent(pathname === '/' || pathname === '' ? '/index.html' : pathname);
  } catch {
    return null;
  }
  if (rel.includes('\0')) return null;
  const root = normalize(rendererDir + sep);
  const file = normalize(join(root, rel));
  if (!file.startsWith(root)) return null;
  // A symbolic link inside the build must not lead outside it.
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
    return realFile.startsWith(normalize(realRoot + sep)) ? file : null;
  } catch {
    return null; // missing
  }
}
