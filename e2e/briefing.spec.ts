/**
 * The briefing builder: pin the rankings, the map and a scenario, give them headings and notes,
 * reorder them, save the briefing, open it again exactly, and print one PDF with a cover,
 * contents, three sections and one merged sources list. A pin whose figures changed since it was
 * pinned says so; a damaged file is refused with where and why.
 */
import { test, expect } from './fixtures/app';
import { printPdf } from './fixtures/pdf';
import { shot } from './fixtures/screens';
import { BriefingPage } from './pages/briefing-page';
import { MapPage } from './pages/map-page';
import { PrintPage } from './pages/print-page';
import { RankingsPage } from './pages/rankings-page';
import { ScenarioPage } from './pages/scenario-page';
import { scenarioDataset } from './scenario-fixture';

test.use({ bundledDataset: scenarioDataset });

test('a three-item briefing saves, reopens identical and prints as one document', async ({
  app,
}) => {
  test.slow(); // three views, a Monte Carlo-free scenario, two saves and a PDF
  const page = app.page;
  const print = new PrintPage(page);
  const b = new BriefingPage(page);

  await new RankingsPage(page).open();
  await print.addToBriefing();
  await expect(page.getByTestId('toast')).toContainText('已添加到简报（共 1 项）');
  await page.getByTestId('nav-map').click();
  await expect(new MapPage(page).chart).toHaveAttribute('data-state', 'ready');
  await print.addToBriefing();
  const s = new ScenarioPage(page);
  await s.open();
  await s.applyPreset('us_demand_minus_20');
  await print.addToBriefing();
  await expect(page.getByTestId('toast')).toContainText('共 3 项');

  await b.open();
  expect(await b.views()).toEqual(['rankings', 'map', 'scenarios']);
  await expect(b.item(0).title).toHaveText('2025年城市排行');
  await expect(b.item(2).title).toHaveText('情景：美国需求 −20%');
  await b.setCover('2025年外贸简报', '分析组');
  await b.item(0).heading.fill('排名概览');
  await b.item(0).notes.fill('深圳仍居首位。\n上海紧随其后。');
  await b.item(2).heading.fill('美国需求下降20%的影响');
  await b.item(2).up.click();
  expect(await b.views()).toEqual(['rankings', 'scenarios', 'map']);
  await expect(b.item(1).heading).toHaveValue('美国需求下降20%的影响');
  await shot(page, 'briefing-view-zh', true);

  const saved = await b.save();
  expect(saved.name).toBe('2025年外贸简报.briefing.json');
  const file = JSON.parse(saved.text) as { version: number; items: { state: { view: string } }[] };
  expect(file.version).toBe(1);
  expect(file.items.map((i) => i.state.view)).toEqual(['rankings', 'scenarios', 'map']);

  // Reopened from the file: the same items, headings and notes, and the same file again.
  await b.clear();
  await b.openText(saved.name, saved.text);
  await expect(page.getByTestId('briefing-status')).toContainText('已打开');
  expect(await b.views()).toEqual(['rankings', 'scenarios', 'map']);
  await expect(b.item(0).notes).toHaveValue('深圳仍居首位。\n上海紧随其后。');
  await expect(page.getByTestId('briefing-title')).toHaveValue('2025年外贸简报');
  await expect(b.items.getByTestId('item-changed')).toHaveCount(0);
  expect((await b.save()).text).toBe(saved.text);

  // One PDF: cover and contents, three sections, one sources list.
  await page.getByTestId('briefing-print').click();
  await expect(print.preview.getByTestId('briefing-cover')).toBeVisible();
  await shot(page, 'briefing-preview-zh');
  await print.closePreview();
  const pdf = await printPdf(page, 'briefing-print');
  const cover = pdf.pageTexts[0]!;
  expect(cover).toContain('2025年外贸简报');
  expect(cover).toContain('分析组');
  expect(cover).toContain('目录');
  for (const heading of ['排名概览', '美国需求下降20%的影响', '2025年城市外贸地图']) {
    expect(cover).toContain(heading);
  }
  const starts = ['1. 排名概览', '2. 美国需求下降20%的影响', '3. 2025年城市外贸地图'].map((h) =>
    // A section's heading starts a line; the contents indent theirs.
    pdf.pageTexts.findIndex((text) => new RegExp(`^${h}`, 'm').test(text)),
  );
  expect(starts[0]).toBeGreaterThan(0);
  expect(starts[1]).toBeGreaterThan(starts[0]!);
  expect(starts[2]).toBeGreaterThan(starts[1]!);
  expect(pdf.text).toContain('深圳仍居首位。');
  expect(pdf.text).toContain('本情景的假设');
  // One sources list, after the sections (the cover's contents name it too).
  const lists = pdf.pageTexts.map(
    (text) => text.split('\n').filter((line) => line.trim() === '来源列表').length,
  );
  expect(lists.slice(1)).toEqual([...Array(pdf.pages - 2).fill(0), 1]);
  expect(pdf.pageTexts.at(-1)).toMatch(/S001\s+Synthesised yearly figures/);
  // Every source the scenario's shares cite is named in the merged list.
  expect(pdf.text).toMatch(/S598\s+Synthesised exposure source S598/);
  expect(pdf.text).not.toContain('没有此编号的来源记录');
  pdf.pageTexts.forEach((text, i) =>
    expect(text).toMatch(new RegExp(`第\\s*${i + 1}\\s*/\\s*${pdf.pages}\\s*页`)),
  );

  // Saved in a browser, the briefing is among the recent files and reopens from there.
  await b.clear();
  await page.getByTestId('nav-figures').click();
  await page.locator('[data-testid="recent-file"][data-kind="briefing"]').first().click();
  await expect(b.view).toBeVisible();
  await expect(b.items).toHaveCount(3);
});

test('a pin whose figures changed since pinning says so; a damaged file is refused with where', async ({
  app,
}) => {
  const page = app.page;
  const b = new BriefingPage(page);
  await new RankingsPage(page).open();
  await new PrintPage(page).addToBriefing();
  await b.open();
  const { text } = await b.save();
  const file = JSON.parse(text) as { items: { data: { fingerprint: string } }[] };
  file.items[0]!.data.fingerprint = '0000000000000000';
  await b.openText('older.briefing.json', JSON.stringify(file));
  await expect(b.item(0).changed).toContainText('此后数据已变化');

  const broken = JSON.parse(text) as { items: { state: { year: unknown } }[] };
  broken.items[0]!.state.year = 'last year';
  await b.openText('broken.briefing.json', JSON.stringify(broken));
  await expect(b.error).toContainText('无法使用文件 broken.briefing.json');
  await expect(b.error).toContainText('第 1 项');
  await expect(b.items).toHaveCount(1);
  await b.openText('notes.json', '{"hello": 1}');
  await expect(b.error).toContainText('不是城市外贸图谱的简报文件');
});
