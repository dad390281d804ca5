/**
 * Helpers for CLI tests: run a command in-process against the real bundled data, with an
 * environment whose user-data folder does not exist, so a developer's own data never leaks in.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dataset, ReferenceTables } from '../core/model';
import { runCli, type CliIo, type CliResult } from './main';

export const isolatedIo = (extra: CliIo = {}): CliIo => ({
  platform: 'linux',
  env: { XDG_CONFIG_HOME: join(mkdtempSync(join(tmpdir(), 'atlas-cli-')), 'no-config') },
  ...extra,
});

export const atlas = (...argv: string[]): Promise<CliResult> => runCli(argv, isolatedIo());

export async function atlasJson<T = unknown>(...argv: string[]): Promise<T> {
  const result = await atlas(...argv);
  if (result.exitCode !== 0) throw new Error(`exit ${result.exitCode}: ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}

/**
 * Runs a command against a synthesised bundled dataset: a temporary resources folder holding only
 * `reference/entities.json` and `data/dataset.json` (core/data/synth-fixtures), so a test states
 * exactly the figures it depends on instead of pinning the bundled data.
 */
export function atlasOn(
  world: { dataset: Dataset; reference: ReferenceTables },
  ...argv: string[]
): Promise<CliResult> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-cli-res-'));
  mkdirSync(join(dir, 'data'));
  mkdirSync(join(dir, 'reference'));
  writeFileSync(join(dir, 'data', 'dataset.json'), JSON.stringify(world.dataset));
  writeFileSync(join(dir, 'reference', 'entities.json'), JSON.stringify(world.reference));
  return runCli(argv, isolatedIo({ resourcesDir: dir }));
}

export async function atlasJsonOn<T = unknown>(
  world: { dataset: Dataset; reference: ReferenceTables },
  ...argv: string[]
): Promise<T> {
  const result = await atlasOn(world, ...argv);
  if (result.exitCode !== 0) throw new Error(`exit ${result.exitCode}: ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}
