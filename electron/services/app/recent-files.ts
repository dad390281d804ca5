/**
 * Recent files (scenarios, briefings, import recipes), newest first, in `recent-files.json` in the
 * user-data folder. A file chosen through a native dialog is remembered by its path and read again
 * when reopened; one the browser uploaded or downloaded has no path, so its text is kept instead.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  MAX_RECENT_FILES,
  MAX_RECENT_TEXT,
  type OpenRecentResult,
  type RecentFile,
  type RecentKind,
} from '../../../core/app-api';
import { writeFileAtomic } from '../store';

interface Entry extends RecentFile {
  path: string | null;
  text: string | null;
}

export interface RecentFiles {
  list(): Promise<RecentFile[]>;
  note(file: { kind: RecentKind; name: string; path?: string; text?: string }): Promise<void>;
  open(id: string): Promise<OpenRecentResult>;
}

const KINDS: readonly RecentKind[] = ['scenario', 'recipe', 'briefing'];

function isEntry(x: unknown): x is Entry {
  const e = x as Entry;
  return (
    typeof e?.id === 'string' &&
    KINDS.includes(e.kind) &&
    typeof e.name === 'string' &&
    typeof e.at === 'string' &&
    (typeof e.path === 'string' || typeof e.text === 'string')
  );
}

export function createRecentFiles(file: string, now: () => Date = () => new Date()): RecentFiles {
  // One change at a time: two notes at once must not both read the old list.
  let queue: Promise<unknown> = Promise.resolve();
  const serialised = <T>(task: () => Promise<T>): Promise<T> => {
    const result = queue.then(task);
    queue = result.catch(() => undefined);
    return result;
  };

  async function load(): Promise<Entry[]> {
    try {
      const raw = JSON.parse(await readFile(file, 'utf8')) as unknown;
      return Array.isArray(raw) ? raw.filter(isEntry).slice(0, MAX_RECENT_FILES) : [];
    } catch {
      return []; // missing or damaged: a list of conveniences, never worth an error
    }
  }

  const publicOf = ({ id, kind, name, at }: Entry): RecentFile => ({ id, kind, name, at });

  return {
    list: async () => (await load()).map(publicOf),
    note: ({ kind, name, path, text }) =>
      serialised(async () => {
        const key = path ? `${kind}\0path\0${path}` : `${kind}\0text\0${name}\0${text ?? ''}`;
        const id = createHash('sha256').update(key).digest('hex').slice(0, 16);
        const entry: Entry = {
          id,
          kind,
          name: path ? basename(path) : name,
          at: now().toISOString(),
          path: path ?? null,
          text: path ? null : (text ?? '').slice(0, MAX_RECENT_TEXT),
        };
        const rest = (await load()).filter((e) => e.id !== id);
        const next = [entry, ...rest].slice(0, MAX_RECENT_FILES);
        await writeFileAtomic(file, JSON.stringify(next), { overwrite: true });
      }),
    async open(id) {
      const entry = (await load()).find((e) => e.id === id);
      if (!entry) return { status: 'missing', name: id, reason: 'It is no longer in the list.' };
      if (entry.path === null) {
        return { status: 'opened', kind: entry.kind, name: entry.name, text: entry.text ?? '' };
      }
      try {
        const info = await stat(entry.path);
        if (info.size > MAX_RECENT_TEXT)
          return {
            status: 'missing',
            name: entry.name,
            reason: `${entry.path} is now larger than a ${entry.kind} file can be.`,
          };
        return {
          status: 'opened',
          kind: entry.kind,
          name: entry.name,
          text: await readFile(entry.path, 'utf8'),
        };
      } catch (error) {
        const gone = (error as NodeJS.ErrnoException).code === 'ENOENT';
        const reason = gone
          ? `${entry.path} is no longer there (moved, renamed or deleted).`
          : `${entry.path} could not be read (${(error as Error).message}).`;
        return { status: 'missing', name: entry.name, reason };
      }
    },
  };
}
