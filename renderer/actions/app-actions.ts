/**
 * What each registry action does when no component on screen handles it: change view, open the
 * palette or About, switch theme or language, print, reopen a recent file. Installed once by App.
 */
import { VIEW_NAMES } from '../../core/actions';
import { api } from '../api';
import { router } from '../router';
import { useImportWizard } from '../stores/import-wizard';
import { useSettings } from '../stores/settings';
import { useShell } from '../stores/shell';
import { useToast } from '../stores/toast';
import { useActionRunner } from './action-runner';

/** Internal step: a scenario file's text to open in the scenario view (ScenarioControls). */
export const OPEN_SCENARIO_TEXT = 'internal.openScenarioText';

export function installAppActions(
  say: (key: string, values?: Record<string, string>) => string,
): void {
  const runner = useActionRunner();
  const settings = useSettings();
  const shell = useShell();
  const toast = useToast();
  const go = (path: string) => router.push(path).then(() => undefined);

  for (const view of VIEW_NAMES) runner.setGlobal(`view.${view}`, () => go(`/${view}`));
  runner.setGlobal('view.palette', () => void (shell.paletteOpen = !shell.paletteOpen));
  runner.setGlobal('view.settings', () => go('/settings'));
  runner.setGlobal('view.toggleTheme', () => settings.toggleTheme());
  runner.setGlobal('view.toggleLanguage', () => settings.toggleLanguage());
  runner.setGlobal('file.print', () => window.print());
  // Paper or PDF: the system print dialog offers "Save as PDF" in Electron and in browsers.
  runner.setGlobal('file.exportPdf', () => {
    toast.show(say('actions.exportPdfHint'));
    window.print();
  });
  runner.setGlobal('help.guide', () => go('/help'));
  runner.setGlobal('help.shortcuts', () => go('/help?section=shortcuts'));
  runner.setGlobal('help.sources', () => go('/sources'));
  runner.setGlobal('help.about', () => void (shell.aboutOpen = true));

  runner.setViewBound('file.import', () => go('/import'));
  runner.setViewBound('file.openScenario', () => go('/scenarios'));
  runner.setViewBound('file.saveScenario', () => go('/scenarios'));
  runner.setViewBound(OPEN_SCENARIO_TEXT, () => go('/scenarios'));

  runner.setGlobal('file.openRecent', async (id) => {
    if (!id) return;
    const file = await api.openRecentFile(id).catch((e: unknown) => ({
      status: 'missing' as const,
      name: id,
      reason: e instanceof Error ? e.message : String(e),
    }));
    if (file.status === 'missing') {
      toast.show(say('recent.missing', { name: file.name, reason: file.reason }), true);
      return;
    }
    if (file.kind === 'scenario') {
      await runner.run(OPEN_SCENARIO_TEXT, JSON.stringify({ name: file.name, text: file.text }));
    } else if (file.kind === 'recipe') {
      await go('/import');
      const problem = useImportWizard().applyRecipe(file.name, file.text);
      toast.show(
        problem
          ? say('recent.recipeInvalid', { name: file.name, reason: problem })
          : say('recent.recipeApplied', { name: file.name }),
        !!problem,
      );
    } else {
      toast.show(say('recent.briefingUnavailable', { name: file.name }), true);
    }
  });
}
