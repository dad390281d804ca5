/**
 * Keyboard shortcuts from the registry's accelerators. In the desktop app the application menu
 * owns them (Electron runs the accelerator and sends the action), so this listens only in a
 * browser, where there is no menu.
 */
import { ACTIONS, matchesAccelerator } from '../../core/actions';
import { useActionRunner } from './action-runner';

export const isMac = (): boolean => /Mac|iPhone|iPad/.test(navigator.platform);

/** Typing in a field keeps plain keys; only chords and function keys are shortcuts there. */
function typing(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  return !!target?.closest?.('input, textarea, select, [contenteditable="true"]');
}

export function installShortcuts(): () => void {
  const runner = useActionRunner();
  const mac = isMac();
  const onKey = (event: KeyboardEvent) => {
    const press = {
      key: event.key,
      ctrl: event.ctrlKey,
      meta: event.metaKey,
      shift: event.shiftKey,
      alt: event.altKey,
    };
    const plain = !press.ctrl && !press.meta && !press.alt && !/^F\d+$/.test(event.key);
    if (plain || (typing(event) && !press.ctrl && !press.meta)) return;
    const action = ACTIONS.find(
      (a) => a.accelerator && runner.enabled(a.id) && matchesAccelerator(a.accelerator, press, mac),
    );
    if (!action) return;
    event.preventDefault();
    void runner.run(action.id);
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
