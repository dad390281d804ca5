import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { openStore } from '../electron/services/store';
import { asAdcode, asSourceId, emptyUserLayer, type UserLayer } from '../core/model';
import { test, expect } from './fixtures/app';
import { AppShell } from './pages/app-shell';
import { FiguresPage } from './pages/figures-page';
import { ImportPage } from './pages/import-page';
import { shot } from './fixtures/screens';

const resourcesDir = resolve(import.meta.dirname, '../resources');

/** A layer that adds one visible figure: Hangzhou 2025 at the given value, from a user file. */
function layerWithHangzhou(value: number): UserLayer {
  const source = asSourceId('U-hangzhou');
  return {
    ...emptyUserLayer(),
    sources: [
      {
        id: source,
        title: 'hangzhou-2025.csv',
        publisher: 'user import',
        url: '',
        publishedDate: '2026-11-28',
        kind: 'user_import',
      },
    ],
    figures: [
      {
        code: asAdcode('330100'),
        year: 2025,
        period: 'full_year',
        cells: {
          total: {
            value,
            sourceId: source,
            flag: null,
            precision: 'exact',
            note: '',
            confirmedBy: [],
            alternates: [],
          },
        },
        ranks: [],
        gaps: [],
      },
    ],
  };
}

test.describe('a damaged revision at start-up', () => {
  test.use({
    seedDataDir: {
      run: async (dataDir) => {
        const store = await openStore(dataDir, resourcesDir);
        await store.commit(layerWithHangzhou(7000), {
          summary: 'Import hangzhou-2025.csv',
          fromFile: null,
        });
        await store.commit(layerWithHangzhou(9999), {
          summary: 'Import second file',
          fromFile: null,
        });
        // Cut the newest revision short, as a crash or a full disk would.
        const dir = join(dataDir, 'revisions');
        const newest = (await readdir(dir)).sort().at(-1)!;
        const bytes = await readFile(join(dir, newest));
        await writeFile(join(dir, newest), bytes.subarray(0, Math.floor(bytes.length / 2)));
      },
    },
  });

  test('falls back to the last good revision, keeps the damaged file and says so', async ({
    app,
    dataDir,
  }) => {
    const figures = new FiguresPage(app.page);
    await figures.ready();
    const notice = app.page.getByTestId('store-notice');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('r000002');
    await expect(notice).toContainText('已损坏');
    await expect(notice).toContainText('r1');
    await expect(app.page.getByTestId('revision')).toContainText('r1');
    // The figure of revision 1 is in effect, not the lost one of revision 2.
    const hangzhou = figures.rows.filter({ hasText: '杭州' });
    await expect(hangzhou.getByTestId('cell-total')).toHaveText('7,000.0 亿元');
    expect((await readdir(join(dataDir, 'damaged'))).length).toBe(1);
    await shot(app.page, 'store-recovered');
  });
});

test.describe('a data folder that fails while the app is open', () => {
  test.use({
    seedDataDir: {
      run: async (dataDir) => {
        const store = await openStore(dataDir, resourcesDir);
        await store.commit(layerWithHangzhou(7000), { summary: 'Import one', fromFile: null });
        await store.commit(layerWithHangzhou(8000), { summary: 'Import two', fromFile: null });
      },
    },
  });

  test('an I/O error on reset is a sentence naming the folder, and nothing is lost', async ({
    app,
    dataDir,
  }) => {
    const shell = new AppShell(app.page);
    const wizard = new ImportPage(app.page);
    await shell.ready();
    await wizard.open();
    await expect(wizard.historyItems).toHaveCount(3);
    // A file where the revisions folder should be, as a sync tool or a mistake could leave it.
    const revisions = join(dataDir, 'revisions');
    await rename(revisions, `${revisions}.kept`);
    await writeFile(revisions, 'not a folder');
    await wizard.askReset();
    await wizard.confirm();
    await expect(wizard.historyError).toContainText('is a file where a folder is expected');
    await expect(wizard.historyError).toContainText(revisions);
    await expect(wizard.historyError).not.toContainText('ENOTDIR');
    await shot(app.page, 'store-io-error');
    await rename(revisions, `${revisions}.not-a-folder`);
    await rename(`${revisions}.kept`, revisions);
    expect((await readdir(revisions)).sort()).toEqual(['r000001.json', 'r000002.json']);
  });
});

test('a renderer that died is reloaded with a notice saying so', async ({ app }) => {
  await new AppShell(app.page).ready();
  await expect(app.page.getByTestId('recovered-notice')).toHaveCount(0);
  // What the main process loads after render-process-gone (electron/main/crash-recovery.ts).
  await app.page.goto(`${app.origin}/index.html?recovered=oom`);
  await new AppShell(app.page).ready();
  await expect(app.page.getByTestId('recovered-notice')).toContainText('oom');
  await expect(app.page.getByTestId('recovered-notice')).toContainText('已重新载入');
});
