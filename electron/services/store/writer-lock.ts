/**
 * One writer at a time per data folder, across processes (the app, `atlas import`, a second app
 * profile pointed at the same folder). The lock is a file, `writer.lock`, created atomically with
 * its holder's pid, host and a random token, and held only for the length of one store write.
 *
 * Plain files work the same on Windows, macOS and Linux (no flock, which Node lacks and which
 * network shares honour unevenly). A holder that died is detected two ways: same host and its pid
 * is gone, or its heartbeat (the file's mtime, refreshed while held) is older than `staleMs`.
 * A stale lock is taken over by renaming it away first, so two waiters cannot both remove it.
 */
import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { tempPathFor } from './atomic-write';

export const LOCK_FILE = 'writer.lock';

export interface LockHolder {
  pid: number;
  host: string;
  /** What holds it, in words: "the City Trade Atlas app", "atlas import". */
  what: string;
  since: string;
  token: string;
}

export interface WriterLockOptions {
  /** How long a second writer waits before giving up (ms). */
  waitMs?: number;
  /** A lock whose heartbeat is older than this is stale, whoever holds it (ms). */
  staleMs?: number;
  /** Who this writer is, for the message another writer shows while it waits. */
  what?: string;
  /** Called once when the lock is busy and this writer starts waiting. */
  onWait?: (holder: LockHolder | null, lockPath: string) => void;
}

/** The folder stayed locked by another live writer for longer than the wait allows. */
export class DataFolderBusyError extends Error {
  readonly code = 'ELOCKED';
  constructor(
    readonly lockPath: string,
    readonly holder: LockHolder | null,
  ) {
    const who = holder
      ? `${holder.what} (process ${holder.pid}${holder.host === hostname() ? '' : ` on ${holder.host}`}, since ${holder.since})`
      : 'another program';
    super(
      `The data folder is being changed by ${who}, so nothing was written. Try again when it has ` +
        `finished; if no such program is running, delete the lock file ${lockPath}.`,
    );
    this.name = 'DataFolderBusyError';
  }
}

const DEFAULTS = { waitMs: 30_000, staleMs: 30_000, what: `process ${process.pid}` };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code;

/** Whether a process with this pid exists on this machine (EPERM: it exists, owned by another). */
export function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return codeOf(error) === 'EPERM';
  }
}

function parseHolder(text: string): LockHolder | null {
  try {
    const raw = JSON.parse(text) as Partial<LockHolder>;
    if (
      typeof raw.pid === 'number' &&
      typeof raw.token === 'string' &&
      typeof raw.host === 'string'
    )
      return {
        pid: raw.pid,
        host: raw.host,
        token: raw.token,
        what: String(raw.what ?? 'another program'),
        since: String(raw.since ?? '?'),
      };
  } catch {
    // an empty or half-written lock (a writer without hard links died while creating it)
  }
  return null;
}

/** Create `path` with `text` only if it does not exist, never exposing a partly written file. */
async function createExclusive(path: string, text: string): Promise<boolean> {
  const temp = tempPathFor(path);
  await fsp.writeFile(temp, text, { flag: 'wx' });
  try {
    await fsp.link(temp, path);
    return true;
  } catch (error) {
    if (codeOf(error) === 'EEXIST') return false;
    // No hard links here (FAT, some network shares): 'wx' is still atomic, only not the content.
    try {
      await fsp.writeFile(path, text, { flag: 'wx' });
      return true;
    } catch (second) {
      if (codeOf(second) === 'EEXIST') return false;
      throw second;
    }
  } finally {
    await fsp.rm(temp, { force: true });
  }
}

async function readLock(path: string): Promise<{ text: string; mtimeMs: number } | null> {
  try {
    const [text, info] = await Promise.all([fsp.readFile(path, 'utf8'), fsp.stat(path)]);
    return { text, mtimeMs: info.mtimeMs };
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return null;
    throw error;
  }
}

function isStale(holder: LockHolder | null, mtimeMs: number, staleMs: number): boolean {
  if (holder && holder.host === hostname() && holder.pid !== process.pid && !pidAlive(holder.pid))
    return true;
  return Date.now() - mtimeMs > staleMs;
}

/** Move a stale lock out of the way; if another waiter replaced it meanwhile, put theirs back. */
async function removeStale(path: string, judged: string): Promise<void> {
  const grave = `${path}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await fsp.rename(path, grave);
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return; // someone else removed it first
    throw error;
  }
  const moved = await fsp.readFile(grave, 'utf8').catch(() => judged);
  if (moved !== judged) await fsp.link(grave, path).catch(() => undefined);
  await fsp.rm(grave, { force: true });
}

export interface WriterLock {
  readonly path: string;
  /** Whether the lock file still carries this holder's token (no one took it over). */
  stillHeld(): Promise<boolean>;
  release(): Promise<void>;
}

export async function acquireWriterLock(
  dataDir: string,
  options: WriterLockOptions = {},
): Promise<WriterLock> {
  const { waitMs, staleMs, what } = { ...DEFAULTS, ...options };
  const path = join(dataDir, LOCK_FILE);
  const holder: LockHolder = {
    pid: process.pid,
    host: hostname(),
    what,
    since: new Date().toISOString(),
    token: randomBytes(12).toString('hex'),
  };
  const text = JSON.stringify(holder);
  const deadline = Date.now() + waitMs;
  let told = false;
  let pause = 10;
  for (;;) {
    if (await createExclusive(path, text)) break;
    const seen = await readLock(path);
    if (!seen) continue; // released between our attempt and the read
    const other = parseHolder(seen.text);
    if (isStale(other, seen.mtimeMs, staleMs)) {
      await removeStale(path, seen.text);
      continue;
    }
    if (Date.now() >= deadline) throw new DataFolderBusyError(path, other);
    if (!told) {
      told = true;
      options.onWait?.(other, path);
    }
    await sleep(pause);
    pause = Math.min(pause * 2, 200);
  }

  // Heartbeat: a long write keeps its lock; a holder that froze or died loses it after staleMs.
  const beat = setInterval(
    () => {
      const now = new Date();
      void fsp.utimes(path, now, now).catch(() => undefined);
    },
    Math.max(10, Math.floor(staleMs / 3)),
  );
  beat.unref();
  const stillHeld = async () =>
    parseHolder((await readLock(path))?.text ?? '')?.token === holder.token;
  return {
    path,
    stillHeld,
    async release() {
      clearInterval(beat);
      if (await stillHeld().catch(() => false)) await fsp.rm(path, { force: true });
    },
  };
}

/** Run `task` holding the data folder's writer lock. */
export async function withWriterLock<T>(
  dataDir: string,
  options: WriterLockOptions,
  task: (lock: WriterLock) => Promise<T>,
): Promise<T> {
  const lock = await acquireWriterLock(dataDir, options);
  try {
    return await task(lock);
  } finally {
    await lock.release();
  }
}
