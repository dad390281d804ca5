/**
 * `atlas import FILE`: the app's import pipeline on the command line, the same code the app's
 * main process runs for a commit (electron/services/import/import-service.ts). Without --dry-run
 * it writes a new revision to the data folder, so that folder is opened writable (and created).
 *
 * Exit codes: 0 committed, or a dry run without errors; 3 errors remain (nothing committed);
 * 2 bad arguments; 1 the data folder could not be used.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ImportPreview, ImportRequestOverrides } from '../../core/import-api';
import {
  IMPORT_FIELDS,
  MONEY_UNITS,
  parseRecipe,
  problemMessage,
  TEXT_ENCODINGS,
  type ImportLang,
  type ImportRecipe,
  type TextEncodingName,
  type ValueFix,
} from '../../core/import';
import { asAdcode } from '../../core/model';
import { createImportService } from '../../electron/services/import/import-service';
import { openImportFile } from '../../electron/services/import/read-file';
import {
  openStore,
  describeError,
  isIoError,
  type WriterLockOptions,
} from '../../electron/services/store';
import { atlasDataDir } from '../../electron/services/user-data-path';
import { commandArgs, parseChoice, parsePositiveInt, parseYear, valueOptions } from '../args';
import { findResourcesDir } from '../data-source';
import { DataError, UsageError, type CliIo, type Output } from '../io';
import { importJson, printImportTable } from './import-report';

export const IMPORT_HELP = `Usage: atlas import FILE [options]

Import yearly figures from a customs or statistics table (.xlsx, .csv, .tsv) into the data
folder as a new revision, after the same checks the app runs. Values are stored in 亿元.

Options:
  --sheet NAME              sheet to read (xlsx; default: the first with a table)
  --year YEAR               year of the figures, when the title and file name do not say
  --unit UNIT               unit of the amounts: ${MONEY_UNITS.map((u) => u.id).join('|')}
  --encoding ENC            ${TEXT_ENCODINGS.join('|')} (CSV only; default: detected)
  --map COL=FIELD           column letter or header → ${IMPORT_FIELDS.join('|')}
                            (repeatable)
  --alias NAME=CODE         teach a name, e.g. --alias 鹏城=440300 (repeatable; remembered)
  --recipe FILE             apply a recipe saved from the app's import wizard
  --fix ROW                 accept the suggested unit-slip fix(es) on row ROW (repeatable;
                            see the unit_slip warnings of a --dry-run)
  --accept ROW              keep the value(s) on row ROW as printed although a unit slip is
                            suspected (repeatable; recorded in the revision)
  --dry-run                 check and report only; store nothing
  --wait SECONDS            how long to wait while another program (the app, another
                            import) is writing to the data folder (default 30)
  --format table|json       default table
  --lang zh|en              language of problems and messages (default: from LANG/LC_ALL)
  --data DIR                data folder (default: the app's user data; created if needed)

A suspected unit slip (a value ×10^k off against the stored data, its printed growth, its rank
neighbours, the file's own totals row or its usual share) stops the commit until it is fixed
(--fix ROW) or accepted (--accept ROW).

Exit codes: 0 committed (or dry run without errors), 3 problems remain (nothing committed),
2 bad arguments, 1 the data folder could not be used.
`;

const OPTIONS = {
  ...valueOptions('sheet', 'year', 'unit', 'encoding', 'recipe', 'lang', 'wait'),
  map: { type: 'string', multiple: true },
  alias: { type: 'string', multiple: true },
  fix: { type: 'string', multiple: true },
  accept: { type: 'string', multiple: true },
  'dry-run': { type: 'boolean' },
} as const;

/** The reader's language from the environment: zh for any zh_* locale, else English. */
export function langFromEnv(env: Record<string, string | undefined>): ImportLang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE || '';
  return /^zh/i.test(locale) ? 'zh-CN' : 'en';
}

/** `a=b` pairs, split at the last `=` (headers may contain one; fields and codes never do). */
function pairs(raw: readonly string[] | undefined, name: string): [string, string][] {
  return (raw ?? []).map((item) => {
    const at = item.lastIndexOf('=');
    if (at <= 0 || at === item.length - 1)
      throw new UsageError(`${name}: expected LEFT=RIGHT, got '${item}'`);
    return [item.slice(0, at).trim(), item.slice(at + 1).trim()];
  });
}

function parseOverrides(values: Record<string, unknown>): ImportRequestOverrides {
  const overrides: ImportRequestOverrides = {};
  if (typeof values.sheet === 'string') overrides.sheet = values.sheet;
  const year = parseYear(values.year as string | undefined);
  if (year !== undefined) overrides.year = year;
  if (typeof values.unit === 'string') {
    const ids = MONEY_UNITS.map((u) => u.id);
    overrides.unit = parseChoice(values.unit, '--unit', ids, ids[0]!);
  }
  if (typeof values.encoding === 'string')
    overrides.encoding = parseChoice<TextEncodingName>(
      values.encoding,
      '--encoding',
      TEXT_ENCODINGS,
      'utf-8',
    );
  const map = pairs(values.map as string[] | undefined, '--map');
  if (map.length > 0) {
    overrides.map = {};
    for (const [column, field] of map) {
      overrides.map[column] = parseChoice(field, `--map ${column}`, IMPORT_FIELDS, 'ignore');
    }
  }
  const aliases = pairs(values.alias as string[] | undefined, '--alias');
  for (const [, code] of aliases)
    if (!/^\d{6}$/.test(code))
      throw new UsageError(`--alias: expected a 6-digit code, got '${code}'`);
  if (aliases.length > 0)
    overrides.aliases = aliases.map(([alias, code]) => ({ alias, code: asAdcode(code) }));
  return overrides;
}

