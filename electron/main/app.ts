/**
 * The app's lifecycle as a list of explicit setup steps. `startApp` is called once by index.ts;
 * tests call it against a stand-in of the `electron` module (fake-electron.ts).
 */
import { app, BrowserWindow, dialog, Menu, nativeTheme, shell } from 'electron';
import { dirname } from 'node:path';
import { MENU_ACTION_CHANNEL } from '../../core/actions';
import { DEFAULT_SETTINGS, type Settings } from '../../core/app-api';
import { createHandlers } from '../handlers';
import { describeError } from '../services/store';
import { setupCrashRecovery } from './crash-recovery';
import { createFileDialogs } from './dialogs';
import { setupIpc } from './ipc';
import { menuTemplate } from './menu';
import { createPrinter } from './printing';
import { appPaths, type AppPaths } from './paths';
import { registerAppScheme, serveRenderer, useDevServer } from './protocol';
import { lockDownContents, lockDownSession } from './security';
import { createMainWindow } from './window';
import { loadWindowState, trackWindowState, windowStateFile } from './window-state';

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
  useDevServer(paths.devRendererUrl);
  lockDownSession();
  serveRenderer(paths.rendererDir);
  const userDataDir = dirname(paths.dataDir);
  let win: BrowserWindow | null = null;
  let settings: Settings = DEFAULT_SETTINGS;
  const send = (id: string, arg?: string) => win?.webContents.send(MENU_ACTION_CHANNEL, id, arg);

  const table = await createHandlers(
    { resourcesDir: paths.resourcesDir, dataDir: paths.dataDir, userDataDir },
    {
      dialogs: createFileDialogs(() => win),
      lock: { what: 'the City Trade Atlas app' },
      showFolder: (dir) => void shell.openPath(dir),
      versions: {
        app: app.getVersion(),
        electron: process.versions.electron,
        chrome: process.versions.chrome,
      },
      onSettingsSaved: (next) => {
        settings = next;
        applySettings();
      },
      onRecentChanged: () => void refreshMenu(),
      printer: createPrinter(() => win),
    },
  );

  async function refreshMenu(): Promise<void> {
    const recent = await table.listRecentFiles();
    const template = menuTemplate({
      locale: settings.locale,
      platform: process.platform,
      appName: app.getName(),
      recent,
      send,
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }
  function applySettings(): void {
    nativeTheme.themeSource = settings.theme;
    void refreshMenu();
  }
  // Read through the handlers: they keep the notice of a damaged file for the settings screen.
  settings = (await table.getSettings()).settings;
  applySettings();

  const stateFile = windowStateFile(userDataDir);
  const open = async () => {
    win = createMainWindow(paths.preloadFile, await loadWindowState(stateFile));
    trackWindowState(stateFile, win);
    setupCrashRecovery(win);
    return win;
  };
  await open();
  setupIpc(table, (wc) => wc === win?.webContents);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void open();
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
