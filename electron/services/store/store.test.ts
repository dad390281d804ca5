import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asAdcode, emptyUserLayer, type RevisionKind } from '../../../core/model';
import { buildRevision, encodeRevision } from './revision-file';
import { openStore, StoreError } from './store';
import { layerFor, makeStoreDirs } from './test-fixtures';

const totalOf = (store: Awaited<ReturnType<typeof openStore>>, code: string) =>
  store.workingData().dataset.figures.find((r) => r.code === code && r.year === 2025)?.cells.total
    ?.value;

const sz2025 = (value: number) => {
  const layer = emptyUserLayer();
  layer.figures.push({
    code: '440300' as never,
    year: 2025,
    period: 'full_year',
    cells: {
      total: {
        value,
        sourceId: 'U001' as never,
        flag: null,
        precision: 'exact',
        note: '',
        confirmedBy: [],
        alternates: [],
      },
    },
    ranks: [],
    gaps: [],
  });
  return layer;
};

describe('openStore on a new data folder', () => {
  it('starts at the bundled data (revision 0)', async () => {
    const { dataDir, bundledDir } = await makeStoreDirs();
    const store = await openStore(dataDir, bundledDir);
    expect(store.listRevisions().map((r) => [r.id, r.summary])).toEqual([[0, 'Bundled data']]);
    expect(store.current().revision.id).toBe(0);
    expect(store.current().layer).toEqual(emptyUserLayer());
    expect(store.notices).toEqual([]);
    const wd = store.workingData();
    expect(wd.revision.id).toBe(0);
    expect(wd.reference.entities).toHaveLength(2);
    expect(totalOf(store, '440300')).toBe(45500);
  });
});