async function readRecipe(path: string | undefined): Promise<ImportRecipe | null> {
  if (path === undefined) return null;
  let text: string;
  try {
    text = await readFile(resolve(path), 'utf8');
  } catch {
    throw new UsageError(`--recipe: cannot read '${path}'`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--recipe: '${path}' is not JSON (${(error as Error).message})`);
  }
  const parsed = parseRecipe(json);
  if (!parsed.ok) throw new UsageError(`--recipe: '${path}' is ${parsed.error}`);
  return parsed.value;
}

export async function importCommand(argv: string[], io: CliIo, out: Output): Promise<number> {
  const args = commandArgs(
    { name: 'import', help: IMPORT_HELP, allowPositionals: true },
    argv,
    OPTIONS,
    out,
  );
  if (!args) return 0;
  const { values, positionals } = args;
  const format = parseChoice(values.format, '--format', ['table', 'json'] as const, 'table');
  const lang: ImportLang =
    values.lang === undefined
      ? langFromEnv(io.env ?? process.env)
      : parseChoice(values.lang, '--lang', ['zh', 'en'] as const, 'en') === 'zh'
        ? 'zh-CN'
        : 'en';
  if (positionals.length !== 1)
    throw new UsageError(`atlas import: expected one FILE, got ${positionals.length}`);
  const path = resolve(positionals[0]!);
  const overrides = parseOverrides(values);
  const recipe = await readRecipe(values.recipe);
  const opened = await openImportFile(path);
  if (!opened.ok)
    throw new UsageError(`FILE: ${problemMessage(opened.error, lang, positionals[0]!, 'cli')}`);
  const dryRun = values['dry-run'] === true;

  const dataDir = values.data
    ? resolve(values.data)
    : atlasDataDir({ env: io.env ?? process.env, platform: io.platform, home: io.home });
  const lock = writerLockOptions(values.wait, io);
  const service = await openService(dataDir, findResourcesDir(io), dryRun, lock);
  const fileName = path.split(/[\\/]/).pop()!;
  const choices = { overrides, fixes: [] as ValueFix[], recipe };
  let preview: ImportPreview = await service.previewFile(opened.file, fileName, choices);
  const rows = (name: 'fix' | 'accept') =>
    ((values[name] as string[] | undefined) ?? []).map((r) => parsePositiveInt(r, `--${name}`)!);
  const fixRows = rows('fix');
  const acceptRows = rows('accept');
  if (fixRows.length > 0 || acceptRows.length > 0) {
    choices.fixes = [
      ...fixesOnRows(preview, fixRows, 'fix'),
      ...fixesOnRows(preview, acceptRows, 'accept'),
    ];
    preview = await service.previewFile(opened.file, fileName, choices);
  }
  let committed: number | null = null;
  if (!dryRun && preview.blocker === null) {
    const result = await service.commitFile(opened.file, fileName, choices);
    if (result.status === 'committed') committed = result.revision.id;
    else preview = { ...preview, blocker: result.blocker };
  }
  if (format === 'json') out.line(importJson(preview, committed, lang));
  else printImportTable(out, preview, committed, dryRun, dataDir, lang);
  return preview.blocker === null ? 0 : 3;
}

/** The slip fixes (or accepts) offered on the rows named; a row without one is a usage error. */
function fixesOnRows(preview: ImportPreview, rows: number[], kind: 'fix' | 'accept'): ValueFix[] {
  const slips = (preview.report?.problems ?? []).flatMap((p) =>
    p.code === 'unit_slip' && p.fix?.kind === 'scale' ? [p.fix] : [],
  );
  return rows.flatMap((row) => {
    const onRow = slips.filter((f) => f.row === row);
    if (onRow.length === 0) {
      const rowsWithSlips = [...new Set(slips.map((f) => f.row))].join(', ') || 'none';
      throw new UsageError(
        `--${kind}: row ${row} has no suspected unit slip (rows with one: ${rowsWithSlips})`,
      );
    }
    return onRow.map((f): ValueFix =>
      kind === 'fix'
        ? f
        : { kind: 'accept', row: f.row, code: f.code, metric: f.metric, value: f.from },
    );
  });
}

/** One writer at a time per data folder: say so while waiting for the app or another import. */
function writerLockOptions(wait: string | undefined, io: CliIo): WriterLockOptions {
  const seconds = wait === undefined ? 30 : Number(wait);
  if (!Number.isFinite(seconds) || seconds < 0 || seconds > 3600)
    throw new UsageError(`--wait: expected seconds from 0 to 3600, got '${wait}'`);
  const progress = io.progress ?? ((line: string) => process.stderr.write(`${line}\n`));
  return {
    what: 'atlas import',
    waitMs: seconds * 1000,
    onWait: (holder) =>
      progress(
        `atlas import: waiting for ${holder ? `${holder.what} (process ${holder.pid})` : 'another program'} to finish writing to the data folder (up to ${seconds} s)…`,
      ),
  };
}

async function openService(
  dataDir: string,
  resourcesDir: string,
  dryRun: boolean,
  lock: WriterLockOptions,
) {
  try {
    if (!dryRun) await mkdir(dataDir, { recursive: true });
    const store = await openStore(dataDir, resourcesDir, { readOnly: dryRun, lock });
    return createImportService(store);
  } catch (error) {
    throw new DataError(
      isIoError(error)
        ? describeError(error, dataDir, 'your changes')
        : `Cannot open the data folder ${dataDir}: ${(error as Error).message}`,
    );
  }
}
