/**
 * How `atlas import` reports: a JSON document for scripts (snake_case; each figure with its
 * currency, CNY in 亿元) and a plain-text summary for people, both worded in the chosen language.
 * A file the reader refused is reported as one error problem, so both shapes are the same
 * whatever went wrong.
 */
import type { ImportPreview } from '../../core/import-api';
import {
  blockerText,
  problemMessage,
  type ImportedFigure,
  type ImportLang,
  type ImportProblem,
} from '../../core/import';
import { json, renderTable, showGrowth, showNumber } from '../format';
import type { Output } from '../io';

function problemsOf(preview: ImportPreview): ImportProblem[] {
  if (preview.readError) return [preview.readError];
  return [...preview.notes, ...(preview.report?.problems ?? [])];
}

/** Stands in for the figures while the rest of the report is indented (no file name holds it). */
const FIGURES_MARK = '\u0000figures\u0000';

/** One figure of the JSON report, with its keys in the order they are printed. */
const figureJson = (f: ImportedFigure) => ({
  code: f.code,
  name_zh: f.name_zh,
  level: f.level,
  year: f.year,
  period: f.period,
  metric: f.metric,
  value: f.value,
  currency: f.currency,
  yoy_pct: f.yoy_pct,
  row: f.row,
});

/**
 * The JSON report: indented like the other commands' JSON, except that each figure sits on one
 * line of its own. A file may hold a hundred thousand figures; ten indented lines each made the
 * report 2.5× as long (25 MB for 100,000 figures) for nothing a script or a reader needs.
 */
export function importJson(
  preview: ImportPreview,
  committed: number | null,
  lang: ImportLang,
): string {
  const report = preview.report;
  const file = preview.file.name;
  const head = json({
    file,
    encoding: report?.encoding ?? null,
    sheet: report?.sheet ?? null,
    year: report?.year ?? null,
    period: report?.period ?? null,
    unit: report?.unit ?? null,
    layout: report?.layout ?? null,
    rows_read: report?.rows_read ?? 0,
    figures: FIGURES_MARK,
    problems: problemsOf(preview).map((p) => ({
      severity: p.severity,
      code: p.code,
      row: p.row,
      column: p.column,
      message: problemMessage(p, lang, file, 'cli'),
      fix: p.fix ?? null,
      params: p.params,
    })),
    blocker: preview.blocker ? blockerText(preview.blocker, lang, file, 'cli') : null,
    committed_revision: committed,
  });
  const figures = report?.figures ?? [];
  // Lines are joined a few thousand at a time: each joined block is one large string the young
  // generation never copies, where 100,000 small ones kept alive to the end were copied twice.
  const blocks: string[] = [];
  for (let start = 0; start < figures.length; start += 4096) {
    const lines = figures
      .slice(start, start + 4096)
      .map((f) => `    ${JSON.stringify(figureJson(f))}`);
    blocks.push(lines.join(',\n'));
  }
  const list = blocks.length > 0 ? `[\n${blocks.join(',\n')}\n  ]` : '[]';
  return head.replace(JSON.stringify(FIGURES_MARK), () => list);
}

const WORDS = {
  en: {
    sheet: 'sheet',
    year: 'year',
    unit: 'unit',
    layout: (l: string) => `${l} layout`,
    rows: (n: number) => `${n} rows read`,
    headers: ['code', 'name', 'year', 'metric', 'value', 'yoy %', 'stored'],
    committed: (n: number, id: number, dir: string) =>
      `Committed ${n} figures as revision ${id} in ${dir}.`,
    blocked: (why: string) => `Nothing committed: ${why}`,
    dry: (n: number) => `Dry run: ${n} figures would be imported; nothing was stored.`,
  },
  'zh-CN': {
    sheet: '工作表',
    year: '年份',
    unit: '单位',
    layout: (l: string) => (l === 'long' ? '长表' : '宽表'),
    rows: (n: number) => `读取 ${n} 行`,
    headers: ['代码', '名称', '年份', '指标', '数值', '同比%', '已存'],
    committed: (n: number, id: number, dir: string) =>
      `已提交 ${n} 个数值，成为 ${dir} 中的版本 ${id}。`,
    blocked: (why: string) => `未提交：${why}`,
    dry: (n: number) => `试运行：将导入 ${n} 个数值；未保存任何内容。`,
  },
} as const;

const METRICS = {
  en: { total: 'total', exports: 'exports', imports: 'imports' },
  'zh-CN': { total: '进出口', exports: '出口', imports: '进口' },
} as const;

export function printImportTable(
  out: Output,
  preview: ImportPreview,
  committed: number | null,
  dryRun: boolean,
  dataDir: string,
  lang: ImportLang,
): void {
  const words = WORDS[lang];
  const report = preview.report;
  const file = preview.file.name;
  if (report) {
    const facts = [
      report.sheet ? `${words.sheet} ${report.sheet}` : null,
      report.encoding,
      report.year
        ? `${words.year} ${report.year}${report.period === 'full_year' ? '' : ` (${report.period})`}`
        : null,
      report.unit ? `${words.unit} ${report.unit}` : null,
      words.layout(report.layout),
      words.rows(report.rows_read),
    ].filter((x) => x !== null);
    out.line(`${file}: ${facts.join(', ')}`);
    out.line();
  }
  if (report && report.figures.length > 0) {
    const rows = report.figures.map((f) => [
      f.code,
      f.name_zh,
      String(f.year),
      METRICS[lang][f.metric],
      f.value === null ? '—' : `${showNumber(f.value)} ${f.currency === 'USD' ? '亿美元' : '亿元'}`,
      showGrowth(f.yoy_pct),
      f.existing === null ? '' : showNumber(f.existing),
    ]);
    const columns = words.headers.map((header, i) => ({ header, right: i >= 4 }));
    for (const line of renderTable(columns, rows)) out.line(line);
    out.line();
  }
  const problems = problemsOf(preview);
  for (const p of problems)
    out.line(`${p.severity.padEnd(7)} ${p.code}: ${problemMessage(p, lang, file, 'cli')}`);
  if (problems.length > 0) out.line();
  const figures = report?.figures.length ?? 0;
  if (committed !== null) {
    out.line(words.committed(figures, committed, dataDir));
  } else if (preview.blocker) {
    out.line(words.blocked(blockerText(preview.blocker, lang, file, 'cli')));
  } else if (dryRun) {
    out.line(words.dry(figures));
  }
}
