/**
 * The app's lifecycle as a list of explicit setup steps. `startApp` is called once by index.ts;
 * tests call it against a stand-in of the `electron` module (fake-electron.ts).
 */
import { app, BrowserWindow, dialog } from 'electron';
import { createHandlers } from '../handlers';
import { describeError } from '../services/store/io-errors';
import { setupCrashRecovery } from './crash-recovery';
import { createFileDialogs } from './dialogs';
import { setupIpc } from './ipc';
import { appPaths, type AppPaths } from './paths';
import { registerAppScheme, serveRenderer } from './protocol';
import { lockDownContents, lockDownSession } from './security';
import { createMainWindow } from './window';

export function startApp(): void {
  // Tests give each run its own profile folder; must be set before anything reads userData.
  if (process.env.ATLAS_USER_DATA) app.setPath('userData', process.env.ATLAS_USER_DATA);
  registerAppScheme();
  lockDownContents();

  // One instance per profile; other processes (atlas import) are kept apart by the store's lock.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  void app.whenReady().then(async () => {
    let paths: AppPaths | null = null;
    try {
      paths = appPaths();
      await launch(paths);
    } catch (error) {
      showStartupFailure(error, paths);
    }
  });
}

async function launch(paths: AppPaths): Promise<void> {
  lockDownSession();
  serveRenderer(paths.rendererDir);
  let win: BrowserWindow | null = null;
  const dialogs = createFileDialogs(() => win);
  const table = await createHandlers(
    { resourcesDir: paths.resourcesDir, dataDir: paths.dataDir },
    { dialogs, lock: { what: 'the City Trade Atlas app' } },
  );
  const open = () => {
    win = createMainWindow(paths.preloadFile);
    setupCrashRecovery(win);
    return win;
  };
  open();
  setupIpc(table, (wc) => wc === win?.webContents);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) open();
  });
  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
}

/**
 * Nothing could be shown (the data folder is unusable, the bundled data is missing): say why and
 * where, instead of leaving a process with no window.
 */
export function showStartupFailure(error: unknown, paths: AppPaths | null): void {
  const reason = describeError(error, paths?.dataDir ?? '', 'the app');
  const where = paths
    ? `\n\nData folder: ${paths.dataDir}\nBundled data: ${paths.resourcesDir}`
    : '';
  dialog.showErrorBox('City Trade Atlas could not start', `${reason}${where}`);
  app.exit(1);
}
