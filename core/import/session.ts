/**
 * One import as the app and the CLI run it: a file + the user's settings (sheet, overrides,
 * recipe, accepted fixes) → a report. The renderer's worker runs it for the preview and the main
 * process runs it again on the same bytes for the commit, so what is committed never depends on
 * anything the renderer computed.
 */
import type { ImportPreview } from '../import-api';
import type { Adcode } from '../model';
import type { ByteSource } from './byte-source';
import { applyFix } from './layer';
import { runImport, type ImportContext, type ImportInput, type RunControl } from './pipeline';
import type { CommitBlocker } from './problem-text';
import { readImportSource, type ReadLimits } from './read-bytes';
import { runImportWithRecipe, type ImportRecipe } from './recipe';
import { bySeverity } from './problem-sink';
import type {
  AcceptFix,
  ImportOverrides,
  ImportProblem,
  ImportReport,
  ProblemCode,
  ValueFix,
} from './types';
import { validateFigures } from './validate';

export interface ImportSettings {
  /** Sheet to read (xlsx); undefined lets the pipeline (or the recipe) choose. */
  sheet?: string;
  overrides: ImportOverrides;
  /** One-click fixes the user accepted; only fixes the report itself offers are applied. */
  fixes: readonly ValueFix[];
  recipe: ImportRecipe | null;
}

export interface PreparedImport {
  kind: 'csv' | 'xlsx' | null;
  sheets: string[];
  /** Reader notes (e.g. "the name ends in .xlsx but the file is plain text"). */
  notes: ImportProblem[];
  /** Set when the reader refused the file (legacy .xls, PDF, zip bomb…); report is then null. */
  readError: ImportProblem | null;
  report: ImportReport | null;
  /** Accepted fixes the report no longer offers (the file or the settings changed). */
  staleFixes: ValueFix[];
}

const sameFix = (a: ValueFix, b: ValueFix): boolean =>
  a.kind === b.kind &&
  a.row === b.row &&
  a.code === b.code &&
  a.metric === b.metric &&
  (a.kind === 'scale' && b.kind === 'scale'
    ? a.factor === b.factor && a.from === b.from && a.to === b.to
    : a.kind === 'accept' && b.kind === 'accept' && a.value === b.value);

/** An accept offered by a slip: the value as it stands. */
const acceptOf = (p: ImportProblem): AcceptFix | null =>
  p.code === 'unit_slip' && p.fix?.kind === 'scale'
    ? { kind: 'accept', row: p.fix.row, code: p.fix.code, metric: p.fix.metric, value: p.fix.from }
    : null;

/** Whether the report offers this fix now (a slip offers both scaling and accepting). */
function offers(report: ImportReport, fix: ValueFix): boolean {
  return report.problems.some((p) => {
    if (p.fix && (p.fix.kind === 'scale' || p.fix.kind === 'accept') && sameFix(p.fix, fix))
      return true;
    const accept = acceptOf(p);
    return accept !== null && sameFix(accept, fix);
  });
}

/** Checks whose findings depend on the values, and so change when a fix scales one. */
const VALUE_CHECKS = new Set<ProblemCode>([
  'unit_slip',
  'slip_accepted',
  'changes_existing',
  'total_mismatch',
  'yoy_mismatch',
  'total_row_sum',
]);

/**
 * Unit slips are found partly by rank neighbours and totals rows, so one slip makes others look
 * slipped too. After a fix the value checks run again on the fixed figures and their old findings
 * are replaced by the new ones.
 */
function recheck(
  report: ImportReport,
  context: ImportContext,
  accepted: readonly AcceptFix[],
): ImportReport {
  const again = validateFigures(report.figures, {
    file: report.file,
    mapping: report.mapping,
    dataset: context.dataset,
    entities: context.entities,
    accepted,
  });
  const kept = report.problems.filter((p) => !VALUE_CHECKS.has(p.code));
  const fresh = again.problems.filter((p) => VALUE_CHECKS.has(p.code));
  return { ...report, problems: bySeverity([...kept, ...fresh]) };
}

/**
 * Apply the fixes the user accepted, in order, but only those the report offers at that point:
 * a renderer cannot make the main process scale an arbitrary value by sending a made-up fix.
 */
