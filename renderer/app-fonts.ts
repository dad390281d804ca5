/**
 * The bundled Chinese font (Noto Sans SC, SIL OFL: the app looks the same on machines without CJK
 * system fonts, and nothing is fetched from the network) is loaded once the first view has
 * painted, not with the shell. Its stylesheet declares about 200 faces, one per unicode-range
 * subset and weight; parsed before the first paint, matching and laying text out against them
 * (and again as each subset arrived) cost the main thread about a third of a second before the
 * rankings' first row. Until it loads the text shows in the next family of base.css's stack
 * (Noto Sans CJK SC, PingFang SC, Microsoft YaHei…), as it does anyway while a subset downloads
 * (`font-display: swap`). Subsets still load only for the characters on screen.
 */
import { nextTick } from 'vue';
import { afterPaintSettled } from './after-paint';

let pending: Promise<void> | null = null;
let scheduled: Promise<void> | null = null;
/** Past the holds: later views (the font is on its way or loaded) hold nothing. */
let fontsAsked = false;
const holds: Promise<unknown>[] = [];

/** The font's stylesheets (a lazily loaded CSS chunk: a `<link>`, also under app://). */
export function loadAppFonts(): Promise<void> {
  pending ??= Promise.all([
    import('@fontsource/noto-sans-sc/400.css'),
    import('@fontsource/noto-sans-sc/700.css'),
  ]).then(
    () => undefined,
    (e: unknown) => {
      pending = null; // a failed chunk load is retried by the next caller
      throw e;
    },
  );
  return pending;
}

/**
 * A view whose first content is drawn after its first paint (the map's choropleth) keeps the
 * font's relayout out of its way until `drawn` settles.
 */
export function holdAppFonts(drawn: Promise<unknown>): void {
  if (!fontsAsked) holds.push(drawn);
}

/**
 * Loads the font after the first view has rendered and painted (App.vue calls it once the data
 * has arrived or failed), once the page is idle and no view holds it back; one load, shared.
 */
export function loadAppFontsAfterFirstPaint(): Promise<void> {
  scheduled ??= (async () => {
    await nextTick();
    await afterPaintSettled();
    // A hold never keeps the font away for long (a map whose draw is stuck, say).
    const cap = new Promise((resolve) => setTimeout(resolve, 4000));
    while (holds.length) await Promise.race([Promise.allSettled(holds.splice(0)), cap]);
    fontsAsked = true;
    await new Promise<void>((resolve) =>
      'requestIdleCallback' in window
        ? window.requestIdleCallback(() => resolve(), { timeout: 1000 })
        : setTimeout(resolve, 200),
    );
    await loadAppFonts();
  })();
  return scheduled;
}
