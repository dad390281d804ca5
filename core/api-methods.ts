/**
 * The contract's method names without their argument schemas: all the renderer's transport needs
 * at start-up. Importing them from core/api.ts would bring valibot and every argument schema
 * (about 80 KB) into the start-up JS. The list is checked against `AtlasApi` by its type (no name
 * it lacks) and by electron/contract.test.ts (no method missing).
 */
import type { ApiMethod } from './api';

export const API_METHODS = [
  'getWorkingData',
  'listRevisions',
  'getBoundaries',
  'previewImport',
  'commitImport',
  'listTaughtAliases',
  'undoTo',
  'resetToBundled',
  'saveRecipe',
  'loadRecipe',
  'getExposureProfiles',
  'saveExposureEdits',
  'saveScenario',
  'openScenario',
  'getSettings',
  'saveSettings',
  'showDataFolder',
  'getAbout',
  'listRecentFiles',
  'openRecentFile',
  'noteRecentFile',
  'printPage',
  'saveExport',
  'saveBriefing',
  'openBriefing',
] as const satisfies readonly ApiMethod[];
