/**
 * Problems and commit blockers in words, in Chinese or English. The app's wizard and the CLI
 * both call these, so a problem reads the same wherever it is shown.
 */
import type { ProblemCode, ProblemParamMap } from './problem-codes';
import { EN, EN_KIT } from './problem-text-en';
import type { ImportLang, ProblemTemplates, TextKit, TextSurface } from './problem-text-kit';
import { ZH, ZH_KIT } from './problem-text-zh';
import type { ImportProblem } from './types';

export type { ImportLang, TextSurface } from './problem-text-kit';
export { fileSize, plainNumber } from './problem-text-kit';
export { FIELD_WORDS_ZH } from './problem-text-zh';

const LANGS: Record<ImportLang, { templates: ProblemTemplates; kit: TextKit }> = {
  'zh-CN': { templates: ZH, kit: ZH_KIT },
  en: { templates: EN, kit: EN_KIT },
};

function kitFor(lang: ImportLang, surface: TextSurface): TextKit {
  const kit = LANGS[lang].kit;
  if (surface === 'app') return kit;
  return { ...kit, cli: (hint) => (lang === 'zh-CN' ? `（${hint}）` : ` (${hint})`) };
}

/** The sentence for one problem, without its place. */
export function problemText(
  problem: ImportProblem,
  lang: ImportLang,
  surface: TextSurface = 'app',
): string {
  const templates = LANGS[lang].templates;
  const kit = kitFor(lang, surface);
  const template = templates[problem.code] as (
    params: ProblemParamMap[ProblemCode],
    kit: TextKit,
  ) => string;
  return template(problem.params, kit);
}

/** Where a problem is: "a.csv, row 7, column C (出口)" / "a.csv 第 7 行 C 列（出口）". */
export function problemPlace(
  problem: Pick<ImportProblem, 'row' | 'column' | 'letter'>,
  lang: ImportLang,
  file: string | null,
): string {
  const header =
    problem.column !== null && problem.column !== problem.letter ? problem.column : null;
  if (lang === 'zh-CN') {
    const parts = file ? [file] : [];
    if (problem.row !== null) parts.push(`第 ${problem.row} 行`);
    if (problem.letter)
      parts.push(header ? `${problem.letter} 列（${header}）` : `${problem.letter} 列`);
    else if (header) parts.push(`“${header}”列`);
    return parts.join(' ');
  }
  const parts = file ? [file] : [];
  if (problem.row !== null) parts.push(`row ${problem.row}`);
  if (problem.letter)
    parts.push(header ? `column ${problem.letter} (${header})` : `column ${problem.letter}`);
  else if (header) parts.push(`column "${header}"`);
  return parts.join(', ');
}

/** The full message: place, then sentence ("a.csv, row 7, column C (出口): …"). */
export function problemMessage(
  problem: ImportProblem,
  lang: ImportLang,
  file: string | null,
  surface: TextSurface = 'app',
): string {
  const place = problemPlace(problem, lang, file);
  const text = problemText(problem, lang, surface);
  if (place === '') return text;
  return lang === 'zh-CN' ? `${place}：${text}` : `${place}: ${text}`;
}

/** Why a prepared import cannot be committed. */
export type CommitBlocker =
  | { code: 'read_error'; problem: ImportProblem }
  | { code: 'stale_fixes'; rows: number[] }
  | { code: 'errors_remain'; count: number; first: ImportProblem[] }
  | { code: 'slips_open'; rows: number[] }
  | { code: 'no_figures' }
  /** The data moved (an undo, another import) after the file was checked against revision `checked`. */
  | { code: 'data_changed'; checked: number; current: number };

/** A blocker in words, naming the file and what to do. */
export function blockerText(
  blocker: CommitBlocker,
  lang: ImportLang,
  file: string,
  surface: TextSurface = 'app',
): string {
  const zh = lang === 'zh-CN';
  switch (blocker.code) {
    case 'read_error':
      return problemMessage(blocker.problem, lang, file, surface);
    case 'stale_fixes':
      return zh
        ? `${file}：第 ${blocker.rows.join('、')} 行已接受的修正不再适用；请重新预览文件。`
        : `${file}: the accepted fix for row ${blocker.rows.join(', ')} no longer applies; preview the file again.`;
    case 'errors_remain': {
      const shown = blocker.first
        .map((p) => problemMessage(p, lang, file, surface))
        .join(zh ? '' : ' ');
      const more = blocker.count - blocker.first.length;
      return zh
        ? `有 ${blocker.count} 个错误需要先在文件中修正：${shown}${more > 0 ? `（另有 ${more} 个）` : ''}`
        : `${blocker.count} error${blocker.count === 1 ? '' : 's'} must be fixed in the file first: ${shown}${more > 0 ? ` (and ${more} more)` : ''}`;
    }
    case 'slips_open': {
      const cli = surface === 'cli';
      return zh
        ? `${file}：第 ${blocker.rows.join('、')} 行疑似单位错误；请修正，或确认按原值导入${cli ? '（--fix 行号 或 --accept 行号）' : ''}。`
        : `${file}: row ${blocker.rows.join(', ')} may hold a unit slip; fix it, or accept the value as printed${cli ? ' (--fix ROW or --accept ROW)' : ''}.`;
    }
    case 'no_figures':
      return zh ? `${file}：没有可导入的数值。` : `${file}: there are no figures to import.`;
    case 'data_changed':
      return zh
        ? `${file}：检查此文件后数据已改变（检查时为版本 r${blocker.checked}，现在为 r${blocker.current}）；请按当前数据重新检查后再提交。`
        : `${file}: the data changed after this file was checked (r${blocker.checked} then, r${blocker.current} now); check it again against the current data before committing.`;
  }
}
