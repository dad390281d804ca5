/**
 * Start-up scan of the revisions folder. Every revision file is checked (JSON, schema, checksum);
 * a damaged one, or a temp file left by an interrupted save, is moved to `damaged/` with a
 * timestamp (never deleted) and reported, and the store falls back to the newest intact revision.
 */
import * as fsp from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import type { StoreNotice } from '../../../core/api';
import { fsyncDir, TEMP_SUFFIX } from './atomic-write';
import { describeError } from './io-errors';
import { pidAlive } from './writer-lock';
import {
  checkRevisionText,
  DAMAGED_FOLDER,
  parseRevisionFileName,
  REVISIONS_FOLDER,
  revisionFileName,
  type RevisionFile,
} from './revision-file';

export type RevisionHeader = Omit<RevisionFile, 'layer'>;

export interface ScanOptions {
  /** Look, never touch: damaged files are skipped in place and temp files ignored. */
  readOnly: boolean;
  now: () => Date;
}

export interface ScanResult {
  /** Intact revisions, newest first (without their layers, to keep memory flat). */
  headers: RevisionHeader[];
  /** The newest intact revision in full, or null when there is none (bundled data only). */
  newest: RevisionFile | null;
  /** Highest id named by any revision file still in the folder: the next commit goes above it. */
  maxId: number;
  /** Highest id among the revision file names listed (intact or not), to notice new commits. */
  diskMaxId: number;
  notices: StoreNotice[];
}

/** A temp file this young whose writer is alive may still be in the middle of its write. */
const LIVE_TEMP_MS = 10 * 60_000;

export function headerOf(revision: RevisionFile): RevisionHeader {
  const { schemaVersion, id, createdAt, summary, fromFile, kind, checksum } = revision;
  return { schemaVersion, id, createdAt, summary, fromFile, ...(kind ? { kind } : {}), checksum };
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** A file name that sorts by time and is valid on Windows (no colons). */
function stampedName(now: Date, name: string, attempt: number): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return `${stamp}${attempt ? `-${attempt}` : ''}-${name}`;
}

