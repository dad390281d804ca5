/**
 * Exposes exactly the contract's methods as `window.atlas.<method>(...)`, each one an
 * `ipcRenderer.invoke` on its own channel, and `window.atlasMenu.onAction`, which delivers the
 * application menu's clicks (registry action ids only). No generic send/invoke is exposed.
 */
import { contextBridge, ipcRenderer } from 'electron';
import {
  actionById,
  MENU_ACTION_CHANNEL,
  OPEN_RECENT_ACTION,
  type MenuBridge,
} from '../../core/actions';
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

const menu: MenuBridge = {
  onAction(callback) {
    ipcRenderer.on(MENU_ACTION_CHANNEL, (_event, id: unknown, arg: unknown) => {
      if (typeof id !== 'string' || (id !== OPEN_RECENT_ACTION && !actionById(id))) return;
      callback(id, typeof arg === 'string' ? arg : undefined);
    });
  },
};
contextBridge.exposeInMainWorld('atlasMenu', menu);
