/**
 * The browser harness: serves the renderer build and the *same* handler table over loopback HTTP,
 * standing where IPC stands in Electron. `POST /api/<method>` with a JSON array of arguments
 * answers `{ ok, value }` or `{ ok: false, error }` — the same envelope the preload unwraps.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { HandlerTable } from '../../core/api';
import { createDispatch, toErrorPayload } from '../../electron/dispatch';
import { mimeTypeOf, resolveRendererFile } from '../../electron/services/renderer-files';

// An import request carries a file of up to 200 MB as base64 (core/import-api.ts allows 280 MB).
const MAX_BODY = 300 * 1024 * 1024;

export interface Harness {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export async function startHarness(opts: {
  rendererDir: string;
  table: HandlerTable;
  port?: number;
}): Promise<Harness> {
  const dispatch = createDispatch(opts.table);
  let origin = '';

  const server = createServer((req, res) => {
    // A body the handler did not read (a 405, a 404) is drained, so the connection stays usable.
    res.on('finish', () => req.resume());
    // Never echo an exception to the client; a failure here is a harness bug, logged for its owner.
    void handle(req, res).catch((e: unknown) => {
      console.error('harness:', e);
      if (!res.headersSent) send(res, 500, 'text/plain', 'Internal error');
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Loopback only, and only under our own host name: refuses DNS-rebinding style requests.
    if (req.headers.host !== new URL(origin).host) return send(res, 421, 'text/plain', 'Bad host');
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', origin).pathname;
    } catch {
      return send(res, 400, 'text/plain', 'Bad request');
    }
    if (pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, 'text/plain', 'POST only');
      if (req.headers.origin && req.headers.origin !== origin) {
        return send(res, 403, 'text/plain', 'Cross-origin call refused');
      }
      const body = await readBody(req).catch(() => null);
      if (body === null) return send(res, 413, 'text/plain', 'Request body too large');
      let reply: unknown;
      try {
        const args: unknown = body.length ? JSON.parse(body) : [];
        reply = { ok: true, value: await dispatch(pathname.slice(5), args) };
      } catch (e) {
        reply = { ok: false, error: toErrorPayload(e) };
      }
      return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(reply));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'text/plain', 'GET only');
    const file = await resolveRendererFile(opts.rendererDir, pathname);
    if (!file) return send(res, 404, 'text/plain', 'Not found');
    try {
      send(res, 200, mimeTypeOf(file), await readFile(file));
    } catch {
      send(res, 404, 'text/plain', 'Not found');
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('Harness failed to bind');
  origin = `http://127.0.0.1:${address.port}`;
  return {
    url: `${origin}/`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('Request body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
