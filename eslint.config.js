// ESLint flat config. The import rules enforce the layering in ARCHITECTURE.md:
// core/ imports no platform or framework; the renderer never touches electron or node:*;
// services never import electron (they run under plain Node in tests and in the CLI).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import pluginVue from 'eslint-plugin-vue';
import globals from 'globals';
import { builtinModules } from 'node:module';

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
const appLayers = ['**/electron/**', '**/renderer/**', '**/e2e/**', '**/scripts/**', '**/cli/**'];

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
            { group: appLayers, message: 'core/ must not import app layers.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,vue}'],
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
