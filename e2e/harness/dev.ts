/**
 * `npm run dev:web`: Vite serves the renderer from source with hot reload, and passes `/api/*` to
 * the harness (the same handler table as the app) on another loopback port. First line of output
 * is the URL. PORT chooses the port (default 5199); ATLAS_DATA_DIR the data folder.
 */
import vue from '@vitejs/plugin-vue';
import { join, resolve } from 'node:path';
import { createServer, type Plugin } from 'vite';
import { createHandlers } from '../../electron/handlers';
import { atlasDataDir } from '../../electron/services/user-data-path';
import { startHarness } from './server';

const repoRoot = resolve(import.meta.dirname, '../..');
const port = process.env.PORT ? Number(process.env.PORT) : 5199;

/**
 * Vite's dev client injects component styles as <style> elements and talks over a websocket;
 * only in dev does the page's CSP allow them. The production build keeps the strict policy.
 */
const devCsp: Plugin = {
  name: 'atlas-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html
      .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
      .replace("connect-src 'self'", "connect-src 'self' ws:"),
};

const table = await createHandlers({
  resourcesDir: join(repoRoot, 'resources'),
  dataDir: process.env.ATLAS_DATA_DIR ?? atlasDataDir(),
});
const api = await startHarness({ rendererDir: join(repoRoot, 'out/renderer'), table });
const vite = await createServer({
  configFile: false,
  root: join(repoRoot, 'renderer'),
  plugins: [vue(), devCsp],
  server: {
    host: '127.0.0.1',
    port,
    strictPort: true,
    proxy: {
      // Only the API: renderer/api.ts itself is served by Vite as /api.ts.
      '^/api/': {
        target: api.url,
        changeOrigin: true,
        // The harness refuses cross-origin calls; this one is ours, relayed by Vite.
        configure: (proxy) => proxy.on('proxyReq', (req) => req.removeHeader('origin')),
      },
    },
  },
});
await vite.listen();
console.log(`http://127.0.0.1:${port}/`);
console.log(
  'City Trade Atlas (web, hot reload) — edit renderer/ and the page updates; Ctrl+C stops.',
);
