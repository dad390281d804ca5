// Bundles the `atlas` CLI into one Node ESM file (out/cli/atlas.mjs) so the package bin needs no
// TypeScript loader. `npm run atlas` uses tsx on the sources instead.
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: 'cli/main.ts',
    outDir: 'out/cli',
    target: 'node20',
    emptyOutDir: true,
    rollupOptions: { output: { entryFileNames: 'atlas.mjs', format: 'es' } },
  },
});
