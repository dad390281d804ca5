/**
 * Printing, checked in the PDF a person would get (poppler reads it). Most PDFs here are taken
 * the way window.print() takes them: straight from the screen, with no print media emulated
 * first and no wait, which is when a chart caught mid-animation used to print as an empty frame.
 */
import { test, expect } from './fixtures/app';
import { pageSizePts, pdfFonts, pixelsNear, printPdf } from './fixtures/pdf';
import { shot } from './fixtures/screens';
import { AppShell } from './pages/app-shell';
import { FiguresPage } from './pages/figures-page';
import { PrintPage } from './pages/print-page';
import { RankingsPage } from './pages/rankings-page';
import { PRINT_CITIES, printDataset } from './print-fixture';
import { rankingsDataset } from './rankings-fixture';

/** The top-10 bars' colour (renderer/print/docs/rankings-doc.ts). */
const BAR_RED: [number, number, number] = [192, 57, 43];
const pageNumber = (i: number, n: number) => new RegExp(`第\\s*${i}\\s*/\\s*${n}\\s*页`);

test.describe('a short ranking', () => {
  test.use({ bundledDataset: rankingsDataset });

  test('prints straight from the screen with its bars, title, choices, sources and page numbers', async ({
    app,
  }) => {
    const r = new RankingsPage(app.page);
    const print = new PrintPage(app.page);
    await r.open();

    const pdf = await printPdf(app.page, 'print-rankings-straight');
    expect(pdf.pages).toBeGreaterThan(0);
    pdf.pageTexts.forEach((text, i) => expect(text).toMatch(pageNumber(i + 1, pdf.pages)));
    expect(pdf.pageTexts[0]).toContain('2025年城市排行');
    for (const choice of ['年份：2025', '层级：城市', '指标：进出口总额', '对比年份：2024']) {
      expect(pdf.pageTexts[0]).toContain(choice);
    }
    expect(pdf.text).toContain('来源：S001、S002、S003');
    expect(pdf.text).toMatch(/S003\s+Synthesised ranking list/);
    expect(pdf.text).toContain('数据版本：内置数据');
    // The top-10 bars are drawn, not an empty frame caught at the start of an animation.
    expect(pixelsNear(pdf.path, 1, BAR_RED).count).toBeGreaterThan(400);

    // On paper: the print layout, and no button, checkbox or field of the screen.
    await app.page.emulateMedia({ media: 'print' });
    await expect(print.doc).toBeVisible();
    await expect(print.controls()).toHaveCount(0);
    await expect(app.page.getByTestId('nav-rail')).toBeHidden();
    await app.page.emulateMedia({ media: 'screen' });
    await expect(print.root).toHaveCount(0);
  });

  test('the dark theme prints light: dark text on white, the same bars', async ({ app }) => {
    const r = new RankingsPage(app.page);
    await r.open();
    await new AppShell(app.page).toggleTheme();
    const pdf = await printPdf(app.page, 'print-rankings-dark');
    const page = pixelsNear(pdf.path, 1, [255, 255, 255], 6);
    expect(page.count / (page.width * page.height)).toBeGreaterThan(0.7);
    expect(pixelsNear(pdf.path, 1, [18, 22, 29], 30).count).toBeLessThan(2000);
    expect(pixelsNear(pdf.path, 1, BAR_RED).count).toBeGreaterThan(400);

    await app.page.emulateMedia({ media: 'print' });
    const texts = app.page.getByTestId('print-figure').first().locator('svg text');
    // The chart redraws for print media: wait for its labels before reading their colours.
    await expect.poll(() => texts.count()).toBeGreaterThan(5);
    const fills = await texts.evaluateAll((els) => els.map((e) => getComputedStyle(e).fill));
    expect(fills.length).toBeGreaterThan(5);
    for (const fill of fills) {
      const [red, green, blue] = (fill.match(/\d+/g) ?? ['0', '0', '0']).map(Number);
      expect((0.2126 * red! + 0.7152 * green! + 0.0722 * blue!) / 255, fill).toBeLessThan(0.6);
    }
  });

  test('pages are numbered in the reader’s language', async ({ app }) => {
    const r = new RankingsPage(app.page);
    await r.open();
    await new AppShell(app.page).switchLanguage('en');
    await expect(r.heading).toHaveText('City rankings, 2025');
    const pdf = await printPdf(app.page, 'print-rankings-en');
    expect(pdf.pageTexts[0]).toMatch(new RegExp(`Page 1 of ${pdf.pages}`));
    expect(pdf.pageTexts[0]).toContain('Metric: Total trade');
    expect(pdf.text).toContain('Sources: S001, S002, S003');
  });

  test('the print preview sets paper, orientation, margins and scale; a browser prints through its dialog', async ({
    app,
  }) => {
    const figures = new FiguresPage(app.page);
    const print = new PrintPage(app.page);
    await figures.ready();
    await app.page.evaluate(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => void w.printed++;
    });
    await print.openPreview();
    await expect(print.preview).toContainText('2025年城市进出口');
    await print.choose('paper', 'Letter');
    await print.choose('orientation', 'portrait');
    await print.choose('margins', 'narrow');
    await print.choose('scale', '80');
    await shot(app.page, 'print-preview-letter-zh');
    await app.page.getByTestId('preview-pdf').click();
    await expect(print.previewStatus).toContainText('另存为 PDF');
    expect(await app.page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(
      1,
    );
    await print.closePreview();

    const pdf = await printPdf(app.page, 'print-figures-letter');
    expect(pageSizePts(pdf.path)).toEqual([612, 792]);
    expect(pdf.pageTexts[0]).toMatch(pageNumber(1, pdf.pages));
    expect(pdf.text).toContain('45,500');
  });
});

test.describe('every city of the reference', () => {
  test.use({ bundledDataset: printDataset });

  test('a long ranking prints every row once, its header on every page, in an embedded CJK font', async ({
    app,
  }) => {
    const r = new RankingsPage(app.page);
    await r.open();
    const pdf = await printPdf(app.page, 'print-rankings-long');
    const n = PRINT_CITIES.length;
    expect(pdf.pages).toBeGreaterThan(2);

    const ranks: number[] = [];
    pdf.pageTexts.forEach((text, i) => {
      expect(text, `page ${i + 1}`).toMatch(pageNumber(i + 1, pdf.pages));
      // Table rows: the rank first, a source id last (chart labels and notes have neither).
      for (const line of text.split('\n')) {
        const m = /^\s*(\d{1,4})\s{2,}.*\sS[2-5]01\b/.exec(line);
        if (m) ranks.push(Number(m[1]));
      }
      if (ranks.length && ranks.length < n) {
        // Every page the table runs on repeats its whole heading row.
        for (const heading of ['排名', '名次变化', '名称', '省份', '同比', '占全国', '来源']) {
          expect(text, `heading on page ${i + 1}`).toContain(heading);
        }
      }
    });
    expect(ranks).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    // Derived figures and breaks in series still say so on paper.
    expect(pdf.text).toContain('推算值：同一来源的出口 + 进口');
    expect(pdf.text).toMatch(/推算值：[\d.,]+ 亿美元 × 7\.1/);
    expect(pdf.text).toContain('序列断点');
    expect(pdf.text).toMatch(/S501\s+Synthesised rate table/);

    const fonts = pdfFonts(pdf.path);
    expect(fonts).toMatch(/(NotoSansSC|NotoSansCJK|Noto Sans SC)\S*\s.*\syes\s/);
  });
});
