// `npm start`: build, then launch the Electron app — or say clearly why it cannot run here.
import { spawnSync } from 'node:child_process';
import { electronBinary } from './electron-binary.mjs';

const bin = electronBinary();
if (!bin) {
  console.error(
    'The Electron binary is not installed on this machine (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1), so the desktop app cannot start here; run `npm run web` to use the app in a browser instead.',
  );
  process.exit(1);
}
const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync(bin, ['.'], { stdio: 'inherit' });
process.exit(run.status ?? 0);
