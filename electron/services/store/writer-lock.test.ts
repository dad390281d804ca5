import { spawn, spawnSync } from 'node:child_process';
import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asAdcode } from '../../../core/model';
import { openStore } from './store';
import { layerFor, makeStoreDirs, makeTempDir } from './test-fixtures';
import { acquireWriterLock, DataFolderBusyError, LOCK_FILE, pidAlive } from './writer-lock';

/** The pid of a process that has exited (so no process has it, for a while). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

const lockText = (pid: number, host = hostname()) =>
  JSON.stringify({ pid, host, what: 'atlas import', since: '2026-01-01T00:00:00Z', token: 'x' });

describe('writer lock', () => {
  it('lets one holder in at a time; the second waits for the release', async () => {
    const dir = await makeTempDir();
    const first = await acquireWriterLock(dir);
    const waited: string[] = [];
    let secondIn = false;
    const second = acquireWriterLock(dir, {
      what: 'second',
      onWait: (holder) => waited.push(holder?.what ?? '?'),
    }).then((lock) => {
      secondIn = true;
      return lock;
    });
    await new Promise((r) => setTimeout(r, 80));
    expect(secondIn).toBe(false);
    expect(waited).toEqual([`process ${process.pid}`]);
    await first.release();
    const lock = await second;
    expect(await lock.stillHeld()).toBe(true);
    await lock.release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('fails with a sentence naming the holder and the lock file when the wait runs out', async () => {
    const dir = await makeTempDir();
    const held = await acquireWriterLock(dir, { what: 'the City Trade Atlas app' });
    const error = await acquireWriterLock(dir, { waitMs: 100 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataFolderBusyError);
    expect((error as Error).message).toContain('the City Trade Atlas app');
    expect((error as Error).message).toContain(join(dir, LOCK_FILE));
    await held.release();
  });

  it('takes over a stale lock left by a writer that was killed', async () => {
    const dir = await makeTempDir();
    const pid = deadPid();
    expect(pidAlive(pid)).toBe(false);
    await writeFile(join(dir, LOCK_FILE), lockText(pid));
    const lock = await acquireWriterLock(dir, { waitMs: 0 });
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    await lock.release();
  });

  it('takes over a lock from another host only once its heartbeat is older than staleMs', async () => {
    const dir = await makeTempDir();
    const path = join(dir, LOCK_FILE);
    await writeFile(path, lockText(1, 'another-machine'));
    await expect(acquireWriterLock(dir, { waitMs: 50, staleMs: 60_000 })).rejects.toBeInstanceOf(
      DataFolderBusyError,
    );
    const old = new Date(Date.now() - 120_000);
    await utimes(path, old, old);
    const lock = await acquireWriterLock(dir, { waitMs: 0, staleMs: 60_000 });
    await lock.release();
  });

  it('treats an empty lock file as held until it is stale (a writer died creating it)', async () => {
    const dir = await makeTempDir();
    const path = join(dir, LOCK_FILE);
    await writeFile(path, '');
    await expect(acquireWriterLock(dir, { waitMs: 50 })).rejects.toBeInstanceOf(
      DataFolderBusyError,
    );
    const old = new Date(Date.now() - 120_000);
    await utimes(path, old, old);
    await (await acquireWriterLock(dir, { waitMs: 0 })).release();
  });

  it('never lets two of many racing waiters hold it at once', async () => {
    const dir = await makeTempDir();
    let inside = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        const lock = await acquireWriterLock(dir);
        inside++;
        most = Math.max(most, inside);
        await new Promise((r) => setTimeout(r, 5));
        inside--;
        await lock.release();
      }),
    );
    expect(most).toBe(1);
  });
});

describe('two writers on one data folder', () => {
  it('two imports at once never lose a commit (each builds on the other)', async () => {
    const { dataDir, bundledDir } = await makeStoreDirs();
    // Two stores stand for two processes: they share nothing but the folder.
    const [a, b] = await Promise.all([
      openStore(dataDir, bundledDir),
      openStore(dataDir, bundledDir),
    ]);
    const addAlias = (store: typeof a, alias: string) =>
      store.update(
        (layer) => ({ ...layer, aliases: [...layer.aliases, { alias, code: asAdcode('440300') }] }),
        { summary: alias, fromFile: null },
      );
    const ids = await Promise.all(
      Array.from({ length: 10 }, (_, i) => [addAlias(a, `a${i}`), addAlias(b, `b${i}`)]).flat(),
    );
    expect(new Set(ids).size).toBe(20);
    const after = await openStore(dataDir, bundledDir);
    expect(after.current().revision.id).toBe(20);
    expect(
      after
        .current()
        .layer.aliases.map((x) => x.alias)
        .sort(),
    ).toEqual(
      [
        ...Array.from({ length: 10 }, (_, i) => `a${i}`),
        ...Array.from({ length: 10 }, (_, i) => `b${i}`),
      ].sort(),
    );
    expect(after.notices).toEqual([]);
  });

  it("the open-time scan never moves another process's in-progress temp file", async () => {
    const { dataDir, bundledDir } = await makeStoreDirs();
    await (
      await openStore(dataDir, bundledDir)
    ).commit(layerFor(1), { summary: 'one', fromFile: null });
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    try {
      const live = `.r000002.json.${sleeper.pid}-0a1b2c3d4e5f.tmp`;
      const dead = `.r000002.json.${deadPid()}-0a1b2c3d4e5f.tmp`;
      await writeFile(join(dataDir, 'revisions', live), '{"half');
      await writeFile(join(dataDir, 'revisions', dead), '{"half');
      const store = await openStore(dataDir, bundledDir);
      const left = await readdir(join(dataDir, 'revisions'));
      expect(left).toContain(live);
      expect(left).not.toContain(dead);
      expect(store.notices.map((n) => n.message).join()).not.toContain(live);
    } finally {
      sleeper.kill();
    }
  });
});
