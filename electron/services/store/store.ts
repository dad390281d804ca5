/**
 * The user's data store: an append-only series of revisions, each a complete user layer, over
 * the bundled data (revision 0). Nothing is ever deleted or rewritten: undo and reset write a new
 * revision, and damaged files are moved aside, so every state the user had can be recovered.
 */
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import * as v from 'valibot';
import type { RevisionInfo, StoreNotice, WorkingData } from '../../../core/api';
import { applyUserLayer } from '../../../core/data';
import { emptyUserLayer, type RevisionKind, type UserLayer } from '../../../core/model';
import { FileExistsError, writeFileAtomic, type AtomicWriteOptions } from './atomic-write';
import { loadBundledData, type BundledData } from './bundled';
import {
  buildRevision,
  checkRevisionText,
  encodeRevision,
  JOURNAL_FILE,
  REVISIONS_FOLDER,
  revisionFileName,
  type FromFile,
} from './revision-file';
import { describeIssues, fromFileSchema, userLayerSchema } from './revision-schema';
import { asIoError, StoreIoError } from './io-errors';
import { kindOfLegacy } from './legacy-kind';
import { headerOf, highestRevisionId, scanRevisions, type RevisionHeader } from './scan-revisions';
import { withWriterLock, type WriterLockOptions } from './writer-lock';

export interface CommitOptions {
  /** English, for the journal a person may read; the app shows `kind`. */
  summary: string;
  fromFile: FromFile | null;
  /** What the revision did, for the history; without one it is shown by its summary. */
  kind?: RevisionKind;
}

export interface OpenStoreOptions {
  /** Never create, move or write anything (the CLI, or a second reader). */
  readOnly?: boolean;
  /** Clock, for tests. */
  now?: () => Date;
  /** Passed to every atomic write (tests simulate Windows locking through it). */
  atomic?: AtomicWriteOptions;
  /** The cross-process writer lock: who this writer is, how long to wait, what to say meanwhile. */
  lock?: WriterLockOptions;
}

export interface AtlasStore {
  readonly dataDir: string;
  readonly readOnly: boolean;
  /** Problems found while opening (damaged revisions set aside, newer-format files skipped). */
  readonly notices: readonly StoreNotice[];
  /** Pick up revisions another process committed since this store last looked (never writes). */
  refresh(): Promise<void>;
  current(): { revision: RevisionInfo; layer: UserLayer };
  workingData(): WorkingData;
  /** Newest first, ending with the bundled data (id 0). */
  listRevisions(): RevisionInfo[];
  /** The layer of any listed revision (0 gives the empty layer). */
  readLayer(id: number): Promise<UserLayer>;
  commit(layer: UserLayer, options: CommitOptions): Promise<number>;
  /**
   * Read the current layer, change it and commit the result as one step: no other commit can land
   * between the read and the write (two services editing at once would otherwise lose a change).
   */
  update(
    change: (current: UserLayer) => UserLayer | Promise<UserLayer>,
    options: CommitOptions,
  ): Promise<number>;
  undoTo(id: number): Promise<number>;
  resetToBundled(): Promise<number>;
}

/** A store operation that cannot be done (read-only store, unknown revision, invalid layer). */
export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}

export const BUNDLED_SUMMARY = 'Bundled data';
export const RESET_SUMMARY = 'Reset to bundled data';
export const undoSummary = (id: number) => `Undo to revision ${id}`;

function infoOf(header: RevisionHeader): RevisionInfo {
  return {
    id: header.id,
    createdAt: header.createdAt,
    summary: header.summary,
    fromFile: header.fromFile?.name ?? null,
    kind: header.kind ?? kindOfLegacy(header.summary, header.fromFile?.name ?? null),
  };
}

type ScanOutcome = Awaited<ReturnType<typeof scanRevisions>>;

/**
 * Open the store in `dataDir` over the bundled data in `bundledDir` (the resources folder).
 * Damaged revisions are set aside and reported in `notices`; the newest intact one is current.
 * A writable store moves files only while it holds the folder's writer lock, so it never sets
 * aside a file another process is still writing. Throws BundledDataError when the bundled data
 * cannot be read, StoreIoError (a sentence) when the folder cannot be used.
 */
