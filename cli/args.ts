/**
 * Argument parsing shared by the commands: node:util parseArgs plus validators whose messages
 * name the argument and echo what was given ("--year: expected a year like 2025, got 'abc'").
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError, type Output } from './io';

export type Format = 'table' | 'csv' | 'json';
export const FORMATS: readonly Format[] = ['table', 'csv', 'json'];

/** Options every command accepts. */
const COMMON_OPTIONS = {
  data: { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

type ParsedCommandArgs<O extends NonNullable<ParseArgsConfig['options']>> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O; allowPositionals: boolean; strict: true }>
>;

/** parseArgs in strict mode, with its errors turned into usage errors (commands call commandArgs). */
function parseCommandArgs<O extends NonNullable<ParseArgsConfig['options']>>(
  command: string,
  argv: string[],
  options: O,
  allowPositionals: boolean,
): ParsedCommandArgs<O> {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(`atlas ${command}: ${(error as Error).message}`);
  }
}

type ValueOptions<N extends string> = Record<N, { type: 'string' }>;

/** Options that each take one value: `valueOptions('year')` is `{ year: { type: 'string' } }`. */
export const valueOptions = <N extends string>(...names: N[]): ValueOptions<N> =>
  Object.fromEntries(names.map((name) => [name, { type: 'string' }])) as ValueOptions<N>;

/**
 * A command's arguments, COMMON_OPTIONS included, parsed as parseCommandArgs does; null once
 * `--help` has printed the command's usage (the command then returns 0).
 */
export function commandArgs<O extends NonNullable<ParseArgsConfig['options']>>(
  command: { name: string; help: string; allowPositionals: boolean },
  argv: string[],
  options: O,
  out: Output,
): ParsedCommandArgs<typeof COMMON_OPTIONS & O> | null {
  const parsed = parseCommandArgs(
    command.name,
    argv,
    { ...COMMON_OPTIONS, ...options },
    command.allowPositionals,
  );
  // COMMON_OPTIONS always holds `help`; the generic spread hides it from the parsed type.
  if (!(parsed.values as { help?: boolean }).help) return parsed;
  out.line(command.help.trimEnd());
  return null;
}

export function parseYear(raw: string | undefined, name = '--year'): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d{4}$/.test(raw.trim()))
    throw new UsageError(`${name}: expected a year like 2025, got '${raw}'`);
  return Number(raw);
}

export function requireYear(raw: string | undefined): number {
  const year = parseYear(raw);
  if (year === undefined) throw new UsageError('--year: required, e.g. --year 2025');
  return year;
}

export function parseChoice<T extends string>(
  raw: string | undefined,
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  if (raw === undefined) return fallback;
  if (!(choices as readonly string[]).includes(raw)) {
    throw new UsageError(`${name}: expected one of ${choices.join(', ')}, got '${raw}'`);
  }
  return raw as T;
}

export function parsePositiveInt(raw: string | undefined, name: string): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < 1) {
    throw new UsageError(`${name}: expected a whole number of 1 or more, got '${raw}'`);
  }
  return Number(raw);
}

export const parseFormat = (raw: string | undefined): Format =>
  parseChoice(raw, '--format', FORMATS, 'table');
