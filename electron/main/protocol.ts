/**
 * Serves the renderer build from `app://atlas/…` so the page has a real origin: the CSP's 'self'
 * means exactly the app, and every other origin can be refused at the session level.
 */
import { net, protocol } from 'electron';
import { extname, normalize, join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

export const APP_ORIGIN = 'app://atlas';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

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
};

export function serveRenderer(rendererDir: string): void {
  const root = normalize(rendererDir + sep);
  protocol.handle('app', async (request) => {
    const { host, pathname } = new URL(request.url);
    const file = normalize(
      join(root, decodeURIComponent(pathname === '/' ? '/index.html' : pathname)),
    );
    if (host !== 'atlas' || !file.startsWith(root))
      return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    if (!response.ok) return new Response('Not found', { status: 404 });
    const type = MIME[extname(file)] ?? 'application/octet-stream';
    return new Response(response.body, { status: 200, headers: { 'content-type': type } });
  });
}
