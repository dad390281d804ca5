import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileExistsError, renameWithRetry, writeFileAtomic } from './atomic-write';
import { makeTempDir } from './test-fixtures';

const errno = (code: string) => Object.assign(new Error(code), { code });

describe('writeFileAtomic', () => {
  it('writes the file and leaves no temp file behind', async () => {
    const dir = await makeTempDir();
    await writeFileAtomic(join(dir, 'a.json'), '{"a":1}');
    expect(await readFile(join(dir, 'a.json'), 'utf8')).toBe('{"a":1}');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('refuses to overwrite an existing file and cleans up its temp file', async () => {
    const dir = await makeTempDir();
    const target = join(dir, 'r000001.json');
    await writeFile(target, 'original');
    await expect(writeFileAtomic(target, 'new')).rejects.toBeInstanceOf(FileExistsError);
    expect(await readFile(target, 'utf8')).toBe('original');
    expect(await readdir(dir)).toEqual(['r000001.json']);
  });

  it('overwrites only when asked to', async () => {
    const dir = await makeTempDir();
    const target = join(dir, 'settings.json');
    await writeFile(target, 'old');
    await writeFileAtomic(target, 'new', { overwrite: true });
    expect(await readFile(target, 'utf8')).toBe('new');
  });
});

describe('writeFileAtomic without overwrite is a compare-and-swap', () => {
  it('lets exactly one of many racing writers create the file (concurrent commits lost one)', async () => {
    const dir = await makeTempDir();
    const target = join(dir, 'r000001.json');
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) => writeFileAtomic(target, `writer ${i}`)),
    );
    const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [i] : []));
    expect(won).toHaveLength(1);
    for (const r of results)
      if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(FileExistsError);
    expect(await readFile(target, 'utf8')).toBe(`writer ${won[0]}`);
    expect(await readdir(dir)).toEqual(['r000001.json']);
  });

  it('still refuses an existing file where hard links are unsupported', async () => {
    const dir = await makeTempDir();
    const link = async () => {
      throw errno('EPERM');
    };
    await writeFileAtomic(join(dir, 'a.json'), 'first', { link });
    await expect(writeFileAtomic(join(dir, 'a.json'), 'second', { link })).rejects.toBeInstanceOf(
      FileExistsError,
    );
    expect(await readFile(join(dir, 'a.json'), 'utf8')).toBe('first');
    expect(await readdir(dir)).toEqual(['a.json']);
  });
});

describe('renameWithRetry', () => {
  it('retries transient Windows errors with back-off, then succeeds', async () => {
    const calls: string[] = [];
    const rename = async () => {
      calls.push('try');
      if (calls.length < 3) throw errno(calls.length === 1 ? 'EBUSY' : 'EPERM');
    };
    await renameWithRetry('a', 'b', { platform: 'win32', rename, renameBaseDelayMs: 1 });
    expect(calls).toHaveLength(3);
  });

  it('gives up after the configured attempts', async () => {
    let tries = 0;
    const rename = async () => {
      tries++;
      throw errno('EACCES');
    };
    await expect(
      renameWithRetry('a', 'b', {
        platform: 'win32',
        rename,
        renameAttempts: 4,
        renameBaseDelayMs: 1,
      }),
    ).rejects.toMatchObject({ code: 'EACCES' });
    expect(tries).toBe(4);
  });

  it('does not retry other errors, nor on POSIX where EACCES is permanent', async () => {
    let tries = 0;
    const rename = async () => {
      tries++;
      throw errno(tries === 1 ? 'ENOENT' : 'EACCES');
    };
    await expect(renameWithRetry('a', 'b', { platform: 'win32', rename })).rejects.toMatchObject({
      code: 'ENOENT',
    });
    await expect(renameWithRetry('a', 'b', { platform: 'linux', rename })).rejects.toMatchObject({
      code: 'EACCES',
    });
    expect(tries).toBe(2);
  });

  it('cleans up the temp file when the rename finally fails', async () => {
    const dir = await makeTempDir();
    const rename = async () => {
      throw errno('EBUSY');
    };
    await expect(
      writeFileAtomic(join(dir, 'x.json'), 'data', {
        overwrite: true,
        platform: 'win32',
        rename,
        renameAttempts: 2,
        renameBaseDelayMs: 1,
      }),
    ).rejects.toMatchObject({ code: 'EBUSY' });
    expect(await readdir(dir)).toEqual([]);
  });
});
