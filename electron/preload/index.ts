/**
 * Exposes exactly the contract's methods as `window.atlas.<method>(...)`, each one an
 * `ipcRenderer.invoke` on its own channel. No generic send/invoke is exposed.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { API_METHODS, channelOf, type AtlasApi } from '../../core/api';

const api = Object.fromEntries(
  API_METHODS.map((method) => [
    method,
    async (...args: unknown[]) => {
      const reply = (await ipcRenderer.invoke(channelOf(method), args)) as
        { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };
      if (reply.ok) return reply.value;
      const e = new Error(reply.error.message);
      e.name = `ApiError:${reply.error.code}`;
      throw e;
    },
  ]),
) as unknown as AtlasApi;

contextBridge.exposeInMainWorld('atlas', api);
