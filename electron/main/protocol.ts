/**
 * Serves the renderer build from `app://atlas/…` so the page has a real origin: the CSP's 'self'
 * means exactly the app, and every other origin can be refused at the session level.
 */
import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { mimeTypeOf, resolveRendererFile } from '../services/renderer-files';

export const APP_ORIGIN = 'app://atlas';

/** In `npm run dev` the renderer comes from electron-vite's loopback server instead. */
let devOrigin: string | null = null;

export function useDevServer(url: string | null): void {
  devOrigin = url ? new URL(url).origin : null;
}

/** The page the window loads. */
export const rendererEntry = (): string =>
  devOrigin ? `${devOrigin}/` : `${APP_ORIGIN}/index.html`;

/**
 * Whether `url` is the app's own page or file: scheme and host compared exactly (app://atlas, or
 * the dev server and its hot-reload socket in `npm run dev`).
 */
export function isAppOrigin(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (`${parsed.protocol}//${parsed.host}` === APP_ORIGIN) return true;
  if (!devOrigin) return false;
  const dev = new URL(devOrigin);
  return parsed.host === dev.host && (parsed.protocol === 'http:' || parsed.protocol === 'ws:');
}

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle('app', async (request) => {
    const { host, pathname } = new URL(request.url);
    const file = host === 'atlas' ? await resolveRendererFile(rendererDir, pathname) : null;
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    if (!response.ok) return new Response('Not found', { status: 404 });
    return new Response(response.body, {
      status: 200,
      headers: { 'content-type': mimeTypeOf(file) },
    });
  });
}
