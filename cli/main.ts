/**
 * The `atlas` command line: the app's data services without Electron. `runCli` runs a command
 * in-process and returns its exit code and output (the tests use it); `main` wires it to the
 * process when this file is the entry point.
 *
 * Exit codes: 0 success, 1 the data could not be read or used, 2 bad arguments, 3 an import
 * refused because errors remain in the file.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cityCommand, CITY_HELP } from './commands/city';
import { coverageCommand, COVERAGE_HELP } from './commands/coverage';
import { importCommand, IMPORT_HELP } from './commands/import';
import { rankCommand, RANK_HELP } from './commands/rank';
import { scenarioCommand, SCENARIO_HELP } from './commands/scenario';
import { sourcesCommand, SOURCES_HELP } from './commands/sources';
import { describeError, isIoError } from '../electron/services/store';
import { DataError, Output, UsageError, type CliIo, type CliResult } from './io';

export type { CliIo, CliResult } from './io';

type Command = (argv: string[], io: CliIo, out: Output) => Promise<number>;

const COMMANDS: Record<string, { run: Command; help: string; summary: string }> = {
  rank: {
    run: rankCommand,
    help: RANK_HELP,
    summary: 'rank cities or provinces for a year, with coverage',
  },
  city: {
    run: cityCommand,
    help: CITY_HELP,
    summary: 'all figures of one city or province, with sources',
  },
  sources: { run: sourcesCommand, help: SOURCES_HELP, summary: 'the sources behind the data' },
  coverage: {
    run: coverageCommand,
    help: COVERAGE_HELP,
    summary: 'how many entities have data, per level and year',
  },
  scenario: {
    run: scenarioCommand,
    help: SCENARIO_HELP,
    summary: 'run a demand-shock scenario (file, preset or --shock) for every city',
  },
  import: {
    run: importCommand,
    help: IMPORT_HELP,
    summary: 'import a yearly table (.xlsx/.csv) as a new revision, after checks',
  },
};

export const MAIN_HELP = `Usage: atlas <command> [options]

City Trade Atlas on the command line: China's city-level foreign trade, every figure with its
source. Money is in 亿元 (1亿 = 100 million yuan); growth in % as published.

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)}${c.summary}`)
  .join('\n')}

Run 'atlas <command> --help' for a command's options.
Data: --data DIR, else the app's user-data folder if it exists, else the bundled data (read-only;
only 'atlas import' writes, and only without --dry-run).
`;

/** Run one command line (without the program name). Never throws and never exits the process. */
export async function runCli(argv: string[], io: CliIo = {}): Promise<CliResult> {
  const out = new Output();
  const [name, ...rest] = argv;
  if (name === undefined) {
    out.note(MAIN_HELP.trimEnd());
    return out.result(2);
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' && rest[0] ? COMMANDS[rest[0]] : undefined;
    out.line((topic?.help ?? MAIN_HELP).trimEnd());
    return out.result(0);
  }
  const command = COMMANDS[name];
  if (!command) {
    out.note(
      `atlas: unknown command '${name}' (expected one of ${Object.keys(COMMANDS).join(', ')}). Run 'atlas --help'.`,
    );
    return out.result(2);
  }
  try {
    return out.result(await command.run(rest, io, out));
  } catch (error) {
    if (error instanceof UsageError) {
      out.note(error.message);
      out.note(`Run 'atlas ${name} --help' for usage.`);
      return out.result(error.exitCode);
    }
    if (error instanceof DataError) {
      out.note(`atlas ${name}: ${error.message}`);
      return out.result(error.exitCode);
    }
    // Disk full, read-only, locked…: a sentence naming the file and what to do, not a stack.
    if (isIoError(error)) {
      out.note(`atlas ${name}: ${describeError(error)}`);
      return out.result(1);
    }
    out.note(`atlas ${name}: unexpected error: ${(error as Error).stack ?? String(error)}`);
    return out.result(1);
  }
}

/** Process entry: run, print, set the exit code (no process.exit, so piped output is flushed). */
export async function main(argv = process.argv.slice(2)): Promise<void> {
  const result = await runCli(argv, {
    env: process.env,
    progress: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.on('error', () => undefined); // `atlas sources | head` closes the pipe early
  if (result.stdout) process.stdout.write(result.stdout);
  if (result.stderr) process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) await main();
