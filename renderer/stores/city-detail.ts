import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { Adcode } from '../../core/model';

/**
 * Which entity the city detail drawer shows. Any view opens it with `open(code, year)`; the
 * year is the one the reader was looking at, so neighbours in rank come from that year.
 */
export const useCityDetail = defineStore('city-detail', () => {
  const code = ref<Adcode | null>(null);
  const year = ref<number | null>(null);
  /** Element to give focus back to when the drawer closes. */
  let returnFocus: HTMLElement | null = null;

  function open(next: Adcode, contextYear: number | null = null): void {
    if (!code.value) returnFocus = document.activeElement as HTMLElement | null;
    code.value = next;
    year.value = contextYear;
  }

  /** Closes; the focus goes back to what opened the drawer while that is still on the page. */
  function close(): void {
    code.value = null;
    const back = returnFocus;
    returnFocus = null;
    if (back && back !== document.body && back.isConnected) back.focus?.();
  }

  return { code, year, open, close };
});
