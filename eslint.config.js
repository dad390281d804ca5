// ESLint flat config. The import rules enforce the layering in ARCHITECTURE.md:
// core/ imports no platform or framework; the renderer never touches electron or node:*;
// services never import electron (they run under plain Node in tests and in the CLI).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import pluginVue from 'eslint-plugin-vue';
import globals from 'globals';
import { builtinModules } from 'node:module';
import layers from './eslint/layers.js';

const nodeBuiltins = builtinModules.flatMap((m) => [m, `${m}/*`]);
const platformImports = ['node:*', ...nodeBuiltins];
const electronImport = { regex: '^electron(/.*)?$', message: 'No Electron here.' };
const frameworkImports = [
  'vue',
  'vue-*',
  '@vue/*',
  'pinia',
  'echarts',
  'echarts/*',
  'zrender',
  'zrender/*',
];

// Folder layers on resolved paths (eslint/layers.js), bottom up. A folder with an index.ts is
// entered through it, except the entry points listed here (they are programs, not barrels).
const folderLayers = {
  entries: ['electron/main', 'electron/preload', 'scripts/bench', 'scripts/reliability'],
  layers: [
    {
      from: 'core/model',
      only: ['core/model'],
      message: 'core/model is the bottom layer and imports nothing else in the repo.',
    },
    {
      from: 'core',
      forbid: ['renderer', 'electron', 'cli', 'scripts', 'e2e'],
      message: 'core/ is pure and imports no app layer.',
    },
    {
      from: 'electron/services',
      forbid: ['electron/main', 'renderer', 'cli'],
      message: 'services run under plain Node (tests, CLI) and never import electron/main.',
    },
    {
      from: 'electron/handlers.ts',
      forbid: ['electron/main'],
      message:
        'the handler table is shared by IPC and the harness; it never imports electron/main.',
    },
    {
      from: 'cli',
      forbid: ['electron/main', 'renderer'],
      message: 'the CLI runs under plain Node and never imports electron/main or the renderer.',
    },
    {
      from: 'renderer',
      forbid: ['electron', 'cli', 'scripts', 'e2e'],
      message: 'the renderer talks to main through renderer/api.ts only.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'resources/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    files: ['**/*.{ts,mts,vue}'],
    plugins: { atlas: { rules: { layers } } },
    rules: { 'atlas/layers': ['error', folderLayers] },
  },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'vue/multi-word-component-names': 'off',
      // Formatting is Prettier's job.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
    },
  },
  {
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: platformImports, message: 'core/ is pure: no Node imports.' },
            electronImport,
            { group: frameworkImports, message: 'core/ is pure: no UI framework imports.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,vue}'],
    ignores: ['renderer/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: platformImports, message: 'The renderer runs sandboxed: no Node imports.' },
            electronImport,
            { group: ['**/electron/**'], message: 'Talk to main through renderer/api.ts only.' },
          ],
        },
      ],
    },
  },
  {
    files: [
      'electron/services/**/*.ts',
      'electron/handlers.ts',
      'electron/dispatch.ts',
      'cli/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^electron(/.*)?$',
              message: 'Services run under plain Node: never import electron.',
            },
          ],
        },
      ],
    },
  },
);
