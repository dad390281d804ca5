/**
 * `atlas import` when the data folder is busy or unusable: a sentence and exit 1, never a stack
 * trace, never a lost or half-written commit (issue 13: concurrent imports, I/O errors).
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { synthCustomsCsv } from '../electron/services/import/synth-files';
import { openStore, acquireWriterLock } from '../electron/services/store';
import { findResourcesDir } from './data-source';
import { runCli } from './main';
import { isolatedIo } from './test-support';

describe('atlas import and other writers', () => {
  let dir: string;
  let dataDir: string;
  let csv: string;
  const progress: string[] = [];
  const io = isolatedIo({ progress: (line) => progress.push(line) });
  const atlas = (...argv: string[]) => runCli(argv, io);
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'atlas-cli-writers-'));
    dataDir = join(dir, 'data');
    csv = join(dir, 'a.csv');
    await writeFile(csv, synthCustomsCsv({ encoding: 'utf-8' }));
    progress.length = 0;
  });

  it('two concurrent imports both commit, one after the other (a commit was lost)', async () => {
    const [a, b] = await Promise.all([
      atlas('import', csv, '--data', dataDir, '--format', 'json'),
      atlas('import', csv, '--data', dataDir, '--format', 'json'),
    ]);
    expect([a.exitCode, b.exitCode]).toEqual([0, 0]);
    const ids = [a, b].map(
      (r) => (JSON.parse(r.stdout) as { committed_revision: number }).committed_revision,
    );
    expect(ids.sort()).toEqual([1, 2]);
    const store = await openStore(dataDir, findResourcesDir({}), { readOnly: true });
    expect(store.listRevisions().map((r) => r.id)).toEqual([2, 1, 0]);
  });

  it('waits with a message, then exits 1 with a sentence while the app holds the folder', async () => {
    await mkdir(dataDir, { recursive: true });
    const held = await acquireWriterLock(dataDir, { what: 'the City Trade Atlas app' });
    try {
      const result = await atlas('import', csv, '--data', dataDir, '--wait', '0.2');
      expect(result.exitCode).toBe(1);
      expect(progress.join('\n')).toMatch(/waiting for the City Trade Atlas app \(process \d+\)/);
      expect(result.stderr).toContain('is being changed by the City Trade Atlas app');
      expect(result.stderr).toContain(join(dataDir, 'writer.lock'));
      expect(result.stderr).not.toMatch(/unexpected error|\n\s+at /);
    } finally {
      await held.release();
    }
    expect((await atlas('import', csv, '--data', dataDir)).exitCode).toBe(0);
  });

  it('a file where the revisions folder should be: a sentence and exit 1 (was a stack trace)', async () => {
    await mkdir(dataDir, { recursive: true });
    await writeFile(join(dataDir, 'revisions'), 'x');
    const result = await atlas('import', csv, '--data', dataDir);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('is a file where a folder is expected');
    expect(result.stderr).toContain(dataDir);
    expect(result.stderr).not.toMatch(/unexpected error|\n\s+at /);
  });

  it('refuses a --wait that is not a number of seconds', async () => {
    const result = await atlas('import', csv, '--data', dataDir, '--wait', 'soon');
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('--wait');
  });
});
