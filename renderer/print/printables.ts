/**
 * What the screen shows, as a pin state: each view (and the city drawer while open) registers a
 * getter of its current choices while mounted. Print, export and "add to briefing" read the
 * newest registration that has something to print, overlays first, so an open city drawer
 * prints the city.
 */
import { defineStore } from 'pinia';
import { onBeforeUnmount, onMounted, shallowRef } from 'vue';
import type { PinState } from '../../core/briefing/pin-state';

type Getter = () => PinState | null;
interface Entry {
  getter: Getter;
  /** Overlays (the city drawer) come before the view under them, whatever mounted last. */
  overlay: boolean;
}

export const usePrintables = defineStore('printables', () => {
  const entries = shallowRef<Entry[]>([]);

  function register(getter: Getter, overlay = false): () => void {
    const entry = { getter, overlay };
    entries.value = [...entries.value, entry];
    return () => (entries.value = entries.value.filter((e) => e !== entry));
  }

  /** The state of what is on screen now, or null where nothing prints (settings, help). */
  function current(): PinState | null {
    const newestFirst = [...entries.value].reverse();
    for (const e of [...newestFirst.filter((x) => x.overlay), ...newestFirst]) {
      const state = e.getter();
      if (state) return state;
    }
    return null;
  }

  return { register, current };
});

/** Registers the state of this component's view (or overlay) while it is mounted. */
export function usePrintable(getter: Getter, overlay = false): void {
  const printables = usePrintables();
  let release: (() => void) | null = null;
  onMounted(() => (release = printables.register(getter, overlay)));
  onBeforeUnmount(() => release?.());
}
