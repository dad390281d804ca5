/**
 * Runs registry actions (core/actions.ts), whoever asks: a button, a keyboard shortcut, the
 * command palette or the application menu. An action is handled by the component that can do it
 * while that component is on screen (`useActionHandler`), else by the app-wide handler; an action
 * that belongs to a view (Save scenario) first opens that view and runs once the view has
 * registered its handler.
 */
import { defineStore } from 'pinia';
import { onBeforeUnmount, onMounted, ref } from 'vue';
import { actionById, actionEnabled } from '../../core/actions';
import { transport } from '../api';

export type ActionHandler = (arg?: string) => void | Promise<void>;

export const host: 'electron' | 'web' = transport === 'ipc' ? 'electron' : 'web';

export const useActionRunner = defineStore('action-runner', () => {
  const handlers = new Map<string, ActionHandler[]>();
  const global = new Map<string, ActionHandler>();
  /** The view each view-bound action needs, and the call waiting for it. */
  const viewOf = new Map<string, () => Promise<void>>();
  const pending = ref<{ id: string; arg?: string } | null>(null);
  /** How many times each action ran (shown nowhere; e2e and tests read it). */
  const ran = ref<Record<string, number>>({});

  function enabled(id: string): boolean {
    // Ids outside the registry are the app's own steps (open a recent scenario…), never menus.
    const action = actionById(id);
    return action ? actionEnabled(action, host) : true;
  }

  async function run(id: string, arg?: string): Promise<void> {
    if (!enabled(id)) return;
    ran.value = { ...ran.value, [id]: (ran.value[id] ?? 0) + 1 };
    const own = handlers.get(id)?.at(-1);
    if (own) return own(arg);
    const open = viewOf.get(id);
    if (open) {
      pending.value = { id, arg };
      return open();
    }
    await global.get(id)?.(arg);
  }

  function register(id: string, handler: ActionHandler): () => void {
    handlers.set(id, [...(handlers.get(id) ?? []), handler]);
    if (pending.value?.id === id) {
      const { arg } = pending.value;
      pending.value = null;
      void handler(arg);
    }
    return () =>
      handlers.set(
        id,
        (handlers.get(id) ?? []).filter((h) => h !== handler),
      );
  }

  return {
    enabled,
    run,
    register,
    ran,
    /** App-wide handler, used when no component on screen handles the action. */
    setGlobal: (id: string, handler: ActionHandler) => void global.set(id, handler),
    /** The action is done by a view's component: open the view (`open`) and wait for it. */
    setViewBound: (id: string, open: () => Promise<void>) => void viewOf.set(id, open),
  };
});

/** Handle `id` while this component is mounted (a view's own Save, Open, Import…). */
export function useActionHandler(id: string, handler: ActionHandler): void {
  const runner = useActionRunner();
  let release: (() => void) | null = null;
  onMounted(() => (release = runner.register(id, handler)));
  onBeforeUnmount(() => release?.());
}
