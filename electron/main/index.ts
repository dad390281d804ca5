/** Electron entry: a short list of explicit setup steps; nothing runs at import time elsewhere. */
import { app, BrowserWindow } from 'electron';
import { createHandlers } from '../handlers';
import { createFileDialogs } from './dialogs';
import { setupIpc } from './ipc';
import { appPaths } from './paths';
import { registerAppScheme, serveRenderer } from './protocol';
import { lockDownContents, lockDownSession } from './security';
import { createMainWindow } from './window';

// Tests give each run its own profile folder; must be set before anything reads userData.
if (process.env.ATLAS_USER_DATA) app.setPath('userData', process.env.ATLAS_USER_DATA);
registerAppScheme();
lockDownContents();

// One instance per profile: two processes committing revisions to one data folder could race.
if (!app.requestSingleInstanceLock()) app.quit();
else void app.whenReady().then(start);

async function start(): Promise<void> {
  const paths = appPaths();
  lockDownSession();
  serveRenderer(paths.rendererDir);
  let win: BrowserWindow | null = null;
  const dialogs = createFileDialogs(() => win);
  const table = await createHandlers(
    { resourcesDir: paths.resourcesDir, dataDir: paths.dataDir },
    { dialogs },
  );
  win = createMainWindow(paths.preloadFile);
  setupIpc(table, (wc) => wc === win?.webContents);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) win = createMainWindow(paths.preloadFile);
  });
  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
