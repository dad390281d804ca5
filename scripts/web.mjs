// `npm run web`: build the app quietly, then serve it on 127.0.0.1 with the browser harness.
// The served URL is the first line this prints (build output is shown only if the build fails).
// `npm run web -- --dev` (`npm run dev:web`): no build; Vite serves the renderer with hot reload
// and passes /api to the same handler table.
import { spawn, spawnSync } from 'node:child_process';

const dev = process.argv.includes('--dev');
if (!dev) {
  const build = spawnSync('npx', ['electron-vite', 'build'], { encoding: 'utf8' });
  if (build.status !== 0) {
    process.stderr.write(build.stdout + build.stderr);
    console.error('The build failed; see the output above.');
    process.exit(build.status ?? 1);
  }
}
const entry = dev ? 'e2e/harness/dev.ts' : 'e2e/harness/serve.ts';
const server = spawn('npx', ['tsx', entry], { stdio: 'inherit' });
server.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
