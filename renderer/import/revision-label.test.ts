import { describe, expect, it } from 'vitest';
import type { RevisionInfo } from '../../core/api';
import { asAdcode, type RevisionKind } from '../../core/model';
import { revisionLabel } from './revision-label';

const t = (key: string, values?: Record<string, unknown>) =>
  `${key}${values ? JSON.stringify(values) : ''}`;
const at = '2026-01-01T00:00:00.000Z';
// The English summary is deliberately wrong: the label must come from the kind alone.
const revision = (kind: RevisionKind): RevisionInfo => ({
  id: 1,
  createdAt: at,
  summary: 'not read',
  fromFile: null,
  kind,
});

describe('revisionLabel', () => {
  it('words each kind of revision from its parameters, never from the summary', () => {
    expect(revisionLabel(revision({ type: 'bundled' }), t)).toBe('app.bundled');
    expect(revisionLabel(revision({ type: 'import', file: 'a.xlsx', accepted: [] }), t)).toBe(
      'import.history.summary.import{"file":"a.xlsx"}',
    );
    const accepted = [
      { row: 9, code: asAdcode('610100'), metric: 'total' as const, value: 498.79 },
    ];
    expect(revisionLabel(revision({ type: 'import', file: 'a.csv', accepted }), t)).toBe(
      'import.history.summary.importAccepted{"file":"a.csv","n":1}',
    );
    expect(revisionLabel(revision({ type: 'undo', to: 0 }), t)).toBe(
      'import.history.summary.undo{"id":0}',
    );
    expect(revisionLabel(revision({ type: 'reset' }), t)).toBe('import.history.summary.reset');
    expect(revisionLabel(revision({ type: 'exposure_shares', count: 12 }), t)).toBe(
      'scenario.revision.shares{"n":12}',
    );
    expect(revisionLabel(revision({ type: 'exposure_shares', count: 0 }), t)).toBe(
      'scenario.revision.cleared',
    );
    expect(revisionLabel(revision({ type: 'other', summary: 'Hand edit' }), t)).toBe('Hand edit');
  });
});
