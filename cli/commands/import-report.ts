/**
 * How `atlas import` reports: a JSON document for scripts (snake_case, values in 亿元) and a
 * plain-text summary for people. A file the reader refused is reported as one error problem, so
 * both shapes are the same whatever went wrong.
 */
import type { ImportPreview } from '../../core/import-api';
import type { ImportProblem } from '../../core/import';
import { json, renderTable, showGrowth, showNumber } from '../format';
import type { Output } from '../io';

function problemsOf(preview: ImportPreview): ImportProblem[] {
  if (preview.readError) {
    const { code, message } = preview.readError;
    return [{ severity: 'error', row: null, column: null, code: code as never, message }];
  }
  return preview.report?.problems ?? [];
}

export function importJson(preview: ImportPreview, committed: number | null): string {
  const report = preview.report;
  return json({
    file: preview.file.name,
    encoding: report?.encoding ?? null,
    sheet: report?.sheet ?? null,
    year: report?.year ?? null,
    period: report?.period ?? null,
    unit: report?.unit ?? null,
    layout: report?.layout ?? null,
    rows_read: report?.rows_read ?? 0,
    figures: (report?.figures ?? []).map((f) => ({
      code: f.code,
      name_zh: f.name_zh,
      level: f.level,
      year: f.year,
      metric: f.metric,
      value: f.value,
      yoy_pct: f.yoy_pct,
    })),
    problems: problemsOf(preview).map((p) => ({
      severity: p.severity,
      row: p.row,
      column: p.column,
      code: p.code,
      message: p.message,
    })),
    committed_revision: committed,
  });
}

export function printImportTable(
  out: Output,
  preview: ImportPreview,
  committed: number | null,
  dryRun: boolean,
  dataDir: string,
): void {
  const report = preview.report;
  if (report) {
    const facts = [
      report.sheet ? `sheet ${report.sheet}` : null,
      report.encoding,
      report.year
        ? `year ${report.year}${report.period === 'full_year' ? '' : ` (${report.period})`}`
        : null,
      report.unit ? `unit ${report.unit}` : null,
      `${report.layout} layout`,
      `${report.rows_read} rows read`,
    ].filter((x) => x !== null);
    out.line(`${preview.file.name}: ${facts.join(', ')}`);
    out.line();
  }
  if (report && report.figures.length > 0) {
    const rows = report.figures.map((f) => [
      f.code,
      f.name_zh,
      f.metric,
      showNumber(f.value),
      showGrowth(f.yoy_pct),
      f.existing === null ? '' : showNumber(f.existing),
    ]);
    const columns = [
      { header: 'code' },
      { header: 'name' },
      { header: 'metric' },
      { header: '亿元', right: true },
      { header: 'yoy %', right: true },
      { header: 'stored', right: true },
    ];
    for (const line of renderTable(columns, rows)) out.line(line);
    out.line();
  }
  const problems = problemsOf(preview);
  for (const p of problems) out.line(`${p.severity.padEnd(7)} ${p.code}: ${p.message}`);
  if (problems.length > 0) out.line();
  const figures = report?.figures.length ?? 0;
  if (committed !== null) {
    out.line(`Committed ${figures} figures as revision ${committed} in ${dataDir}.`);
  } else if (preview.blocker) {
    out.line(`Nothing committed: ${preview.blocker}`);
  } else if (dryRun) {
    out.line(`Dry run: ${figures} figures would be imported; nothing was stored.`);
  }
}
