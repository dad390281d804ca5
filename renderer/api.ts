/**
 * The renderer's one seam to the main process. In Electron the preload provides `window.atlas`;
 * in the browser harness the same methods travel as `POST /api/<method>` to the same handler table.
 */
import { API_METHODS, type AtlasApi } from '../core/api';

type Envelope =
  { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

export class RemoteError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RemoteError';
  }
}

function httpTransport(): AtlasApi {
  const call = async (method: string, args: unknown[]): Promise<unknown> => {
    const res = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(args),
    });
    if (!res.ok) throw new RemoteError('failed', `${method}: HTTP ${res.status}`);
    const reply = (await res.json()) as Envelope;
    if (reply.ok) return reply.value;
    throw new RemoteError(reply.error.code, reply.error.message);
  };
  return Object.fromEntries(
    API_METHODS.map((m) => [m, (...args: unknown[]) => call(m, args)]),
  ) as unknown as AtlasApi;
}

export const api: AtlasApi = window.atlas ?? httpTransport();
export const transport: 'ipc' | 'http' = window.atlas ? 'ipc' : 'http';