describe('commit, list, undo, reset', () => {
  it('commits revisions that survive a reopen and merge over the bundled data', async () => {
    const { dataDir, bundledDir } = await makeStoreDirs();
    const store = await openStore(dataDir, bundledDir, {
      now: () => new Date('2026-01-02T03:04:05.000Z'),
    });
    const fromFile = { name: 'shenzhen.xlsx', sha256: 'a'.repeat(64) };
    const kind: RevisionKind = { type: 'import', file: 'shenzhen.xlsx', accepted: [] };
    expect(
      await store.commit(sz2025(45600), { summary: 'Import shenzhen.xlsx', fromFile, kind }),
    ).toBe(1);
    expect(totalOf(store, '440300')).toBe(45600);
    expect(store.workingData().revision).toEqual({
      id: 1,
      createdAt: '2026-01-02T03:04:05.000Z',
      summary: 'Import shenzhen.xlsx',
      fromFile: 'shenzhen.xlsx',
      kind,
    });
    expect(await readdir(join(dataDir, 'revisions'))).toEqual(['r000001.json']);

    const reopened = await openStore(dataDir, bundledDir);
    expect(reopened.current().layer).toEqual(sz2025(45600));
    expect(totalOf(reopened, '440300')).toBe(45600);
    expect(reopened.listRevisions().map((r) => r.id)).toEqual([1, 0]);
  });

  it('undoes by writing a new revision and never deletes one', async () => {
    const { dataDir, bundledDir } = await makeStoreDirs();
    const store = await openStore(dataDir, bundledDir);
    await store.commit(sz2025(1), { summary: 'one', fromFile: null });
    await store.commit(sz2025(2), { summary: 'two', fromFile: null });
    expect(await store.undoTo(1)).toBe(3);
    expect(store.current().layer).toEqual(sz2025(1));
    expect(store.listRevisions().map((r) => [r.id, r.summary])).toEqual([
      [3, 'Undo to revision 1'],
      [2, 'two'],
      [1, 'one'],
      [0, 'Bundled data'],
    ]);
    expect(await store.resetToBundled()).toBe(4);
    expect(store.current().layer).toEqual(emptyUserLayer());
    expect(totalOf(store, '440300')).toBe(45500);
    expect(await store.undoTo(0)).toBe(5);
    expect(store.listRevisions()[0]!.summary).toBe('Undo to revision 0');
    expect(await readdir(join(dataDir, 'revisions'))).toHaveLength(5);
    await expect(store.undoTo(42)).rejects.toBeInstanceOf(StoreError);

    const journal = (await readFile(join(dataDir, 'journal.jsonl'), 'utf8')).trim().split('\n');
    expect(journal.map((l) => JSON.parse(l).id)).toEqual([1, 2, 3, 4, 5]);
  });

  it('serialises concurrent commits into distinct revisions', async () => {
    const { dataDir, bundledDir } = await makeStoreDirs();
    const store = await openStore(dataDir, bundledDir);
    const ids = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => store.commit(layerFor(n), { summary: `c${n}`, fromFile: null })),
    );
    expect(ids).toEqual([1, 2, 3, 4, 5]);
    expect(await store.readLayer(3)).toEqual(layerFor(3));
  });

  it('keeps its own copy of a committed layer', async () => {
    const { dataDir, bundledDir } = await makeStoreDirs();
    const store = await openStore(dataDir, bundledDir);
    const layer = sz2025(7);
    await store.commit(layer, { summary: 's', fromFile: null });
    layer.figures[0]!.cells.total!.value = 8;
    store.current().layer.figures.pop();
    expect(store.current().layer).toEqual(sz2025(7));
  });

  it('refuses an invalid layer and writes nothing', async () => {
    const { dataDir, bundledDir } = await makeStoreDirs();
    const store = await openStore(dataDir, bundledDir);
    const bad = sz2025(Number.NaN);
    await expect(store.commit(bad, { summary: 's', fromFile: null })).rejects.toThrow(
      /figures\.0\.cells\.total\.value/,
    );
    expect(await readdir(join(dataDir, 'revisions'))).toEqual([]);
  });

  it('never overwrites a revision file that appeared behind its back (commit is a compare-and-swap)', async () => {
    const { dataDir, bundledDir } = await makeStoreDirs();
    const store = await openStore(dataDir, bundledDir);
    const foreign = encodeRevision(
      buildRevision({
        id: 1,
        createdAt: new Date().toISOString(),
        summary: 'other process',
        fromFile: null,
        layer: layerFor(9),
      }),
    );
    await writeFile(join(dataDir, 'revisions', 'r000001.json'), foreign);
    await expect(
      store.commit(layerFor(1), { summary: 'mine', fromFile: null }),
    ).rejects.toMatchObject({
      name: 'StoreIoError',
      code: 'EEXIST',
      message: expect.stringContaining('another program committed revision 1'),
    });
    expect(await readFile(join(dataDir, 'revisions', 'r000001.json'), 'utf8')).toBe(foreign);
    expect(await readdir(join(dataDir, 'revisions'))).toEqual(['r000001.json']);
    // The store now shows the other program's revision; an update builds on it.
    expect(store.current().revision.summary).toBe('other process');
    const id = await store.update((layer) => layer, { summary: 'on top', fromFile: null });
    expect(id).toBe(2);
  });
});

describe('read-only stores', () => {
  it('creates nothing and refuses to commit', async () => {
    const { dataDir, bundledDir } = await makeStoreDirs();
    const store = await openStore(dataDir, bundledDir, { readOnly: true });
    await expect(
      store.commit(layerFor(1), { summary: 's', fromFile: null }),
    ).rejects.toBeInstanceOf(StoreError);
    await expect(stat(dataDir)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('reports a missing bundled dataset as a bundled-data error', async () => {
    const { dataDir } = await makeStoreDirs();
    await expect(openStore(dataDir, join(dataDir, 'nowhere'))).rejects.toThrow(
      /Cannot read bundled file/,
    );
  });
});

describe('update (read-modify-commit)', () => {
  it('applies concurrent updates one after another so neither is lost', async () => {
    const { dataDir, bundledDir } = await makeStoreDirs();
    const store = await openStore(dataDir, bundledDir);
    const addAlias = (alias: string) =>
      store.update(
        (layer) => ({ ...layer, aliases: [...layer.aliases, { alias, code: asAdcode('440300') }] }),
        { summary: `alias ${alias}`, fromFile: null },
      );
    const ids = await Promise.all([addAlias('鹏城'), addAlias('Pengcheng')]);
    expect(ids).toEqual([1, 2]);
    expect(store.current().layer.aliases.map((a) => a.alias)).toEqual(['鹏城', 'Pengcheng']);
  });
});
