import { describe, expect, it } from 'vitest';
import { synthCell, synthRank, synthSource } from '../data';
import { asSourceId, type GapNote } from '../model';
import {
  contentBoxPx,
  DEFAULT_PAGE_SETUP,
  pageNumberContent,
  pageRuleCss,
  pageSizeMm,
  printToPdfOptions,
} from './page-setup';
import { collectSourceIds, sortSourceIds, sourcesAppendix } from './sources-used';

describe('page setup', () => {
  it('orients the sheet and keeps the printable box in CSS pixels, wider at a smaller scale', () => {
    expect(pageSizeMm(DEFAULT_PAGE_SETUP)).toEqual({ width: 297, height: 210 });
    expect(pageSizeMm({ ...DEFAULT_PAGE_SETUP, orientation: 'portrait' })).toEqual({
      width: 210,
      height: 297,
    });
    // A4 landscape, 12 mm sides: 273 mm = 1031.8 px.
    expect(contentBoxPx(DEFAULT_PAGE_SETUP).width).toBe(1031);
    expect(contentBoxPx({ ...DEFAULT_PAGE_SETUP, scale: 50 }).width).toBe(2063);
  });

  it('turns a page-number template into CSS counters, quoting the words', () => {
    expect(pageNumberContent('第 {page} / {pages} 页')).toBe(
      '"第 " counter(page) " / " counter(pages) " 页"',
    );
    expect(pageNumberContent('Page {page} of {pages}')).toBe(
      '"Page " counter(page) " of " counter(pages)',
    );
  });

  it('writes an @page rule with size, margins and the two margin boxes', () => {
    const css = pageRuleCss(
      { paper: 'Letter', orientation: 'portrait', margins: 'wide', scale: 100 },
      { pageNumber: 'Page {page} of {pages}', footer: 'City "Trade" Atlas' },
    );
    expect(css).toContain('size: 215.9mm 279.4mm;');
    expect(css).toContain('margin: 20mm 20mm 20mm 20mm;');
    expect(css).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);');
    expect(css).toContain('@bottom-left { content: "City \\"Trade\\" Atlas";');
  });

  it('gives Electron the same paper, orientation and margins', () => {
    expect(printToPdfOptions(DEFAULT_PAGE_SETUP)).toEqual({
      pageSize: 'A4',
      landscape: true,
      printBackground: true,
      preferCSSPageSize: true,
      margins: { top: 0.472, bottom: 0.551, left: 0.472, right: 0.472 },
    });
  });
});

describe('sources used', () => {
  it('collects chosen sources, rate sources of converted cells, ranks and gaps', () => {
    const usd = synthCell(21300, 'S401', {
      flag: 'derived',
      derivation: {
        kind: 'usd',
        usdValue: 3000,
        rate: 7.1,
        rateSourceId: asSourceId('S501'),
        rateKind: 'annual_average',
        usdSum: false,
      },
    });
    const gap: GapNote = { sourceId: asSourceId('S10'), flag: null, note: '' };
    const ids = collectSourceIds([
      synthCell(1, 'S10'),
      usd,
      null,
      synthRank(1, 'national_city', 'S2'),
      gap,
    ]);
    expect(sortSourceIds(ids)).toEqual(['S2', 'S10', 'S401', 'S501']);
  });

  it('lists every id once in the appendix and says when a source is unknown', () => {
    const sources = new Map([[asSourceId('S1'), synthSource('S1')]]);
    const entries = sourcesAppendix(
      [asSourceId('S9'), asSourceId('S1'), asSourceId('S1')],
      sources,
    );
    expect(entries.map((e) => e.id)).toEqual(['S1', 'S9']);
    expect(entries[0]!.source?.title).toBe('Source S1');
    expect(entries[1]!.source).toBeNull();
  });
});
