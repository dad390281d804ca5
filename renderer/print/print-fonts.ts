/**
 * The bundled Chinese font loads in subsets, as glyphs first appear on screen. A print lays the
 * page out at once and does not wait for a subset the print layout needs (words only print uses,
 * names of places not on screen): the text would be measured in a fallback font and the page
 * count computed before the real one arrives. So, once the app is idle, the subsets for the app's
 * own print words are loaded ahead (the rest of a printed view — names, headings — is on the
 * screen being printed, so its subsets are loaded already).
 */
import { derivationText, type Locale } from '../../core/format';
import { asSourceId } from '../../core/model';

/** The words paper shows and the screen may not: print and briefing texts, flags, derivations. */
export function printOnlyWords(messages: Record<string, unknown>, locale: Locale): unknown[] {
  const usd = {
    kind: 'usd' as const,
    usdValue: 1234.5,
    rate: 7.1,
    rateSourceId: asSourceId('S1'),
    usdSum: true,
  };
  return [
    ['print', 'briefing', 'export', 'seriesBreak', 'flag', 'app'].map((k) => messages[k]),
    derivationText({ kind: 'sum' }, locale),
    derivationText({ ...usd, rateKind: 'annual_average' }, locale),
    derivationText({ ...usd, rateKind: 'implied' }, locale),
    '0123456789,.%−+–—▲▼◆⌇()（）：、',
  ];
}

function strings(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) strings(v, out);
  return out;
}

/** Loads the font subsets covering `texts` (a few dozen small files, once per session). */
export function warmPrintFonts(texts: unknown[]): Promise<unknown> {
  const chars = [...new Set(strings(texts, []).join(''))].join('');
  return Promise.all(
    ['400', '700'].map((weight) =>
      document.fonts.load(`${weight} 12px "Noto Sans SC"`, chars).catch(() => []),
    ),
  );
}

/** Runs `work` when the browser is idle (at once where it cannot say). */
export function whenIdle(work: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(() => work(), { timeout: 3000 });
  else setTimeout(work, 500);
}