/** Move `path` into damaged/ under a timestamped name that does not exist yet; returns the new path. */
export async function setAside(path: string, dataDir: string, now: Date): Promise<string> {
  const damagedDir = join(dataDir, DAMAGED_FOLDER);
  await fsp.mkdir(damagedDir, { recursive: true });
  for (let attempt = 0; ; attempt++) {
    const target = join(damagedDir, stampedName(now, basename(path), attempt));
    try {
      await fsp.lstat(target);
      continue; // taken: a damaged file is never overwritten either
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
    await fsp.rename(path, target);
    await fsyncDir(damagedDir);
    return target;
  }
}

/** The pid in a temp name (`.r000003.json.<pid>-<random>.tmp`, see tempPathFor), if any. */
function writerPidOf(tempName: string): number | null {
  const match = /\.(\d+)-[0-9a-f]+\.tmp$/.exec(tempName);
  return match ? Number(match[1]) : null;
}

/**
 * Whether a temp file may belong to a write still in progress in another process: one that does
 * not honour the writer lock (an older version). Such a file is left alone, never set aside.
 */
async function maybeInProgress(path: string, name: string): Promise<boolean> {
  const pid = writerPidOf(name);
  if (pid === null || pid === process.pid || !pidAlive(pid)) return false;
  const info = await fsp.lstat(path).catch(() => null);
  return info !== null && Date.now() - info.mtimeMs < LIVE_TEMP_MS;
}

/** The highest revision id any file name in the revisions folder stands for (0 when none). */
export async function highestRevisionId(dataDir: string): Promise<number> {
  const names = await listFolder(join(dataDir, REVISIONS_FOLDER));
  return Math.max(0, ...names.map((n) => parseRevisionFileName(n) ?? 0));
}

async function listFolder(dir: string): Promise<string[]> {
  try {
    return await fsp.readdir(dir);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}

export async function scanRevisions(dataDir: string, options: ScanOptions): Promise<ScanResult> {
  const revisionsDir = join(dataDir, REVISIONS_FOLDER);
  const names = await listFolder(revisionsDir);
  const notices: StoreNotice[] = [];
  const shown = (path: string) => relative(dataDir, path) || path;

  /** Returns whether the file was moved out of the revisions folder. */
  async function reportDamaged(path: string, what: string, file: string): Promise<boolean> {
    if (options.readOnly) {
      notices.push({
        kind: 'info',
        message: `${what}; it was skipped and left in place.`,
        keptAt: path,
        fact: { file, outcome: 'left_in_place', keptAt: shown(path), opened: null },
      });
      return false;
    }
    try {
      const keptAt = await setAside(path, dataDir, options.now());
      notices.push({
        kind: 'recovered',
        message: `${what}; it was moved to ${shown(keptAt)} (nothing was deleted).`,
        keptAt,
        fact: { file, outcome: 'set_aside', keptAt: shown(keptAt), opened: null },
      });
      return true;
    } catch (error) {
      const reason = describeError(error, join(dataDir, DAMAGED_FOLDER), 'the damaged file');
      notices.push({
        kind: 'info',
        message: `${what}; it could not be moved aside and was left in place (${reason})`,
        keptAt: path,
        fact: { file, outcome: 'not_moved', keptAt: shown(path), opened: null },
      });
      return false;
    }
  }

  if (!options.readOnly) {
    for (const name of names.filter((n) => n.endsWith(TEMP_SUFFIX))) {
      if (await maybeInProgress(join(revisionsDir, name), name)) continue;
      await reportDamaged(
        join(revisionsDir, name),
        `An interrupted save left a half-written file ${name}`,
        name,
      );
    }
  }

  const ids = names
    .map(parseRevisionFileName)
    .filter((id): id is number => id !== null)
    .sort((a, b) => b - a);
  const headers: RevisionHeader[] = [];
  let newest: RevisionFile | null = null;
  let maxId = 0;
  const damagedAboveNewest: StoreNotice[] = [];
  const movedAway = new Set<number>();

  for (const id of ids) {
    const name = revisionFileName(id);
    const path = join(revisionsDir, name);
    let text: string;
    try {
      text = await fsp.readFile(path, 'utf8');
    } catch (error) {
      if (isMissing(error)) continue;
      text = ''; // unreadable (e.g. a folder with a revision's name): treated as damaged below
    }
    const check = checkRevisionText(text, id);
    if (check.status === 'newer') {
      maxId = Math.max(maxId, id);
      notices.push({
        kind: 'info',
        message: `Revision file ${name} was written by a newer version of the app (format ${check.schemaVersion}); it was left in place and is not used.`,
        keptAt: path,
        fact: { file: name, outcome: 'newer_format', keptAt: shown(path), opened: null },
      });
      continue;
    }
    if (check.status === 'damaged') {
      const before = notices.length;
      const moved = await reportDamaged(
        path,
        `Revision file ${name} is damaged (${check.reason})`,
        name,
      );
      if (!newest) damagedAboveNewest.push(...notices.slice(before));
      // A damaged file still in place keeps its id: the next commit must go above it, or every
      // commit would collide with it (the store got stuck when damaged/ could not be created).
      if (!moved) maxId = Math.max(maxId, id);
      else movedAway.add(id);
      continue;
    }
    maxId = Math.max(maxId, id);
    headers.push(headerOf(check.revision));
    newest ??= check.revision;
  }

  // Say which revision the user is now looking at, on the notices that explain why.
  const fallback = newest ? `revision ${newest.id}, the newest intact one` : 'the bundled data';
  for (const notice of damagedAboveNewest) {
    notice.message += ` Opened ${fallback}.`;
    notice.fact.opened = newest ? newest.id : 0;
  }
  return { headers, newest, maxId, diskMaxId: ids.find((id) => !movedAway.has(id)) ?? 0, notices };
}
