/**
 * Helpers for CLI tests: run a command in-process against the real bundled data, with an
 * environment whose user-data folder does not exist, so a developer's own data never leaks in.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
