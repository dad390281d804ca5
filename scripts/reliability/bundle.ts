/**
 * Bundles a TypeScript entry into one self-contained .mjs with vite, so a child process started
 * hundreds of times pays only Node's start-up (~80 ms), not a TypeScript transform each time.
 */
import { join, resolve } from 'node:path';
import { build } from 'vite';

const repoRoot = resolve(import.meta.dirname, '../..');

/** Returns the path of `outDir/<name>.mjs`. */
export async function bundleForNode(entry: string, outDir: string, name: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'silent',
    root: repoRoot,
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: false,
      minify: false,
      target: 'node20',
      rolldownOptions: { output: { entryFileNames: `${name}.mjs`, format: 'es' } },
    },
    ssr: { noExternal: true }, // one file: no node_modules lookup from a temp folder
  });
  return join(outDir, `${name}.mjs`);
}
