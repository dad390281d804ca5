import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyUserLayer } from '../core/data';
import { asAdcode, asSourceId, emptyUserLayer } from '../core/model';
import { openStore, makeTempDir } from '../electron/services/store';
import { findResourcesDir } from './data-source';
import { runCli } from './main';
import { atlas, atlasJson, isolatedIo } from './test-support';

/** A data folder with one user revision: 深圳 2025 total replaced by an imported 46000. */
async function dataFolderWithImport(dataDir: string): Promise<void> {
  const store = await openStore(dataDir, findResourcesDir({}));
  const layer = emptyUserLayer();
  layer.sources.push({
    id: asSourceId('U001'),
    title: 'shenzhen.xlsx',
    publisher: 'user',
    url: '',
    publishedDate: '',
    kind: 'user_import',
  });
  layer.figures.push({
    code: asAdcode('440300'),
    year: 2025,
    period: 'full_year',
    ranks: [],
    gaps: [],
    cells: {
      total: {
        value: 46000,
        sourceId: asSourceId('U001'),
        flag: null,
        precision: 'exact',
        note: '',
        confirmedBy: [],
        alternates: [],
      },
    },
  });
  expect(applyUserLayer(store.workingData().dataset, layer, []).figures.length).toBeGreaterThan(0);
  await store.commit(layer, {
    summary: 'Import shenzhen.xlsx',
    fromFile: { name: 'shenzhen.xlsx', sha256: 'b'.repeat(64) },
  });
}

describe('atlas (top level)', () => {
  it('prints help, and exits 2 without a command or with an unknown one', async () => {
    const help = await atlas('--help');
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toContain('Usage: atlas <command>');
    expect((await atlas('help', 'rank')).stdout).toContain('--metric total|exports|imports|yoy');
    expect((await atlas('rank', '--help')).stdout).toContain('Usage: atlas rank');
    const none = await atlas();
    expect(none.exitCode).toBe(2);
    expect(none.stderr).toContain('Usage: atlas <command>');
    const unknown = await atlas('ranks');
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'ranks'");
  });

  it('lists sources with their kind, URL and uses', async () => {
    const sources = await atlasJson<{ id: string; kind: string; url: string; uses: number }[]>(
      'sources',
      '--format',
      'json',
    );
    expect(sources.length).toBeGreaterThan(100);
    expect(sources.find((s) => s.id === 'S001')).toMatchObject({
      kind: expect.any(String),
      url: expect.any(String),
    });
    expect(sources.some((s) => s.uses > 0)).toBe(true);
    expect((await atlas('sources')).stdout).toMatch(/^S001 {2}\w+/m);
  });

  it('reports coverage per level for a year, and for all years without --year', async () => {
    const one = await atlasJson<{ level: string; year: number }[]>(
      'coverage',
      '--year',
      '2025',
      '--format',
      'json',
    );
    expect(one.map((c) => c.level)).toEqual(['national', 'province', 'city', 'county_city']);
    const all = await atlasJson<{ year: number }[]>(
      'coverage',
      '--level',
      'city',
      '--format',
      'json',
    );
    expect(new Set(all.map((c) => c.year)).size).toBe(all.length);
    expect(all.map((c) => c.year)).toContain(2025);
    const bad = await atlas('coverage', '--year', '25');
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain("--year: expected a year like 2025, got '25'");
  });
});

describe('atlas data folders', () => {
  it('reads a user data folder given with --data, read-only', async () => {
    const dataDir = await makeTempDir('atlas-cli-data-');
    await dataFolderWithImport(dataDir);
    await writeFile(join(dataDir, 'revisions', 'r000002.json'), '{"cut sh');
    const before = (await readdir(join(dataDir, 'revisions'))).sort();

    const result = await runCli(
      ['rank', '--data', dataDir, '--year', '2025', '--top', '1', '--format', 'json'],
      isolatedIo(),
    );
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)[0]).toMatchObject({
      name_zh: '深圳',
      value: 46000,
      source_ids: ['U001'],
    });
    expect(result.stderr).toContain('r000002.json is damaged');
    expect((await readdir(join(dataDir, 'revisions'))).sort()).toEqual(before);

    const table = await runCli(
      ['rank', '--data', dataDir, '--year', '2025', '--top', '1'],
      isolatedIo(),
    );
    expect(table.stdout).toContain(
      `Data: user data in ${dataDir}, revision 1 (Import shenzhen.xlsx).`,
    );
  });

  it("uses the app's user-data folder by default when it exists", async () => {
    const config = await makeTempDir('atlas-cli-config-');
    const dataDir = join(config, 'City Trade Atlas', 'atlas-data');
    await mkdir(dataDir, { recursive: true });
    await dataFolderWithImport(dataDir);
    const result = await runCli(['city', '深圳', '--format', 'json'], {
      platform: 'linux',
      env: { XDG_CONFIG_HOME: config },
    });
    const sz = JSON.parse(result.stdout) as {
      records: { year: number; period: string; cells: { total?: { value: number } } }[];
    };
    expect(
      sz.records.find((r) => r.year === 2025 && r.period === 'full_year')!.cells.total!.value,
    ).toBe(46000);
  });

  it('exits 2 for a --data folder that does not exist, 1 when the bundled data is missing', async () => {
    const missing = await atlas('rank', '--year', '2025', '--data', '/nonexistent/atlas');
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain(
      "--data: expected an existing folder, got '/nonexistent/atlas'",
    );
    const noBundle = await runCli(
      ['sources'],
      isolatedIo({ resourcesDir: await makeTempDir('atlas-empty-') }),
    );
    expect(noBundle.exitCode).toBe(1);
    expect(noBundle.stderr).toContain('Cannot read the data');
  });
});
