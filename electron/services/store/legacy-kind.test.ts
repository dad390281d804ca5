/**
 * Revision files written before kinds were stored carry only an English summary: the store reads
 * their kind from it once, when it opens them, and never rewrites them (their checksums hold).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from './canonical-json';
import { REVISIONS_FOLDER, revisionFileName } from './revision-file';
import { openStore } from './store';
import { layerFor, makeStoreDirs } from './test-fixtures';

/** A revision file exactly as the app wrote it before kinds: no `kind` key at all. */
function oldFormat(id: number, summary: string, fromFile: string | null): string {
  const header = {
    schemaVersion: 1,
    id,
    createdAt: `2026-01-0${id}T08:00:00.000Z`,
    summary,
    fromFile: fromFile ? { name: fromFile, sha256: 'a'.repeat(64) } : null,
  };
  const layer = layerFor(id);
  const checksum = sha256Hex(canonicalJson({ ...header, layer }));
  return `${JSON.stringify({ ...header, checksum, layer })}\n`;
}

describe('revision files from before kinds', () => {
  it('reads each old summary as its kind, keeps the file as written', async () => {
    const { dataDir, bundledDir } = await makeStoreDirs();
    const folder = join(dataDir, REVISIONS_FOLDER);
    await mkdir(folder, { recursive: true });
    const old: [string, string | null][] = [
      ['Import shenzhen.xlsx', 'shenzhen.xlsx'],
      ['Undo to revision 1', null],
      ['Reset to bundled data', null],
      ['Exposure shares: 3 user entries', null],
      ['Exposure shares: user entries cleared', null],
      ['hand-written note', null],
    ];
    for (const [i, [summary, from]] of old.entries())
      await writeFile(join(folder, revisionFileName(i + 1)), oldFormat(i + 1, summary, from));
    const before = await readFile(join(folder, revisionFileName(1)), 'utf8');

    const store = await openStore(dataDir, bundledDir);
    expect(store.notices).toEqual([]);
    const kinds = store
      .listRevisions()
      .filter((r) => r.id > 0)
      .reverse()
      .map((r) => r.kind);
    expect(kinds).toEqual([
      { type: 'import', file: 'shenzhen.xlsx', accepted: [] },
      { type: 'undo', to: 1 },
      { type: 'reset' },
      { type: 'exposure_shares', count: 3 },
      { type: 'exposure_shares', count: 0 },
      { type: 'other', summary: 'hand-written note' },
    ]);
    expect(await readFile(join(folder, revisionFileName(1)), 'utf8')).toBe(before);
  });

  it('never reads a new revision kind back from its summary', async () => {
    const { dataDir, bundledDir } = await makeStoreDirs();
    const store = await openStore(dataDir, bundledDir);
    await store.commit(layerFor(1), { summary: 'Undo to revision 0', fromFile: null });
    expect(store.listRevisions()[0]!.kind).toEqual({
      type: 'other',
      summary: 'Undo to revision 0',
    });
  });
});
