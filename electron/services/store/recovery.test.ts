import { readdir, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRevision, encodeRevision } from './revision-file';
import { openStore } from './store';
import { layerFor, makeStoreDirs } from './test-fixtures';

/** A data folder holding revisions 1..n, each with layerFor(id). */
async function storeWith(n: number) {
  const dirs = await makeStoreDirs();
  const store = await openStore(dirs.dataDir, dirs.bundledDir);
  for (let id = 1; id <= n; id++)
    await store.commit(layerFor(id), { summary: `r${id}`, fromFile: null });
  const revisionPath = (id: number) =>
    join(dirs.dataDir, 'revisions', `r${String(id).padStart(6, '0')}.json`);
  return { ...dirs, revisionPath };
}

const reopen = (d: { dataDir: string; bundledDir: string }, readOnly = false) =>
  openStore(d.dataDir, d.bundledDir, { readOnly, now: () => new Date('2026-02-03T04:05:06.789Z') });

describe('start-up recovery', () => {
  it('sets a truncated newest revision aside and falls back to the previous one', async () => {
    const d = await storeWith(3);
    const original = await readFile(d.revisionPath(3));
    await truncate(d.revisionPath(3), Math.floor(original.length / 2));
    const store = await reopen(d);
    expect(store.current().revision.id).toBe(2);
    expect(store.current().layer).toEqual(layerFor(2));
    expect(store.listRevisions().map((r) => r.id)).toEqual([2, 1, 0]);

    expect(store.notices).toHaveLength(1);
    const notice = store.notices[0]!;
    expect(notice.kind).toBe('recovered');
    expect(notice.message).toContain('r000003.json');
    expect(notice.message).toContain('not valid JSON');
    expect(notice.message).toContain('Opened revision 2');
    expect(notice.keptAt).toBe(join(d.dataDir, 'damaged', '2026-02-03T04-05-06-789Z-r000003.json'));
    expect(notice.message).toContain(join('damaged', '2026-02-03T04-05-06-789Z-r000003.json'));
    // Kept byte for byte, never deleted.
    expect(await readFile(notice.keptAt!)).toEqual(
      original.subarray(0, Math.floor(original.length / 2)),
    );
    await expect(stat(d.revisionPath(3))).rejects.toMatchObject({ code: 'ENOENT' });

    // The next commit takes the freed id; the damaged copy stays where it was put.
    expect(await store.commit(layerFor(7), { summary: 'after', fromFile: null })).toBe(3);
    expect(await readdir(join(d.dataDir, 'damaged'))).toHaveLength(1);
  });

  it('detects a changed value by its checksum even when the JSON is still valid', async () => {
    const d = await storeWith(2);
    const text = await readFile(d.revisionPath(2), 'utf8');
    const tampered = text.replace('"value":20.5', '"value":21.5');
    expect(tampered).not.toBe(text);
    await writeFile(d.revisionPath(2), tampered);
    const store = await reopen(d);
    expect(store.current().revision.id).toBe(1);
    expect(store.notices[0]!.message).toMatch(/r000002\.json is damaged \(checksum mismatch/);
  });

  it('detects a flipped byte anywhere in the file', async () => {
    const d = await storeWith(1);
    const bytes = await readFile(d.revisionPath(1));
    for (const at of [0, 10, Math.floor(bytes.length / 2), bytes.length - 3]) {
      const copy = Buffer.from(bytes);
      copy[at] = copy[at]! ^ 0x01;
      await writeFile(d.revisionPath(1), copy);
      const store = await reopen(d);
      expect(store.current().revision.id, `flip at ${at}`).toBe(0);
      expect(store.notices[0]!.kind).toBe('recovered');
      await writeFile(d.revisionPath(1), bytes); // restore for the next position
    }
    expect(await readdir(join(d.dataDir, 'damaged'))).toHaveLength(4);
  });

  it('moves half-written temp files aside and keeps the current revision', async () => {
    const d = await storeWith(2);
    const temp = join(d.dataDir, 'revisions', '.r000003.json.4242-abcdef.tmp');
    await writeFile(temp, '{"schemaVersion":1,"id":3,"createdAt":');
    const store = await reopen(d);
    expect(store.current().revision.id).toBe(2);
    expect(store.notices).toHaveLength(1);
    expect(store.notices[0]!.message).toContain('half-written file .r000003.json.4242-abcdef.tmp');
    expect(await readFile(store.notices[0]!.keptAt!, 'utf8')).toBe(
      '{"schemaVersion":1,"id":3,"createdAt":',
    );
    expect(await readdir(join(d.dataDir, 'revisions'))).toEqual(['r000001.json', 'r000002.json']);
  });

  it('falls back to the bundled data when no revision is intact', async () => {
    const d = await storeWith(2);
    await writeFile(d.revisionPath(1), '');
    await writeFile(d.revisionPath(2), '{}');
    const store = await reopen(d);
    expect(store.current().revision.id).toBe(0);
    expect(store.notices.map((n) => n.kind)).toEqual(['recovered', 'recovered']);
    expect(store.notices[0]!.message).toContain('Opened the bundled data');
    expect(store.notices[1]!.message).toContain('empty file');
  });

  it('rejects a revision file that holds another id', async () => {
    const d = await storeWith(2);
    await writeFile(d.revisionPath(2), await readFile(d.revisionPath(1)));
    const store = await reopen(d);
    expect(store.current().revision.id).toBe(1);
    expect(store.notices[0]!.message).toContain('holds revision 1, not 2');
  });

  it('keeps two damaged copies of the same name apart', async () => {
    const d = await storeWith(1);
    await writeFile(d.revisionPath(1), 'x');
    await reopen(d);
    await writeFile(d.revisionPath(1), 'y');
    await reopen(d);
    const kept = (await readdir(join(d.dataDir, 'damaged'))).sort();
    expect(kept).toEqual([
      '2026-02-03T04-05-06-789Z-1-r000001.json',
      '2026-02-03T04-05-06-789Z-r000001.json',
    ]);
  });

  it('leaves a newer-format revision in place and commits above it', async () => {
    const d = await storeWith(1);
    const newer = {
      ...buildRevision({
        id: 2,
        createdAt: new Date().toISOString(),
        summary: 'v2',
        fromFile: null,
        layer: layerFor(2),
      }),
      schemaVersion: 2,
    };
    await writeFile(d.revisionPath(2), encodeRevision(newer));
    const store = await reopen(d);
    expect(store.current().revision.id).toBe(1);
    expect(store.notices[0]).toMatchObject({ kind: 'info', keptAt: d.revisionPath(2) });
    expect(await store.commit(layerFor(3), { summary: 'next', fromFile: null })).toBe(3);
  });

  it('in read-only mode reports damage but moves nothing', async () => {
    const d = await storeWith(2);
    await truncate(d.revisionPath(2), 5);
    await writeFile(join(d.dataDir, 'revisions', '.r000003.json.1-a.tmp'), 'partial');
    const store = await reopen(d, true);
    expect(store.current().revision.id).toBe(1);
    expect(store.notices).toHaveLength(1);
    expect(store.notices[0]).toMatchObject({ kind: 'info', keptAt: d.revisionPath(2) });
    expect((await readdir(join(d.dataDir, 'revisions'))).sort()).toEqual([
      '.r000003.json.1-a.tmp',
      'r000001.json',
      'r000002.json',
    ]);
  });
});
