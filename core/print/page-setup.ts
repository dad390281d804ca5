/**
 * The page a view prints on: paper, orientation, margins and scale, as the print preview sets
 * them. From one setup come the CSS `@page` rule (size, margins and the page-number margin box,
 * which Chromium — and so Electron — draws), the size charts are drawn at, and the options of
 * Electron's printToPDF, so the preview, paper and PDF agree.
 */
import * as v from 'valibot';

export const PAPERS = ['A4', 'Letter'] as const;
export type Paper = (typeof PAPERS)[number];
export const ORIENTATIONS = ['landscape', 'portrait'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];
export const MARGINS = ['narrow', 'normal', 'wide'] as const;
export type Margins = (typeof MARGINS)[number];
export const SCALE_MIN = 50;
export const SCALE_MAX = 150;

export interface PageSetup {
  paper: Paper;
  orientation: Orientation;
  margins: Margins;
  /** Percent of natural size (50–150). */
  scale: number;
}

export const DEFAULT_PAGE_SETUP: PageSetup = {
  paper: 'A4',
  orientation: 'landscape',
  margins: 'normal',
  scale: 100,
};

export const pageSetupSchema = v.strictObject({
  paper: v.picklist(PAPERS),
  orientation: v.picklist(ORIENTATIONS),
  margins: v.picklist(MARGINS),
  scale: v.pipe(v.number(), v.integer(), v.minValue(SCALE_MIN), v.maxValue(SCALE_MAX)),
});

/** Paper sizes in millimetres, portrait. */
const PAPER_MM: Record<Paper, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
};
/** Side margins in millimetres; the foot is larger, for the page number. */
const MARGIN_MM: Record<Margins, { side: number; foot: number }> = {
  narrow: { side: 6, foot: 10 },
  normal: { side: 12, foot: 14 },
  wide: { side: 20, foot: 20 },
};
const PX_PER_MM = 96 / 25.4;

/** Width and height of the sheet in millimetres, as oriented. */
export function pageSizeMm(setup: PageSetup): { width: number; height: number } {
  const p = PAPER_MM[setup.paper];
  return setup.orientation === 'landscape'
    ? { width: p.height, height: p.width }
    : { width: p.width, height: p.height };
}

export function marginsMm(setup: PageSetup): {
  top: number;
  right: number;
  bottom: number;
  left: number;
} {
  const m = MARGIN_MM[setup.margins];
  return { top: m.side, right: m.side, bottom: m.foot, left: m.side };
}

/**
 * The printable area in CSS pixels at the content's own scale: what a chart must be drawn at to
 * fill the width of the page (content is zoomed by `scale`, so at 50% it has twice the room).
 */
export function contentBoxPx(setup: PageSetup): { width: number; height: number } {
  const page = pageSizeMm(setup);
  const m = marginsMm(setup);
  const zoom = setup.scale / 100;
  return {
    width: Math.floor(((page.width - m.left - m.right) * PX_PER_MM) / zoom),
    height: Math.floor(((page.height - m.top - m.bottom) * PX_PER_MM) / zoom),
  };
}

/** A CSS string literal. */
const cssString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * CSS `content` of a page-number template: "第 {page} / {pages} 页" becomes
 * `"第 " counter(page) " / " counter(pages) " 页"`.
 */
export function pageNumberContent(template: string): string {
  return template
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) =>
      part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part),
    )
    .join(' ');
}

/**
 * The `@page` rule of a setup: size, margins, the page number at the bottom right and the
 * document's title at the bottom left of every page.
 */
export function pageRuleCss(
  setup: PageSetup,
  words: { pageNumber: string; footer: string },
): string {
  const page = pageSizeMm(setup);
  const m = marginsMm(setup);
  const box = 'font-size: 8pt; color: #555; font-family: "Noto Sans SC", sans-serif;';
  return [
    '@page {',
    `  size: ${page.width}mm ${page.height}mm;`,
    `  margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;`,
    `  @bottom-right { content: ${pageNumberContent(words.pageNumber)}; ${box} }`,
    `  @bottom-left { content: ${cssString(words.footer)}; ${box} }`,
    '}',
  ].join('\n');
}

/** Options of Electron's `webContents.printToPDF` for a setup (the CSS `@page` rule wins). */
export function printToPdfOptions(setup: PageSetup): {
  pageSize: Paper;
  landscape: boolean;
  printBackground: boolean;
  preferCSSPageSize: boolean;
  margins: { top: number; bottom: number; left: number; right: number };
} {
  const m = marginsMm(setup);
  const inch = (mm: number) => Math.round((mm / 25.4) * 1000) / 1000;
  return {
    pageSize: setup.paper,
    landscape: setup.orientation === 'landscape',
    printBackground: true,
    preferCSSPageSize: true,
    margins: { top: inch(m.top), bottom: inch(m.bottom), left: inch(m.left), right: inch(m.right) },
  };
}
