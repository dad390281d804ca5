/**
 * The renderer's one seam to the main process. In Electron the preload provides `window.atlas`;
 * in the browser harness the same methods travel as `POST /api/<method>` to the same handler table.
 */
import type { AtlasApi } from '../core/api';
import { API_METHODS } from '../core/api-methods';
import { httpCall, RemoteError } from './remote-call';

export { RemoteError };

function httpTransport(): AtlasApi {
  return Object.fromEntries(
    API_METHODS.map((m) => [m, (...args: unknown[]) => httpCall(m, args)]),
  ) as unknown as AtlasApi;
}

export const api: AtlasApi = window.atlas ?? httpTransport();
export const transport: 'ipc' | 'http' = window.atlas ? 'ipc' : 'http';
