/**
 * Serves the renderer build from `app://atlas/…` so the page has a real origin: the CSP's 'self'
 * means exactly the app, and every other origin can be refused at the session level.
 */
import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { mimeTypeOf, resolveRendererFile } from '../services/renderer-files';

export const APP_ORIGIN = 'app://atlas';

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
