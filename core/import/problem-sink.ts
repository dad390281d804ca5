/**
 * Problems as they are found, at most `cap` listed per code: a file whose whole column is text
 * would otherwise carry a million problems through the worker and into the wizard. The rest of
 * each kind is counted and summarised in one `more_problems` line.
 */
import { makeProblem } from './problems';
import type { ImportProblem, ProblemCode } from './types';

/** At most this many problems per code are listed; the rest are summarised in one line. */
export const MAX_PROBLEMS_PER_CODE = 100;

const RANK = { error: 0, warning: 1, info: 2 } as const;

export class ProblemSink {
  private readonly kept: ImportProblem[] = [];
  private readonly counts = new Map<ProblemCode, number>();
  /** Severity of the first hidden problem of each code (for its summary line). */
  private readonly hidden = new Map<ProblemCode, ImportProblem>();

  constructor(private readonly cap = MAX_PROBLEMS_PER_CODE) {}

  add(problem: ImportProblem): void {
    const n = (this.counts.get(problem.code) ?? 0) + 1;
    this.counts.set(problem.code, n);
    if (n <= this.cap) this.kept.push(problem);
    else if (!this.hidden.has(problem.code)) this.hidden.set(problem.code, problem);
  }

  addAll(problems: readonly ImportProblem[]): void {
    for (const p of problems) this.add(p);
  }

  /** How many problems of this code were found (listed or not). */
  count(code: ProblemCode): number {
    return this.counts.get(code) ?? 0;
  }

  /** True when an error without a row (the whole file) was found. */
  hasFileError(): boolean {
    return this.kept.some((p) => p.severity === 'error' && p.row === null);
  }

  /** Listed problems, errors first, each code's summary line after its listed ones. */
  list(): ImportProblem[] {
    const out = [...this.kept];
    for (const [code, first] of this.hidden) {
      const count = this.counts.get(code)! - this.cap;
      out.push(
        makeProblem(
          first.severity,
          'more_problems',
          { file: '', row: first.row },
          { of: code, count },
        ),
      );
    }
    return out.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  }
}

/** Sort problems errors first, keeping the order within a severity. */
export const bySeverity = (problems: readonly ImportProblem[]): ImportProblem[] =>
  [...problems].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
