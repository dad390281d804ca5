/**
 * The folder layers fail lint: small probe files are linted with the repo's own config (as if they
 * sat in the named folder) and each forbidden import must be reported, each allowed one not.
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: root });

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  return result!.messages.filter((m) => m.ruleId === 'atlas/layers').map((m) => m.message);
}

const forbidden: [file: string, code: string][] = [
  ['core/model/probe.ts', "export { coverage } from '../data';"],
  ['core/model/probe.ts', "export { formatMoney } from '../format';"],
  ['core/data/probe.ts', "export { createAtlasI18n } from '../../renderer/i18n';"],
  ['core/probe.ts', "export { openStore } from '../electron/services/store';"],
  ['core/scenario/probe.ts', "export { main } from '../../cli/main';"],
  ['electron/services/import/probe.ts', "export { bindIpc } from '../../main/ipc';"],
  ['electron/services/probe.ts', "import '../main/protocol';"],
  ['cli/commands/probe.ts', "export { x } from '../../electron/main/paths';"],
  ['renderer/components/probe.ts', "export { x } from '../../electron/handlers';"],
  ['renderer/stores/probe.ts', "export { coverage } from '../../core/data/coverage';"],
  ['cli/probe.ts', "export { openStore } from '../electron/services/store/store';"],
  ['e2e/probe.spec.ts', "export { MAP_METRICS } from '../core/data/map-measures';"],
  ['renderer/probe.ts', "export const load = () => import('../core/scenario/engine');"],
];

const allowed: [file: string, code: string][] = [
  ['core/data/probe.ts', "export { coverage } from './coverage';"],
  ['core/data/probe.ts', "export type { Adcode } from '../model';"],
  ['core/scenario/probe.ts', "export { coverage } from '../data';"],
  ['renderer/stores/probe.ts', "export { coverage } from '../../core/data';"],
  ['cli/probe.ts', "export { openStore } from '../electron/services/store';"],
  ['electron/main/probe.ts', "export { openStore } from '../services/store';"],
  ['electron/services/probe.ts', "export { x } from './renderer-files';"],
];

describe('folder layers (eslint/layers.js with eslint.config.js)', () => {
  it.each(forbidden)('refuses %s: %s', async (file, code) => {
    expect(await layerErrors(file, code)).toHaveLength(1);
  });

  it.each(allowed)('allows %s: %s', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });

  it('names the barrel to use instead of a deep import', async () => {
    const [message] = await layerErrors(
      'renderer/stores/probe.ts',
      "import { coverage } from '../../core/data/coverage';",
    );
    expect(message).toContain("import from 'core/data' instead");
  });
});
