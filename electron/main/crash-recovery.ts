/**
 * A renderer that dies (out of memory, a GPU fault, a crash) would leave a blank window. The
 * window is reloaded with `?recovered=<reason>` so the app says what happened; a renderer that
 * keeps dying is not reloaded in a loop but reported in a dialog.
 */
import { dialog, type BrowserWindow, type RenderProcessGoneDetails } from 'electron';
import { rendererEntry } from './protocol';

const WINDOW_MS = 60_000;
const MAX_RELOADS = 3;

export function setupCrashRecovery(win: BrowserWindow, now: () => number = Date.now): void {
  const recent: number[] = [];
  win.webContents.on('render-process-gone', (_event, details: RenderProcessGoneDetails) => {
    if (details.reason === 'clean-exit' || win.isDestroyed()) return;
    const t = now();
    while (recent.length && t - recent[0]! > WINDOW_MS) recent.shift();
    recent.push(t);
    if (recent.length > MAX_RELOADS) {
      dialog.showErrorBox(
        'City Trade Atlas keeps stopping',
        `The window's content stopped ${recent.length} times in a minute (${details.reason}, exit code ${details.exitCode}). Your saved data is not affected. Close the app and start it again; if it keeps happening, report it with this message.`,
      );
      return;
    }
    const reason = encodeURIComponent(details.reason);
    void win.loadURL(`${rendererEntry()}?recovered=${reason}`);
  });
}
