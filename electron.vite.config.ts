import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import vue from '@vitejs/plugin-vue';

const root = dirname(fileURLToPath(import.meta.url));
/**
 * core/data's index re-exports its unit tests' synthetic world (ranking-fixture.ts), built by a
 * module-level call: unused by the app and its workers, it ran at every start-up.
 */
const treeshake = { manualPureFunctions: ['synthCities'] };

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(root, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can only require('electron'): bundle everything into one CJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [vue()],
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves the renderer unminified; minified, the start-up JS is a third.
      // ATLAS_NO_MINIFY=1 keeps names readable for a CPU profile (scripts/bench/profile-load.ts).
      minify: !process.env.ATLAS_NO_MINIFY,
      rollupOptions: {
        input: { index: resolve(root, 'renderer/index.html') },
        treeshake,
      },
      chunkSizeWarningLimit: 1500,
      // Never inline assets as data: URLs — the CSP allows fonts and scripts from 'self' only.
      assetsInlineLimit: 0,
    },
    worker: { format: 'es', rollupOptions: { treeshake } },
  },
});
