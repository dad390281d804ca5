/**
 * Print mode: whether the print layout is mounted, what it prints (the view on screen or the
 * briefing), and the page setup the preview chose. The layout mounts when the app prints (the
 * preview's buttons, File › Print, Export PDF) and also when the browser prints on its own
 * (`beforeprint`, print media): the layout is flushed in the microtask after the event, before
 * the page is laid out for paper, so even a print taken without warning has it — charts drawn
 * as vectors with animation off (renderer/print/print-chart.ts).
 */
import { defineStore } from 'pinia';
import { computed, effectScope, nextTick, onScopeDispose, ref, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import type { PrintResult } from '../../core/print-api';
import {
  contentBoxPx,
  DEFAULT_PAGE_SETUP,
  pageRuleCss,
  pageSetupSchema,
  type PageSetup,
} from '../../core/print';
import * as v from 'valibot';
import { api } from '../api';
import { router } from '../router';
import { loadPrintCode } from './print-code';

const KEY = 'atlas.pageSetup.v1';

function loadSetup(): PageSetup {
  try {
    const parsed = v.safeParse(pageSetupSchema, JSON.parse(localStorage.getItem(KEY) ?? 'null'));
    return parsed.success ? parsed.output : { ...DEFAULT_PAGE_SETUP };
  } catch {
    return { ...DEFAULT_PAGE_SETUP };
  }
}

/** The briefing view prints the briefing; every other view prints itself. */
export type PrintSubject = 'view' | 'briefing';

/** Two animation frames: the layout has been styled and painted once. */
const frames = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
  );

export const usePrintMode = defineStore('print-mode', () => {
  const active = ref(false);
  const subject = computed<PrintSubject>(() =>
    router.currentRoute.value.name === 'briefing' ? 'briefing' : 'view',
  );
  const setup = ref<PageSetup>(loadSetup());
  const previewOpen = ref(false);
  /** The document's title, printed at the foot of every page. */
  const footer = ref('');
  /** An app-started print is under way (the browser's afterprint must not end it early). */
  let running = false;
  watch(setup, (s) => localStorage.setItem(KEY, JSON.stringify(s)), { deep: true });

  /** The printable area in CSS pixels at the content's scale: charts are drawn this wide. */
  const page = computed(() => contentBoxPx(setup.value));

  function openPreview(): void {
    previewOpen.value = true;
  }

  /**
   * Lays the page out for paper, then prints it (system dialog) or saves it as PDF through the
   * host; in a browser both go through window.print(), whose dialog offers "Save as PDF".
   */
  async function print(target: 'printer' | 'pdf', suggestedName: string): Promise<PrintResult> {
    running = true;
    try {
      await loadPrintCode();
      active.value = true;
      await nextTick();
      await document.fonts.ready;
      await frames();
      const result = await api.printPage({
        target,
        setup: { ...setup.value },
        suggestedName,
      });
      if (result.status === 'unavailable') window.print();
      return result;
    } finally {
      running = false;
      active.value = false;
    }
  }

  /** Follows the browser's own printing (Ctrl+P in a browser, a PDF taken by a test). */
  function install(): () => void {
    /** Between the browser's beforeprint and afterprint: only afterprint ends that print. */
    let browserPrinting = false;
    const start = () => (active.value = true);
    const end = () => {
      if (!running && !browserPrinting) active.value = false;
    };
    const media = window.matchMedia('print');
    // Chromium may flip the print media query back and forth while it paginates a long page;
    // taking the layout down then would print a torn page (one page counted "1 / 4").
    const onMedia = (e: MediaQueryListEvent) => (e.matches ? start() : end());
    const before = () => {
      browserPrinting = true;
      start();
    };
    const after = () => {
      browserPrinting = false;
      end();
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    media.addEventListener('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      media.removeEventListener('change', onMedia);
    };
  }

  return { active, subject, setup, page, previewOpen, footer, openPreview, print, install };
});

/**
 * The `@page` rule of the setup (size, margins, page numbers in the reader's language, the
 * title at the foot) and the scale, as a constructed stylesheet: the CSP allows no inline style.
 * Only paper needs it, so it is not built at start-up: the returned function adds it (once), and
 * is called when the app is idle after the first view and, at the latest, synchronously when a
 * print starts (print.active turns true in beforeprint, before the page is laid out for paper).
 */
export function usePageStyle(): () => void {
  const print = usePrintMode();
  const { t } = useI18n();
  const scope = effectScope();
  onScopeDispose(() => scope.stop());
  let added = false;
  const add = () => {
    if (added) return;
    added = true;
    const sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    scope.run(() =>
      watch(
        () => [
          print.setup,
          print.footer,
          t('print.pageNumber', { page: '{page}', pages: '{pages}' }),
        ],
        () => {
          const words = {
            pageNumber: t('print.pageNumber', { page: '{page}', pages: '{pages}' }),
            footer: print.footer ? `${t('app.title')} · ${print.footer}` : t('app.title'),
          };
          sheet.replaceSync(
            `${pageRuleCss(print.setup, words)}\n.print-root { zoom: ${print.setup.scale / 100}; }`,
          );
        },
        { immediate: true, deep: true },
      ),
    );
  };
  watch(
    () => print.active || print.previewOpen,
    (wanted) => wanted && add(),
    { flush: 'sync' },
  );
  return add;
}
