import { BrowserWindow } from 'electron';
import type { WindowState } from '../../core/window-placement';
import { rendererEntry } from './protocol';
import { DEFAULT_WINDOW } from './window-state';

/** The smallest page the layout is made for (e2e/small-window.spec.ts checks every view at it). */
export const MIN_CONTENT = { width: 960, height: 640 } as const;

export function createMainWindow(
  preloadFile: string,
  state: WindowState = DEFAULT_WINDOW,
): BrowserWindow {
  const win = new BrowserWindow({
    ...state.bounds,
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
  // minWidth/minHeight would count the frame and title bar, leaving a page smaller than the
  // layout's floor on Windows and Linux: the minimum is the page's plus the frame's.
  const [outerWidth, outerHeight] = win.getSize() as [number, number];
  const [innerWidth, innerHeight] = win.getContentSize() as [number, number];
  win.setMinimumSize(
    MIN_CONTENT.width + outerWidth - innerWidth,
    MIN_CONTENT.height + outerHeight - innerHeight,
  );
  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize();
    win.show();
  });
  void win.loadURL(rendererEntry());
  return win;
}
