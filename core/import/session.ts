/**
 * One import as the app and the CLI run it: bytes + the user's settings (sheet, overrides, recipe,
 * accepted fixes) → a report. The renderer's worker runs it for the preview and the main process
 * runs it again on the same bytes for the commit, so what is committed never depends on anything
 * the renderer computed.
 */
import type { Adcode } from '../model';
import { labelOfEntity } from './figures';
import { applyFix } from './layer';
import { runImport, type ImportContext, type ImportInput } from './pipeline';
import {
  readImportBytes,
  type ReadLimits,
  type ReadResult,
  type WorkbookParser,
} from './read-bytes';
import { runImportWithRecipe, type ImportRecipe } from './recipe';
import type { FixDescriptor, ImportOverrides, ImportReport, ProblemCode } from './types';
import { validateFigures } from './validate';

export interface ImportSettings {
  /** Sheet to read (xlsx); undefined lets the pipeline (or the recipe) choose. */
  sheet?: string;
  overrides: ImportOverrides;
  /** One-click fixes the user accepted; only fixes the report itself offers are applied. */
  fixes: readonly FixDescriptor[];
  recipe: ImportRecipe | null;
}

export interface PreparedImport {
  kind: 'csv' | 'xlsx' | null;
  sheets: string[];
  /** Reader notes (e.g. "the name ends in .xlsx but the file is plain text"). */
  notes: string[];
  /** Set when the reader refused the file (legacy .xls, PDF, zip bomb…); report is then null. */
  readError: Extract<ReadResult, { ok: false }>['error'] | null;
  report: ImportReport | null;
  /** Accepted fixes the report no longer offers (the file or the settings changed). */
  staleFixes: FixDescriptor[];
}

const sameFix = (a: FixDescriptor, b: FixDescriptor): boolean =>
  a.kind === b.kind &&
  a.row === b.row &&
  a.code === b.code &&
  a.metric === b.metric &&
  a.factor === b.factor &&
  a.from === b.from &&
  a.to === b.to;

/** Checks whose findings depend on the values, and so change when a fix scales one. */
const VALUE_CHECKS = new Set<ProblemCode>([
  'unit_slip',
  'changes_existing',
  'total_mismatch',
  'yoy_mismatch',
]);

/**
 * Unit slips are found partly by rank neighbours, so one slip makes its neighbours look slipped
 * too (a 西安 printed ÷10 puts 台州 "out of place"). After a fix the value checks run again on
 * the fixed figures and their old findings are replaced by the new ones.
 */
function recheckUnitSlips(report: ImportReport, context: ImportContext): ImportReport {
  const byCode = new Map(context.entities.map((e) => [e.code as string, e]));
  const again = validateFigures(report.figures, {
    file: report.file,
    mapping: report.mapping,
    dataset: context.dataset,
    labelOf: (f) => {
      const entity = byCode.get(f.code);
      return entity ? labelOfEntity(entity) : f.name_zh;
    },
  });
  const kept = report.problems.filter((p) => !VALUE_CHECKS.has(p.code));
  const slips = again.problems.filter((p) => VALUE_CHECKS.has(p.code));
  // Same order as runImport's: errors, then warnings, then info.
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const problems = [...kept, ...slips].sort((a, b) => rank[a.severity] - rank[b.severity]);
  return { ...report, problems };
}

/**
 * Apply the fixes the user accepted, in order, but only those the report offers at that point:
 * a renderer cannot make the main process scale an arbitrary value by sending a made-up fix.
 */
export function applyAcceptedFixes(
  report: ImportReport,
  fixes: readonly FixDescriptor[],
  context: ImportContext,
): { report: ImportReport; stale: FixDescriptor[] } {
  let current = report;
  const stale: FixDescriptor[] = [];
  for (const fix of fixes) {
    const offered = current.problems.some((p) => p.fix && sameFix(p.fix, fix));
    if (!offered) {
      stale.push(fix);
      continue;
    }
    current = recheckUnitSlips(applyFix(current, fix), context);
  }
  return { report: current, stale };
}

/** Run the reader and the pipeline with the user's settings. Never throws on bad input. */
export async function prepareImport(
  bytes: Uint8Array,
  fileName: string,
  settings: ImportSettings,
  context: ImportContext,
  parse: WorkbookParser,
  limits: Partial<ReadLimits> = {},
): Promise<PreparedImport> {
  const read = await readImportBytes(bytes, fileName, parse, limits);
  if (!read.ok) {
    return {
      kind: null,
      sheets: [],
      notes: [],
      readError: read.error,
      report: null,
      staleFixes: [],
    };
  }
  const file = read.value;
  const input: ImportInput =
    file.kind === 'csv'
      ? { fileName, bytes: file.bytes, overrides: settings.overrides }
      : { fileName, sheets: file.sheets, overrides: settings.overrides };
  if (settings.sheet !== undefined) input.sheetName = settings.sheet;
  const raw = settings.recipe
    ? runImportWithRecipe(input, context, settings.recipe)
    : runImport(input, context);
  const fixed = applyAcceptedFixes(raw, settings.fixes, context);
  return {
    kind: file.kind,
    sheets: file.kind === 'xlsx' ? file.sheets.map((s) => s.name) : [],
    notes: read.notes,
    readError: null,
    report: fixed.report,
    staleFixes: fixed.stale,
  };
}

/** Why a prepared import cannot be committed, or null when it can. */
export function commitBlocker(prepared: PreparedImport): string | null {
  if (prepared.readError) return prepared.readError.message;
  const report = prepared.report!;
  if (prepared.staleFixes.length > 0) {
    const rows = prepared.staleFixes.map((f) => f.row).join(', ');
    return `${report.file}: the accepted fix for row ${rows} no longer applies; preview the file again.`;
  }
  const errors = report.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    const shown = errors.slice(0, 3).map((p) => p.message);
    const more = errors.length > 3 ? ` (and ${errors.length - 3} more)` : '';
    return `${errors.length} error${errors.length === 1 ? '' : 's'} must be fixed in the file first: ${shown.join(' ')}${more}`;
  }
  if (report.figures.length === 0) return `${report.file}: there are no figures to import.`;
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
