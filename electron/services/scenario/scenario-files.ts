/**
 * Saving and opening scenario files through whatever file dialogs the host offers (Electron's;
 * none in the browser harness, where the renderer downloads and uploads instead). A scenario is
 * checked before it is written, so a file saved by the app always opens again.
 */
import type { OpenTextResult, SaveTextResult } from '../../../core/import-api';
import { MAX_SCENARIO_TEXT } from '../../../core/scenario-api';
import { describeFileProblem, parseScenarioFile } from '../../../core/scenario';
import { jsonFileName, type FileDialogs, type FileFilter } from '../file-dialogs';

const SCENARIO_FILTER: FileFilter = { name: 'Scenario (JSON)', extensions: ['json'] };

export async function saveScenarioText(
  dialogs: FileDialogs,
  request: { suggestedName: string; text: string },
): Promise<SaveTextResult> {
  const parsed = parseScenarioFile(request.text);
  if (!parsed.ok) {
    // The renderer checks first and words this in the reader's language; this is the last guard.
    const why = parsed.error.map((p) => describeFileProblem(p, 'en')).join('; ');
    throw new Error(`The scenario was not saved: ${why}`);
  }
  const name = jsonFileName(request.suggestedName, '.scenario.json');
  return dialogs.saveText(name, request.text, SCENARIO_FILTER);
}

export function openScenarioText(dialogs: FileDialogs): Promise<OpenTextResult> {
  // The renderer parses what comes back, on the same path as its upload fallback.
  return dialogs.openText(SCENARIO_FILTER, MAX_SCENARIO_TEXT);
}
