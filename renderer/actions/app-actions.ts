/**
 * What each registry action does when no component on screen handles it: change view, open the
 * palette or About, switch theme or language, print, reopen a recent file. Installed once by App.
 */
import { VIEW_NAMES } from '../../core/actions';
import { api } from '../api';
import { usePrintMode } from '../print/print-mode';
import { usePrintables } from '../print/printables';
import { router } from '../router';
import { useSettings } from '../stores/settings';
import { useShell } from '../stores/shell';
import { useToast } from '../stores/toast';
import { useActionRunner } from './action-runner';

/** Internal step: a scenario file's text to open in the scenario view (ScenarioControls). */
export const OPEN_SCENARIO_TEXT = 'internal.openScenarioText';

// The briefing and import stores (and the scenario and file code they bring) load with the
// first action that needs them, not with the shell: start-up evaluates less before the first view.
const briefingStore = () => import('../briefing/briefing').then((m) => m.useBriefing());
const importWizardStore = () => import('../stores/import-wizard').then((m) => m.useImportWizard());

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
  const print = usePrintMode();
  const printables = usePrintables();
  // Paper or PDF: both open the print preview (paper, orientation, margins, scale).
  runner.setGlobal('file.print', () => print.openPreview());
  runner.setGlobal('file.exportPdf', () => print.openPreview());
  runner.setGlobal('file.export', () => void (shell.exportOpen = true));
  runner.setGlobal('file.addToBriefing', async () => {
    const state = printables.current();
    if (!state) return toast.show(say('briefing.nothingToAdd'), true);
    const [briefing, { MAX_BRIEFING_ITEMS }] = await Promise.all([
      briefingStore(),
      import('../../core/briefing/briefing-file'),
    ]);
    const item = await briefing.pin(state);
    toast.show(
      item
        ? say('briefing.added', {
            n: String(briefing.items.length),
            title: say(`print.view.${state.view}`),
          })
        : say('briefing.full', { max: String(MAX_BRIEFING_ITEMS) }),
      !item,
    );
  });
  runner.setGlobal('help.guide', () => go('/help'));
  runner.setGlobal('help.shortcuts', () => go('/help?section=shortcuts'));
  runner.setGlobal('help.sources', () => go('/sources'));
  runner.setGlobal('help.about', () => void (shell.aboutOpen = true));

  runner.setViewBound('file.import', () => go('/import'));
  runner.setViewBound('file.openScenario', () => go('/scenarios'));
  runner.setViewBound('file.saveScenario', () => go('/scenarios'));
  runner.setViewBound(OPEN_SCENARIO_TEXT, () => go('/scenarios'));
  runner.setViewBound('file.openBriefing', () => go('/briefing'));
  runner.setViewBound('file.saveBriefing', () => go('/briefing'));

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
      const problem = (await importWizardStore()).applyRecipe(file.name, file.text);
      toast.show(
        problem
          ? say('recent.recipeInvalid', { name: file.name, reason: problem })
          : say('recent.recipeApplied', { name: file.name }),
        !!problem,
      );
    } else {
      await go('/briefing');
      if (!(await (await briefingStore()).openText(file.name, file.text))) {
        toast.show(say('recent.briefingInvalid', { name: file.name }), true);
      }
    }
  });
}