export async function openStore(
  dataDir: string,
  bundledDir: string,
  options: OpenStoreOptions = {},
): Promise<AtlasStore> {
  const readOnly = options.readOnly ?? false;
  const now = options.now ?? (() => new Date());
  const bundled = await loadBundledData(bundledDir);
  if (readOnly) {
    const scan = await scanRevisions(dataDir, { readOnly, now });
    return new RevisionStore(dataDir, readOnly, now, bundled, scan, options);
  }
  try {
    await fsp
      .mkdir(join(dataDir, REVISIONS_FOLDER), { recursive: true })
      .catch((error: unknown) => {
        // mkdir -p meets a file where a folder should be: say that, not "already exists".
        if ((error as NodeJS.ErrnoException).code === 'EEXIST')
          throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
        throw error;
      });
    return await withWriterLock(dataDir, options.lock ?? {}, async () => {
      const scan = await scanRevisions(dataDir, { readOnly, now });
      const store = new RevisionStore(dataDir, readOnly, now, bundled, scan, options);
      for (const notice of scan.notices) await store.journal({ op: 'notice', ...notice });
      return store;
    });
  } catch (error) {
    throw asIoError(error, dataDir, 'your changes');
  }
}

/** Attempts of a read-modify-commit whose revision id was taken by a writer ignoring the lock. */
const UPDATE_ATTEMPTS = 3;

class RevisionStore implements AtlasStore {
  readonly notices: StoreNotice[] = [];
  private headers: RevisionHeader[] = [];
  private layer: UserLayer = emptyUserLayer();
  private maxId = 0;
  /** Highest revision file name seen on disk: when it changes, another process committed. */
  private diskMaxId = 0;
  private cachedWorkingData: WorkingData | null = null;
  /** Commits run one at a time in this process; the writer lock extends that across processes. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly atomic: AtomicWriteOptions;
  private readonly lockOptions: WriterLockOptions;

  constructor(
    readonly dataDir: string,
    readonly readOnly: boolean,
    private readonly now: () => Date,
    private readonly bundled: BundledData,
    scan: ScanOutcome,
    options: OpenStoreOptions,
  ) {
    this.atomic = options.atomic ?? {};
    this.lockOptions = options.lock ?? {};
    this.adopt(scan);
  }

  private adopt(scan: ScanOutcome): void {
    this.notices.push(...scan.notices);
    this.headers = scan.headers;
    this.layer = scan.newest?.layer ?? emptyUserLayer();
    this.maxId = scan.maxId;
    this.diskMaxId = scan.diskMaxId;
  }

  /** Rescan when the folder holds a revision this store has not seen. */
  private async catchUp(readOnly: boolean): Promise<boolean> {
    const onDisk = await highestRevisionId(this.dataDir);
    if (onDisk === this.diskMaxId) return false;
    this.adopt(await scanRevisions(this.dataDir, { readOnly, now: this.now }));
    return true;
  }

  refresh(): Promise<void> {
    return this.serialised(async () => void (await this.catchUp(true)));
  }

  private bundledInfo(): RevisionInfo {
    return {
      id: 0,
      createdAt: this.bundled.createdAt,
      summary: BUNDLED_SUMMARY,
      fromFile: null,
      kind: { type: 'bundled' },
    };
  }

  private currentInfo(): RevisionInfo {
    const newest = this.headers[0];
    return newest ? infoOf(newest) : this.bundledInfo();
  }

  current(): { revision: RevisionInfo; layer: UserLayer } {
    return { revision: this.currentInfo(), layer: structuredClone(this.layer) };
  }

  workingData(): WorkingData {
    const revision = this.currentInfo();
    if (this.cachedWorkingData?.revision.id !== revision.id) {
      this.cachedWorkingData = {
        reference: this.bundled.reference,
        dataset: applyUserLayer(this.bundled.dataset, this.layer, this.bundled.reference.entities),
        revision,
        notices: [...this.notices],
      };
    }
    return this.cachedWorkingData;
  }

  listRevisions(): RevisionInfo[] {
    return [...this.headers.map(infoOf), this.bundledInfo()];
  }

  async readLayer(id: number): Promise<UserLayer> {
    if (id === 0) return emptyUserLayer();
    if (!this.headers.some((h) => h.id === id)) throw new StoreError(`There is no revision ${id}`);
    const name = revisionFileName(id);
    const text = await fsp.readFile(join(this.dataDir, REVISIONS_FOLDER, name), 'utf8');
    const check = checkRevisionText(text, id);
    if (check.status !== 'ok') throw new StoreError(`Revision file ${name} can no longer be read`);
    return check.revision.layer;
  }

