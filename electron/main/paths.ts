/** The only module that asks Electron for paths; everything else receives them as parameters. */
import { app } from 'electron';
import { join } from 'node:path';

export interface AppPaths {
  rendererDir: string;
  preloadFile: string;
  resourcesDir: string;
  dataDir: string;
  /** `npm run dev`: electron-vite's dev server for the renderer (unpackaged runs only). */
  devRendererUrl: string | null;
}

/** electron-vite sets ELECTRON_RENDERER_URL in dev; a loopback http URL is the only one taken. */
export function devRendererUrl(packaged: boolean, env = process.env): string | null {
  const url = env.ELECTRON_RENDERER_URL;
  if (packaged || !url) return null;
  return /^http:\/\/(localhost|127\.0\.0\.1):\d+\/?$/.test(url) ? url : null;
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
    devRendererUrl: devRendererUrl(app.isPackaged),
  };
}
