/**
 * The main window's size, position and maximised state, kept in `window-state.json` in the
 * user-data folder and restored at start (moved back onto a screen if it would open off every
 * screen). The last open view is kept with the settings by the renderer.
 */
import { screen, type BrowserWindow } from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseWindowState, placeOnScreen, type WindowState } from '../../core/window-placement';
import { writeFileAtomic } from '../services/store';

export const DEFAULT_WINDOW: WindowState = {
  bounds: { x: 80, y: 60, width: 1360, height: 880 },
  maximized: false,
};

export const windowStateFile = (userDataDir: string) => join(userDataDir, 'window-state.json');

/** The state to open with: the saved one placed on a current screen, or the default. */
export async function loadWindowState(file: string): Promise<WindowState> {
  let saved: WindowState | null = null;
  try {
    saved = parseWindowState(JSON.parse(await readFile(file, 'utf8')));
  } catch {
    // missing or damaged: the default size, nothing to tell the user
  }
  const state = saved ?? DEFAULT_WINDOW;
  const screens = screen.getAllDisplays().map((d) => d.workArea);
  const primary = screen.getPrimaryDisplay().workArea;
  // The primary screen first: an off-screen window is moved back onto it.
  const ordered = [primary, ...screens.filter((s) => s !== primary)];
  return { ...state, bounds: placeOnScreen(state.bounds, ordered) };
}

export async function saveWindowState(file: string, win: BrowserWindow): Promise<void> {
  const state: WindowState = {
    // The size to come back to when un-maximised, not the maximised one.
    bounds: win.getNormalBounds(),
    maximized: win.isMaximized(),
  };
  await writeFileAtomic(file, `${JSON.stringify(state)}\n`, { overwrite: true });
}

/** Save the state whenever the window is moved, resized or closed (debounced). */
export function trackWindowState(file: string, win: BrowserWindow): void {
  let timer: NodeJS.Timeout | null = null;
  const later = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void saveWindowState(file, win).catch(() => undefined), 500);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const)
    win.on(event as 'resize', later);
  win.on('close', () => {
    if (timer) clearTimeout(timer);
    void saveWindowState(file, win).catch(() => undefined);
  });
}