export function applyAcceptedFixes(
  report: ImportReport,
  fixes: readonly ValueFix[],
  context: ImportContext,
): { report: ImportReport; stale: ValueFix[]; accepted: AcceptFix[] } {
  let current = report;
  const stale: ValueFix[] = [];
  const accepted: AcceptFix[] = [];
  for (const fix of fixes) {
    if (!offers(current, fix)) {
      stale.push(fix);
      continue;
    }
    if (fix.kind === 'accept') accepted.push(fix);
    else current = applyFix(current, fix);
    current = recheck(current, context, accepted);
  }
  return { report: current, stale, accepted };
}

export interface PrepareOptions {
  limits?: Partial<ReadLimits>;
  control?: RunControl;
}

/** Run the reader and the pipeline with the user's settings. Never throws on bad input. */
export async function prepareImport(
  source: ByteSource,
  fileName: string,
  settings: ImportSettings,
  context: ImportContext,
  options: PrepareOptions = {},
): Promise<PreparedImport & { accepted: AcceptFix[] }> {
  const read = await readImportSource(source, fileName, options.limits);
  if (!read.ok) {
    return {
      kind: null,
      sheets: [],
      notes: [],
      readError: read.error,
      report: null,
      staleFixes: [],
      accepted: [],
    };
  }
  const file = read.value;
  const input: ImportInput =
    file.kind === 'csv'
      ? { fileName, source: file.source, overrides: settings.overrides }
      : { fileName, workbook: file.workbook, overrides: settings.overrides };
  if (settings.sheet !== undefined) input.sheetName = settings.sheet;
  const raw = settings.recipe
    ? await runImportWithRecipe(input, context, settings.recipe, options.control)
    : await runImport(input, context, options.control);
  const fixed = applyAcceptedFixes(raw, settings.fixes, context);
  return {
    kind: file.kind,
    sheets: file.kind === 'xlsx' ? [...file.workbook.sheets] : [],
    notes: read.notes,
    readError: null,
    report: fixed.report,
    staleFixes: fixed.stale,
    accepted: fixed.accepted,
  };
}

/** Why a prepared import cannot be committed, or null when it can. */
export function commitBlocker(prepared: PreparedImport): CommitBlocker | null {
  if (prepared.readError) return { code: 'read_error', problem: prepared.readError };
  const report = prepared.report!;
  if (prepared.staleFixes.length > 0) {
    return { code: 'stale_fixes', rows: prepared.staleFixes.map((f) => f.row) };
  }
  const errors = report.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0)
    return { code: 'errors_remain', count: errors.length, first: errors.slice(0, 3) };
  const slips = report.problems.filter((p) => p.code === 'unit_slip');
  if (slips.length > 0) {
    return { code: 'slips_open', rows: [...new Set(slips.map((p) => p.row ?? 0))] };
  }
  if (report.figures.length === 0) return { code: 'no_figures' };
  return null;
}

/** Taught aliases, later ones winning for the same printed name. */
export function mergeAliases(
  ...lists: readonly (readonly { alias: string; code: Adcode }[])[]
): { alias: string; code: Adcode }[] {
  const byAlias = new Map<string, { alias: string; code: Adcode }>();
  for (const list of lists)
    for (const a of list) byAlias.set(a.alias, { alias: a.alias, code: a.code });
  return [...byAlias.values()];
}

/**
 * The preview the wizard shows and the CLI prints, built the same way by the renderer's worker
 * and by the main process. `sha256` is computed by the caller (WebCrypto or node:crypto).
 * `forgetStale` leaves fixes the report no longer offers out of the blocker (the wizard drops
 * them and sends only the rest with its commit).
 */
export async function buildImportPreview(
  source: ByteSource,
  fileName: string,
  sha256: string,
  settings: ImportSettings,
  context: ImportContext,
  options: PrepareOptions & { forgetStale?: boolean } = {},
): Promise<{ preview: ImportPreview; prepared: PreparedImport & { accepted: AcceptFix[] } }> {
  const prepared = await prepareImport(source, fileName, settings, context, options);
  const blocker = commitBlocker(options.forgetStale ? { ...prepared, staleFixes: [] } : prepared);
  return {
    prepared,
    preview: {
      file: {
        name: fileName,
        size: source.size,
        sha256,
        kind: prepared.kind,
        sheets: prepared.sheets,
      },
      notes: prepared.notes,
      readError: prepared.readError,
      report: prepared.report,
      blocker,
    },
  };
}
