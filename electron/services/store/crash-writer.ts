/**
 * Child process for crash.test.ts: opens the store and commits revisions in a loop until it is
 * killed. Revision `id` always holds `layerFor(id, padding)`, so the test can check any revision
 * it finds against what was written, from the id alone.
 *
 * Usage: node crash-writer.mjs <dataDir> <bundledDir> <padding>
 * Prints "ready <id>" once open and "committed <id>" after each commit has returned.
 */
import { openStore } from './store';
import { layerFor } from './test-fixtures';

const [dataDir, bundledDir, paddingArg] = process.argv.slice(2);
if (!dataDir || !bundledDir) {
  process.stderr.write('usage: crash-writer <dataDir> <bundledDir> [padding]\n');
  process.exit(2);
}
const padding = Number(paddingArg ?? 0);

const store = await openStore(dataDir, bundledDir);
let id = store.current().revision.id;
process.stdout.write(`ready ${id}\n`);

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
