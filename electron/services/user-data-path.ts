/**
 * The app's user-data folder, computed without Electron so the CLI and tests can find it. It
 * matches Electron's `app.getPath('userData')` for productName "City Trade Atlas": Electron's
 * appData folder (XDG_CONFIG_HOME or ~/.config, ~/Library/Application Support, %APPDATA%) plus
 * the product name.
 */
import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';

export const PRODUCT_NAME = 'City Trade Atlas';
/** The store lives in a subfolder so Chromium's own files in userData stay apart from it. */
export const DATA_SUBFOLDER = 'atlas-data';

export interface PlatformContext {
  platform?: NodeJS.Platform;
  env?: Record<string, string | undefined>;
  home?: string;
}

/** Electron's `app.getPath('appData')`. */
export function appDataDir(context: PlatformContext = {}): string {
  const platform = context.platform ?? process.platform;
  const env = context.env ?? process.env;
  const home = context.home ?? homedir();
  if (platform === 'win32') return env.APPDATA || win32.join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return posix.join(home, 'Library', 'Application Support');
  // Chromium's GetXDGDirectory: any non-empty value is used as is (no absolute-path check).
  return env.XDG_CONFIG_HOME || posix.join(home, '.config');
}

/** Electron's `app.getPath('userData')` for this app. */
export function userDataDir(context: PlatformContext = {}): string {
  const path = (context.platform ?? process.platform) === 'win32' ? win32 : posix;
  return path.join(appDataDir(context), PRODUCT_NAME);
}

/** The data store's folder inside the user-data folder. */
export function atlasDataDir(context: PlatformContext = {}): string {
  const path = (context.platform ?? process.platform) === 'win32' ? win32 : posix;
  return path.join(userDataDir(context), DATA_SUBFOLDER);
}
