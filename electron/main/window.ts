import { BrowserWindow } from 'electron';
import type { WindowState } from '../../core/window-placement';
import { rendererEntry } from './protocol';
import { DEFAULT_WINDOW } from './window-state';

export function createMainWindow(
  preloadFile: string,
  state: WindowState = DEFAULT_WINDOW,
): BrowserWindow {
  const win = new BrowserWindow({
    ...state.bounds,
    minWidth: 960,
    minHeight: 640,
    title: 'City Trade Atlas',
    show: false,
    webPreferences: {
      preload: preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize();
    win.show();
  });
  void win.loadURL(rendererEntry());
  return win;
}
