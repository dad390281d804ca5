// `npm run dev`: electron-vite's dev server with hot reload, in the Electron app — or say clearly
// why it cannot run here and what does (`npm run dev:web`, the same loop in a browser).
import { spawnSync } from 'node:child_process';
import { electronBinary } from './electron-binary.mjs';

if (!electronBinary()) {
  console.error(
    'The Electron binary is not installed on this machine (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1), so the desktop app cannot start here; run `npm run dev:web` for the same hot-reload loop in a browser.',
  );
  process.exit(1);
}
const run = spawnSync('npx', ['electron-vite', 'dev'], { stdio: 'inherit' });
process.exit(run.status ?? 0);
