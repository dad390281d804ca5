/**
 * The only caller of `ipcMain.handle`. Each contract method gets its own channel; a call is
 * accepted only from the app's own window and its arguments are validated (electron/dispatch.ts)
 * before the handler runs. Errors travel back as data so the renderer gets a code and a message.
 */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { API_METHODS, channelOf, type HandlerTable } from '../../core/api';
import { createDispatch, toErrorPayload } from '../dispatch';
import { isAppOrigin } from './protocol';

export function setupIpc(table: HandlerTable, isAppContents: (wc: WebContents) => boolean): void {
  const dispatch = createDispatch(table);
  for (const method of API_METHODS) {
    ipcMain.handle(channelOf(method), async (event: IpcMainInvokeEvent, args: unknown) => {
      if (!isAppContents(event.sender) || !isAppFrame(event)) {
        return { ok: false, error: { code: 'forbidden', message: 'Sender is not the app window' } };
      }
      try {
        return { ok: true, value: await dispatch(method, args) };
      } catch (e) {
        return { ok: false, error: toErrorPayload(e) };
      }
    });
  }
}

/** The frame that sent the call shows the app itself: scheme and host pinned (protocol.ts). */
export const isAppFrameUrl = (url: string): boolean => isAppOrigin(url);

function isAppFrame(event: IpcMainInvokeEvent): boolean {
  return isAppFrameUrl(event.senderFrame?.url ?? '');
}
