/**
 * Import problems and commit blockers in the reader's language, worded by core/import (the same
 * sentences the CLI prints with --lang), so the Chinese interface never shows an English message.
 */
import {
  blockerText,
  plainNumber,
  problemMessage,
  problemText,
  type CommitBlocker,
  type ImportProblem,
} from '../../core/import';
import { useSettings } from '../stores/settings';

export function useProblemText() {
  const settings = useSettings();
  return {
    /** The sentence alone (the list shows row and column beside it). */
    text: (p: ImportProblem) => problemText(p, settings.locale),
    /** Place and sentence, for a problem shown on its own. */
    message: (p: ImportProblem, file: string | null) => problemMessage(p, settings.locale, file),
    blocker: (b: CommitBlocker, file: string) => blockerText(b, settings.locale, file),
    number: plainNumber,
  };
}
