/**
 * Crash-safe file writes. A reader sees either the old state or the complete new file, never a
 * prefix: the bytes go to a temp file in the same folder (same filesystem, so rename is atomic),
 * are fsynced, then renamed into place, and the folder is fsynced so the rename itself survives a
 * power loss.
 */
import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temp files end with this; anything with it found at start-up is a half-written file. */
export const TEMP_SUFFIX = '.tmp';

/** Codes Windows returns while another process (indexer, antivirus) briefly holds the file. */
const TRANSIENT_RENAME_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);

export class FileExistsError extends Error {
  readonly code = 'EEXIST';
  constructor(readonly path: string) {
    super(`Refusing to overwrite existing file ${path}`);
    this.name = 'FileExistsError';
  }
}

export interface AtomicWriteOptions {
  /** Replace an existing target. Off by default: revision files are written once. */
  overwrite?: boolean;
  /** Attempts for a rename that fails with a transient Windows error. */
  renameAttempts?: number;
  /** First back-off delay in ms; doubles on each retry. */
  renameBaseDelayMs?: number;
  /** Defaults to process.platform; tests set it to exercise the Windows retry path. */
  platform?: NodeJS.Platform;
  /** Injection point for tests that simulate a locked file. */
  rename?: (from: string, to: string) => Promise<void>;
  /** Injection point for tests of filesystems without hard links. */
  link?: (from: string, to: string) => Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A temp name in the target's folder that no other writer (or earlier crash) can be using. */
export function tempPathFor(target: string): string {
  const unique = `${process.pid}-${randomBytes(6).toString('hex')}`;
  return join(dirname(target), `.${basename(target)}.${unique}${TEMP_SUFFIX}`);
}

async function pathExists(path: string): Promise<boolean> {
  try {
    await fsp.lstat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

export async function renameWithRetry(
  from: string,
  to: string,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const rename = options.rename ?? fsp.rename;
  const retries = (options.platform ?? process.platform) === 'win32';
  const attempts = retries ? (options.renameAttempts ?? 6) : 1;
  let delay = options.renameBaseDelayMs ?? 25;
  for (let attempt = 1; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (attempt >= attempts || !TRANSIENT_RENAME_CODES.has(code)) throw error;
      await sleep(delay);
      delay *= 2;
    }
  }
}

/**
 * Make a rename or file creation in `dir` durable. Windows cannot open a folder for fsync (and
 * NTFS journals metadata anyway), and some network filesystems reject it: those cases are skipped.
 */
export async function fsyncDir(
  dir: string,
  platform: NodeJS.Platform = process.platform,
): Promise<void> {
  if (platform === 'win32') return;
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(dir, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EINVAL' && code !== 'ENOTSUP' && code !== 'EISDIR') throw error;
  } finally {
    await handle?.close();
  }
}

/**
 * Put `temp` in place as `target` only if `target` does not exist: a hard link is created
 * atomically or not at all (EEXIST), on NTFS, APFS and ext4 alike, so two writers that both chose
 * the same revision id cannot both succeed. Where hard links are unsupported (FAT, some network
 * shares) it falls back to check-then-rename, which is safe under the store's writer lock.
 */
async function placeNoReplace(
  temp: string,
  target: string,
  options: AtomicWriteOptions,
): Promise<void> {
  try {
    await (options.link ?? fsp.link)(temp, target);
    await fsp.rm(temp, { force: true });
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(target);
  }
  if (await pathExists(target)) throw new FileExistsError(target);
  await renameWithRetry(temp, target, options);
}

/**
 * Write `data` to `target` atomically. Without `overwrite`, refuses (FileExistsError) when the
 * target exists, atomically: of two writers racing for one name, exactly one wins.
 */
export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const temp = tempPathFor(target);
  try {
    // 'wx': never reuse a temp file, even one a crashed writer left with the same name.
    const handle = await fsp.open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.overwrite) await renameWithRetry(temp, target, options);
    else await placeNoReplace(temp, target, options);
  } catch (error) {
    await fsp.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await fsyncDir(dirname(target), options.platform);
}
