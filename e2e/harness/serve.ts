/**
 * `npm run web`: serves the built renderer and the handler table on 127.0.0.1.
 * First line of output is the URL. PORT chooses the port; ATLAS_DATA_DIR the data folder.
 */
import { join, resolve } from 'node:path';
import { createHandlers } from '../../electron/handlers';
import { atlasDataDir } from '../../electron/services/user-data-path';
import { startHarness } from './server';

const repoRoot = resolve(import.meta.dirname, '../..');
const port = process.env.PORT ? Number(process.env.PORT) : 5199;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, got '${process.env.PORT}'`);
  process.exit(2);
}
const table = await createHandlers({
  resourcesDir: join(repoRoot, 'resources'),
  dataDir: process.env.ATLAS_DATA_DIR ?? atlasDataDir(),
});
const harness = await startHarness({ rendererDir: join(repoRoot, 'out/renderer'), table, port });
console.log(harness.url);
console.log('City Trade Atlas (web mode) — open the URL above in a browser; Ctrl+C stops.');