  /**
   * Commit `layer` as it stands: a compare-and-swap on the revision id this store last saw. If
   * another process committed since, nothing is written (the caller's layer would drop that
   * commit) and the store now shows the newer revision.
   */
  commit(layer: UserLayer, options: CommitOptions): Promise<number> {
    return this.locked(async (movedOn) => {
      if (movedOn) throw this.conflict('The data folder changed since this layer was read');
      return this.write(layer, options);
    });
  }

  update(
    change: (current: UserLayer) => UserLayer | Promise<UserLayer>,
    options: CommitOptions,
  ): Promise<number> {
    return this.locked(async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await this.write(await change(structuredClone(this.layer)), options);
        } catch (error) {
          // A writer that ignores the lock took the id: build on its revision and try again.
          if (!(error instanceof FileExistsError) || attempt >= UPDATE_ATTEMPTS) throw error;
          await this.catchUp(false);
        }
      }
    });
  }

  undoTo(id: number): Promise<number> {
    return this.update(() => this.readLayer(id), {
      summary: undoSummary(id),
      fromFile: null,
      kind: { type: 'undo', to: id },
    });
  }

  resetToBundled(): Promise<number> {
    return this.update(() => emptyUserLayer(), {
      summary: RESET_SUMMARY,
      fromFile: null,
      kind: { type: 'reset' },
    });
  }

  /** Append a line to the journal. It is informative only, so a failure never fails the caller. */
  async journal(entry: Record<string, unknown>): Promise<void> {
    const line = JSON.stringify({ at: this.now().toISOString(), ...entry });
    await fsp.appendFile(join(this.dataDir, JOURNAL_FILE), `${line}\n`).catch(() => undefined);
  }

  private serialised<T>(task: () => Promise<T>): Promise<T> {
    const result = this.queue.then(task);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /**
   * One write transaction: queued in this process, then the folder's writer lock, then catch up
   * with whatever other processes committed, then `task` (told whether there was anything new).
   */
  private locked<T>(task: (movedOn: boolean) => Promise<T>): Promise<T> {
    return this.serialised(async () => {
      if (this.readOnly) throw new StoreError('The data store was opened read-only');
      try {
        return await withWriterLock(this.dataDir, this.lockOptions, async () =>
          task(await this.catchUp(false)),
        );
      } catch (error) {
        throw asIoError(error, '', 'the change');
      }
    });
  }

  private conflict(reason: string): StoreIoError {
    return new StoreIoError(
      'EEXIST',
      this.dataDir,
      `${reason}: another program committed revision ${this.maxId} to ${this.dataDir} meanwhile, so nothing was written. Look at the new revision and try again.`,
    );
  }

  private async write(layer: UserLayer, options: CommitOptions): Promise<number> {
    // Validate before writing: a revision this app cannot read back must never be created.
    const parsedLayer = v.safeParse(userLayerSchema, layer);
    if (!parsedLayer.success) {
      throw new StoreError(`Invalid user layer: ${describeIssues(parsedLayer.issues)}`);
    }
    const parsedFrom = v.safeParse(fromFileSchema, options.fromFile);
    if (!parsedFrom.success)
      throw new StoreError(`Invalid fromFile: ${describeIssues(parsedFrom.issues)}`);

    const id = this.maxId + 1;
    const revision = buildRevision({
      id,
      createdAt: this.now().toISOString(),
      summary: options.summary,
      fromFile: parsedFrom.output,
      // A new revision's kind is given, never read back from its English summary.
      kind: options.kind ?? { type: 'other', summary: options.summary },
      layer: structuredClone(parsedLayer.output),
    });
    const path = join(this.dataDir, REVISIONS_FOLDER, revisionFileName(id));
    try {
      await writeFileAtomic(path, encodeRevision(revision), { ...this.atomic, overwrite: false });
    } catch (error) {
      if (error instanceof FileExistsError) throw error; // update() retries above it
      throw asIoError(error, path, `revision ${id}`);
    }

    this.maxId = id;
    this.diskMaxId = Math.max(this.diskMaxId, id);
    this.headers.unshift(headerOf(revision));
    this.layer = revision.layer;
    await this.journal({
      op: 'commit',
      id,
      summary: revision.summary,
      fromFile: revision.fromFile,
    });
    return id;
  }
}
