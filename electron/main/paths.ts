/** The only module that asks Electron for paths; everything else receives them as parameters. */
import { app } from 'electron';
import { join } from 'node:path';

export interface AppPaths {
  rendererDir: string;
  preloadFile: string;
  resourcesDir: string;
  dataDir: string;
}

export function appPaths(): AppPaths {
  // out/main/index.js → out/renderer, out/preload; resources/ sits beside out/ in the app root
  // (inside app.asar when packaged, where electron-builder also copies it).
  const outDir = join(import.meta.dirname, '..');
  const appRoot = join(outDir, '..');
  return {
    rendererDir: join(outDir, 'renderer'),
    preloadFile: join(outDir, 'preload', 'index.cjs'),
    resourcesDir: app.isPackaged
      ? join(process.resourcesPath, 'resources')
      : join(appRoot, 'resources'),
    dataDir: join(app.getPath('userData'), 'atlas-data'),
  };
}
