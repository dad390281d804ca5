import { describe, expect, it } from 'vitest';
import { revisionLabel } from './revision-label';

const t = (key: string, values?: Record<string, unknown>) =>
  `${key}${values ? JSON.stringify(values) : ''}`;
const at = '2026-01-01T00:00:00.000Z';

describe('revisionLabel', () => {
  it('translates the store’s summaries and leaves others as written', () => {
    expect(
      revisionLabel({ id: 0, createdAt: at, summary: 'Bundled data', fromFile: null }, t),
    ).toBe('app.bundled');
    expect(
      revisionLabel({ id: 1, createdAt: at, summary: 'Import a.xlsx', fromFile: 'a.xlsx' }, t),
    ).toBe('import.history.summary.import{"file":"a.xlsx"}');
    expect(
      revisionLabel({ id: 2, createdAt: at, summary: 'Undo to revision 0', fromFile: null }, t),
    ).toBe('import.history.summary.undo{"id":"0"}');
    expect(
      revisionLabel({ id: 3, createdAt: at, summary: 'Reset to bundled data', fromFile: null }, t),
    ).toBe('import.history.summary.reset');
    expect(revisionLabel({ id: 4, createdAt: at, summary: 'Hand edit', fromFile: null }, t)).toBe(
      'Hand edit',
    );

    const shares = (summary: string) =>
      revisionLabel({ id: 5, createdAt: at, summary, fromFile: null }, t);
    expect(shares('Exposure shares: 1 user entry')).toBe('scenario.revision.shares{"n":"1"}');
    expect(shares('Exposure shares: 12 user entries')).toBe('scenario.revision.shares{"n":"12"}');
    expect(shares('Exposure shares: user entries cleared')).toBe('scenario.revision.cleared');
  });
});
