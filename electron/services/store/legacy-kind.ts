/**
 * Revision files written before kinds were stored carry only an English summary. They are read
 * here, once, by the summaries this app wrote then; nothing newer is parsed from text.
 */
import type { RevisionKind } from '../../../core/model';

export function kindOfLegacy(summary: string, fromFile: string | null): RevisionKind {
  if (summary.startsWith('Import ') && fromFile)
    return { type: 'import', file: fromFile, accepted: [] };
  const undo = /^Undo to revision (\d+)$/.exec(summary);
  if (undo) return { type: 'undo', to: Number(undo[1]) };
  if (summary === 'Reset to bundled data') return { type: 'reset' };
  const shares = /^Exposure shares: (\d+) user entr(?:y|ies)$/.exec(summary);
  if (shares) return { type: 'exposure_shares', count: Number(shares[1]) };
  if (summary === 'Exposure shares: user entries cleared')
    return { type: 'exposure_shares', count: 0 };
  return { type: 'other', summary };
}
