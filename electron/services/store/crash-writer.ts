/**
 * Child process for the crash trials (crash.test.ts, scripts/reliability): opens the store and
 * commits revisions in a loop until it is killed.
 *
 * - mode `commit`: revision `id` always holds `layerFor(id, padding)`, so a trial can check any
 *   revision it finds against what was written, from the id alone;
 * - mode `update:<tag>`: each commit adds the alias `<tag>-<n>` on top of whatever is newest, as
 *   two imports running at once do; two such writers on one folder must never lose an alias.
 *
 * Usage: node crash-writer.mjs <dataDir> <bundledDir> <padding> [commit|update:<tag>]
 * Prints "ready <id>" once open and "committed <id> [alias]" after each commit has returned.
 */
import { asAdcode } from '../../../core/model';
import { openStore } from './store';
import { layerFor } from './test-fixtures';

const [dataDir, bundledDir, paddingArg, mode = 'commit'] = process.argv.slice(2);
if (!dataDir || !bundledDir) {
  process.stderr.write('usage: crash-writer <dataDir> <bundledDir> [padding] [mode]\n');
  process.exit(2);
}
const padding = Number(paddingArg ?? 0);

const store = await openStore(dataDir, bundledDir, { lock: { what: `crash-writer ${mode}` } });
let id = store.current().revision.id;
process.stdout.write(`ready ${id}\n`);

if (mode.startsWith('update:')) {
  const tag = mode.slice('update:'.length);
  for (let n = 1; ; n++) {
    const alias = `${tag}-${n}`;
    id = await store.update(
      (layer) => ({ ...layer, aliases: [...layer.aliases, { alias, code: asAdcode('440300') }] }),
      { summary: alias, fromFile: null },
    );
    process.stdout.write(`committed ${id} ${alias}\n`);
  }
}

for (;;) {
  const expected = id + 1;
  id = await store.commit(layerFor(expected, padding), {
    summary: `crash ${expected}`,
    fromFile: null,
  });
  if (id !== expected) {
    process.stderr.write(`expected revision ${expected}, store assigned ${id}\n`);
    process.exit(3);
  }
  process.stdout.write(`committed ${id}\n`);
}
