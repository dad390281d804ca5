import { readFileSync } from 'node:fs';
import type { Dataset } from '../core/model';
import { test, expect } from './fixtures/app';
import { shot } from './fixtures/screens';
import { AppShell } from './pages/app-shell';
import { SourcesPage } from './pages/sources-page';

// Counts come from the bundled file itself, so a data rebuild that adds sources keeps this true.
const bundled = JSON.parse(readFileSync('resources/data/dataset.json', 'utf8')) as Dataset;
const officialCount = bundled.sources.filter((s) => s.kind === 'official_release').length;

test('the sources view lists every source with what it backs', async ({ app }) => {
  const shell = new AppShell(app.page);
  await shell.ready();
  await shell.goTo('sources');
  const sources = new SourcesPage(app.page);
  await sources.ready();
  await expect(sources.rows).toHaveCount(bundled.sources.length);

  const s115 = sources.row('S115');
  await expect(s115).toContainText('PRNewswire');
  await expect(s115.getByTestId('source-backs')).toContainText(
    '西安 2025 进出口、进出口同比 (采用)',
  );

  const s091 = sources.row('S091');
  await expect(s091.getByTestId('source-url')).toHaveText(/^https?:\/\//);
  await expect(s091.getByTestId('source-backs')).toContainText('深圳 2025 进出口');

  // Sources of trade-structure shares say so (S123: Shanghai Jan–Aug 2024 partner shares).
  await expect(sources.row('S123').getByTestId('source-backs')).toContainText('贸易结构');

  await sources.search('Korea Herald');
  await expect(sources.rows).toHaveCount(1);
  await expect(app.page.getByTestId('sources-none')).toHaveCount(0);
  // A search that matches nothing says so instead of showing an empty table.
  await sources.search('no such publisher');
  await expect(sources.rows).toHaveCount(0);
  await expect(app.page.getByTestId('sources-none')).toContainText('没有来源符合');
  await shot(app.page, 'sources-none');
  await sources.search('');
  await expect(app.page.getByTestId('sources-none')).toHaveCount(0);
  await sources.filterKind('official_release');
  await expect(sources.rows).toHaveCount(officialCount);
  await shot(app.page, 'sources-zh');
  await shell.switchLanguage('en');
  await expect(sources.row('S095').getByTestId('source-backs')).toContainText('Jinhua 2025 total');
  await shot(app.page, 'sources-en');
});
