import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [vue()],
  test: {
    include: [
      'core/**/*.test.ts',
      'electron/**/*.test.ts',
      'renderer/**/*.test.ts',
      'scripts/**/*.test.ts',
      'cli/**/*.test.ts',
      'eslint/**/*.test.ts',
      'e2e/harness/**/*.test.ts',
    ],
    // Renderer component tests opt into happy-dom with a `// @vitest-environment happy-dom` comment.
    environment: 'node',
    testTimeout: 60_000,
    pool: 'forks',
  },
});
