/**
 * A revision in the reader's language, from its structured kind (what it did, as data): nothing
 * is parsed back from the English summary the store writes for its journal.
 */
import type { RevisionInfo } from '../../core/api';

type Translate = (key: string, values?: Record<string, unknown>) => string;

export function revisionLabel(revision: RevisionInfo, t: Translate): string {
  const kind = revision.kind;
  switch (kind.type) {
    case 'bundled':
      return t('app.bundled');
    case 'import':
      return kind.accepted.length > 0
        ? t('import.history.summary.importAccepted', { file: kind.file, n: kind.accepted.length })
        : t('import.history.summary.import', { file: kind.file });
    case 'undo':
      return t('import.history.summary.undo', { id: kind.to });
    case 'reset':
      return t('import.history.summary.reset');
    case 'exposure_shares':
      return kind.count === 0
        ? t('scenario.revision.cleared')
        : t('scenario.revision.shares', { n: kind.count });
    case 'other':
      return kind.summary;
  }
}
