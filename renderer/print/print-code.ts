/**
 * What printing draws with — the print layout (PrintRoot and the documents it holds) and
 * ECharts — loaded apart from the start-up bundle. App.vue warms it when idle after start-up, so
 * a print the browser starts unannounced (`beforeprint`, which must lay the page out in the same
 * task) finds it loaded; a print the app starts awaits it (print-mode.ts).
 */
import { shallowRef, type Component } from 'vue';
import { loadEcharts } from '../charts/echarts-loader';
import { loadAppFonts } from '../app-fonts';

/** The print layout's root component once loaded (App.vue mounts it while printing). */
export const printRoot = shallowRef<Component | null>(null);

let pending: Promise<void> | null = null;

export function loadPrintCode(): Promise<void> {
  pending ??= Promise.all([import('./PrintRoot.vue'), loadEcharts(), loadAppFonts()]).then(
    ([m]) => {
      printRoot.value = m.default;
    },
    (e: unknown) => {
      pending = null;
      throw e;
    },
  );
  return pending;
}
