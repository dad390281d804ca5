/**
 * Revision summaries are written by the store in English ("Import a.xlsx", "Undo to revision 3",
 * "Reset to bundled data") because they also go into the journal; the history list shows them in
 * the reader's language, and anything it does not recognise as written.
 */
import type { RevisionInfo } from '../../core/api';

type Translate = (key: string, values?: Record<string, unknown>) => string;

export function revisionLabel(revision: RevisionInfo, t: Translate): string {
  if (revision.id === 0) return t('app.bundled');
  const summary = revision.summary;
  if (summary.startsWith('Import ') && revision.fromFile)
    return t('import.history.summary.import', { file: revision.fromFile });
  const undo = /^Undo to revision (\d+)$/.exec(summary);
  if (undo) return t('import.history.summary.undo', { id: undo[1] });
  if (summary === 'Reset to bundled data') return t('import.history.summary.reset');
  // Written by the scenario panel's exposure editor (electron/services/scenario).
  const shares = /^Exposure shares: (\d+) user entr(?:y|ies)$/.exec(summary);
  if (shares) return t('scenario.revision.shares', { n: shares[1] });
  if (summary === 'Exposure shares: user entries cleared') return t('scenario.revision.cleared');
  return summary;
}
