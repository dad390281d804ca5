import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asIoError, isIoError, StoreIoError } from './io-errors';
import { openStore } from './store';
import { layerFor, makeStoreDirs } from './test-fixtures';

const errno = (code: string) => Object.assign(new Error(`${code}: raw`), { code });

describe('a damaged newest revision that cannot be moved aside', () => {
  it('does not leave the store stuck when damaged/ is a file (every import failed with FileExistsError)', async () => {
    const { dataDir, bundledDir } = await makeStoreDirs();
    const first = await openStore(dataDir, bundledDir);
    await first.commit(layerFor(1), { summary: 'r1', fromFile: null });
    await first.commit(layerFor(2), { summary: 'r2', fromFile: null });
    await writeFile(join(dataDir, 'revisions', 'r000002.json'), 'garbage');
    await writeFile(join(dataDir, 'damaged'), 'a file where the folder should be');

    const store = await openStore(dataDir, bundledDir);
    expect(store.current().revision.id).toBe(1);
    const [notice] = store.notices;
    expect(notice?.message).toContain('r000002.json is damaged');
    expect(notice?.message).toContain('could not be moved aside and was left in place');
    expect(notice?.message).toContain(join(dataDir, 'damaged'));
    // The next commits go above the damaged file instead of colliding with it.
    expect(await store.commit(layerFor(3), { summary: 'r3', fromFile: null })).toBe(3);
    expect(await store.update((l) => l, { summary: 'r4', fromFile: null })).toBe(4);
    expect(await readFile(join(dataDir, 'revisions', 'r000002.json'), 'utf8')).toBe('garbage');
    const reopened = await openStore(dataDir, bundledDir);
    expect(reopened.current().revision.id).toBe(4);
    expect(reopened.current().layer).toEqual(layerFor(3));
  });
});

describe('I/O errors are sentences naming the file and what to do', () => {
  it.each([
    ['ENOSPC', 'is full'],
    ['EROFS', 'read-only'],
    ['EACCES', 'no permission'],
    ['EBUSY', 'locked by another program'],
  ])('%s while saving a revision', async (code, words) => {
    const { dataDir, bundledDir } = await makeStoreDirs();
    const fail = async () => {
      throw errno(code);
    };
    const store = await openStore(dataDir, bundledDir, {
      atomic: { link: fail, rename: fail, platform: 'linux' },
    });
    const error = await store
      .commit(layerFor(1), { summary: 's', fromFile: null })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreIoError);
    expect((error as StoreIoError).code).toBe(code);
    expect((error as Error).message).toContain(words);
    expect((error as Error).message).toContain(join(dataDir, 'revisions', 'r000001.json'));
    expect((error as Error).message).not.toContain('raw');
    expect(await readdir(join(dataDir, 'revisions'))).toEqual([]);
    expect(store.current().revision.id).toBe(0);
  });

  it('a file where the data folder should be is named, not a stack trace', async () => {
    const { dataDir, bundledDir } = await makeStoreDirs();
    await mkdir(dataDir, { recursive: true });
    await writeFile(join(dataDir, 'revisions'), 'not a folder');
    const error = await openStore(dataDir, bundledDir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreIoError);
    expect((error as Error).message).toMatch(/is a file where a folder is expected/);
    expect((error as Error).message).toContain(dataDir);
  });

  it('leaves errors that are not file-system conditions alone', () => {
    const plain = new TypeError('x is not a function');
    expect(asIoError(plain, '/p', 'it')).toBe(plain);
    expect(isIoError(plain)).toBe(false);
    expect(isIoError(errno('ENOSPC'))).toBe(true);
  });
});
