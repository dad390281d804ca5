/**
 * Scenario files as a JSON document kind (json-documents.ts): checked with the scenario reader
 * before they are written, so a file the app saved always opens again.
 */
import { MAX_SCENARIO_TEXT } from '../../../core/scenario-api';
import { describeFileProblem, parseScenarioFile } from '../../../core/scenario';
import { jsonDocumentKind } from '../json-documents';

export const SCENARIO_DOCUMENT = jsonDocumentKind({
  noun: 'scenario',
  maxText: MAX_SCENARIO_TEXT,
  problemOf(text) {
    const parsed = parseScenarioFile(text);
    // The renderer checks first and words this in the reader's language; this is the last guard.
    return parsed.ok ? null : parsed.error.map((p) => describeFileProblem(p, 'en')).join('; ');
  },
});
