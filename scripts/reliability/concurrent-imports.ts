/**
 * Pairs of real `atlas import` processes started at the same moment on one data folder (the
 * built CLI, out/cli/atlas.mjs). Both must commit, one after the other, and the newest revision
 * must hold both files' figures: a pair where either is missing lost a commit.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rowsToDelimited, synthCustomsTable } from '../../core/import';
import { openStore } from '../../electron/services/store';

export interface PairsResult {
  pairs: number;
  lost: string[];
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function atlas(cli: string, args: string[]): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** Two tables that touch different cities: 深圳 alone, and every other city but 深圳. */
async function writeTables(dir: string): Promise<[string, string]> {
  const table = synthCustomsTable({});
  const isData = (row: string[]) => /市$/.test(row[0] ?? '');
  const only = (keep: (row: string[]) => boolean) =>
    rowsToDelimited(
      table.filter((r) => !isData(r) || keep(r)),
      ',',
    );
  const a = join(dir, 'shenzhen.csv');
  const b = join(dir, 'others.csv');
  await writeFile(
    a,
    only((r) => r[0] === '深圳市'),
  );
  await writeFile(
    b,
    only((r) => r[0] !== '深圳市'),
  );
  return [a, b];
}

export async function runConcurrentImports(
  cli: string,
  resourcesDir: string,
  pairs: number,
): Promise<PairsResult> {
  const root = await mkdtemp(join(tmpdir(), 'atlas-pairs-'));
  const [a, b] = await writeTables(root);
  const lost: string[] = [];
  // Two pairs at a time: four processes, each mostly Node's start-up, keep two cores busy.
  let nextPair = 0;
  const runPairs = async () => {
    for (let pair = nextPair++; pair < pairs; pair = nextPair++) {
      const dataDir = join(root, `data-${pair}`);
      const args = (file: string) => ['import', file, '--data', dataDir, '--format', 'json'];
      const runs = await Promise.all([atlas(cli, args(a)), atlas(cli, args(b))]);
      const problems: string[] = [];
      runs.forEach((run, k) => {
        if (run.code !== 0)
          problems.push(`import ${k} exited ${run.code}: ${run.stderr.trim().slice(0, 300)}`);
      });
      const store = await openStore(dataDir, resourcesDir, { readOnly: true }).catch((e: Error) => {
        problems.push(`store: ${e.message}`);
        return null;
      });
      if (store) {
        const ids = store.listRevisions().map((r) => r.id);
        if (ids.join() !== '2,1,0') problems.push(`revisions ${ids.join()}, expected 2,1,0`);
        const codes = new Set(store.current().layer.figures.map((f) => f.code as string));
        if (!codes.has('440300'))
          problems.push('the 深圳 import is missing from the newest revision');
        if (!codes.has('441900'))
          problems.push('the other cities are missing from the newest revision');
        if (store.notices.length)
          problems.push(`notices: ${store.notices.map((n) => n.message).join('; ')}`);
      }
      if (problems.length) lost.push(`pair ${pair}: ${problems.join('; ')}`);
      await rm(dataDir, { recursive: true, force: true });
    }
  };
  try {
    await Promise.all([runPairs(), runPairs()]);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  return { pairs, lost };
}
