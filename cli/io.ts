/**
 * What a command needs from the outside world, passed in so tests run commands in-process with a
 * fake environment (no real user-data folder, no process exit).
 */

export interface CliIo {
  /** Environment used to find the default user-data folder (XDG_CONFIG_HOME, APPDATA). */
  env?: Record<string, string | undefined>;
  platform?: NodeJS.Platform;
  home?: string;
  /** The bundled resources folder; found next to the package when not given. */
  resourcesDir?: string;
  /** Status lines shown while a command runs (waiting for another writer); stderr by default. */
  progress?: (line: string) => void;
}

export interface CliResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Collects a command's output; commands never write to the process streams directly. */
export class Output {
  private out: string[] = [];
  private err: string[] = [];
  line(text = ''): void {
    this.out.push(`${text}\n`);
  }
  note(text: string): void {
    this.err.push(`${text}\n`);
  }
  result(exitCode: number): CliResult {
    return { exitCode, stdout: this.out.join(''), stderr: this.err.join('') };
  }
}

/** Exit code 2: the command line is wrong. The message names the offending argument. */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Exit code 1: the command line was fine but the data could not be read or used. */
export class DataError extends Error {
  readonly exitCode = 1;
  constructor(message: string) {
    super(message);
    this.name = 'DataError';
  }
}
