/**
 * `atlas import`, run in-process on files synthesised by code, against the real bundled data and
 * a fresh data folder per test.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeRecipe, runImport, SYNTH_CITIES, synthEntities } from '../core/import';
import { openStore } from '../electron/services/store';
import { synthCustomsCsv, synthXlsx } from '../electron/services/import/synth-files';
import { atlasDataDir } from '../electron/services/user-data-path';
import { findResourcesDir } from './data-source';
import { runCli } from './main';
import { isolatedIo } from './test-support';

interface ImportJson {
  file: string;
  year: number;
  unit: string;
  layout: string;
  rows_read: number;
  figures: {
    code: string;
    name_zh: string;
    year: number;
    metric: string;
    value: number | null;
    currency: string;
    yoy_pct: number | null;
  }[];
  problems: {
    severity: string;
    code: string;
    row: number | null;
    column: string | null;
    message: string;
    fix: { kind: string } | null;
  }[];
  blocker: string | null;
  committed_revision: number | null;
}

const slipped = SYNTH_CITIES.map((c) =>
  c.zh === '西安' ? { ...c, exports: 300.0, imports: 198.79 } : c,
);

describe('atlas import', () => {
  let dir: string;
  let dataDir: string;
  const io = isolatedIo();
  const atlas = (...argv: string[]) => runCli(argv, io);
  const atlasJson = async (...argv: string[]) => {
    const result = await atlas(...argv, '--format', 'json');
    return { ...result, report: JSON.parse(result.stdout) as ImportJson };
  };
  const file = async (name: string, bytes: Uint8Array) => {
    const path = join(dir, name);
    await writeFile(path, bytes);
    return path;
  };
  const revisions = async () =>
    (await openStore(dataDir, findResourcesDir({}), { readOnly: true })).listRevisions();
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'atlas-cli-import-'));
    dataDir = join(dir, 'data');
  });

  it('dry-runs an xlsx: the report in 亿元, nothing stored, exit 0', async () => {
    const path = await file(
      '2025各市.xlsx',
      await synthXlsx({ merged: true, titleRows: 2, unit: '万元', scale: 10000 }),
    );
    const { exitCode, report } = await atlasJson('import', path, '--dry-run', '--data', dataDir);
    expect(exitCode).toBe(0);
    expect(report).toMatchObject({
      file: '2025各市.xlsx',
      year: 2025,
      unit: '万元',
      layout: 'wide',
    });
    expect(report.committed_revision).toBeNull();
    const shenzhen = report.figures.find((f) => f.code === '440300' && f.metric === 'total');
    expect(shenzhen).toMatchObject({
      name_zh: '深圳',
      year: 2025,
      metric: 'total',
      value: 45000.5,
      currency: 'CNY',
      yoy_pct: 3.1,
    });
    expect(existsSync(dataDir)).toBe(false);
  });

  it('prints each figure of the JSON report on a line of its own, the rest indented', async () => {
    const path = await file('2025.csv', synthCustomsCsv({ cities: SYNTH_CITIES }));
    const { stdout, report } = await atlasJson('import', path, '--dry-run', '--data', dataDir);
    expect(report.figures.length).toBeGreaterThan(10);
    const lines = stdout.split('\n');
    const figureLines = lines.filter((l) => l.startsWith('    {"code":'));
    expect(figureLines.map((l) => JSON.parse(l.replace(/,$/, '')) as unknown)).toEqual(
      report.figures,
    );
    expect(lines).toContain('  "figures": [');
    expect(lines).toContain('  "problems": [');
    expect(lines.at(-2)).toBe('}');
  });

  it('commits to the default user-data folder, creating it, and applies fixes on request', async () => {
    const path = await file('2025.csv', synthCustomsCsv({ cities: slipped }));
    const refused = await atlasJson('import', path, '--dry-run');
    expect(refused.exitCode).toBe(3);
    expect(refused.report.blocker).toMatch(
      /row 8(, 9)? may hold a unit slip.*--fix ROW or --accept ROW/,
    );
    const result = await atlasJson('import', path, '--fix', '8');
    expect(result.exitCode).toBe(0);
    expect(result.report.committed_revision).toBe(1);
    const xian = result.report.figures.find((f) => f.code === '610100' && f.metric === 'total');
    expect(xian!.value).toBe(4987.9);
    // Once 西安 is fixed, its neighbour 台州 no longer looks out of place.
    expect(result.report.problems.filter((p) => p.code === 'unit_slip')).toEqual([]);
    expect(
      result.report.figures.find((f) => f.code === '331000' && f.metric === 'total')!.value,
    ).toBe(2600.2);
    const defaultDir = atlasDataDir({ env: io.env, platform: io.platform });
    const store = await openStore(defaultDir, findResourcesDir({}), { readOnly: true });
    expect(store.listRevisions()[0]).toMatchObject({
      id: 1,
      fromFile: '2025.csv',
      kind: { type: 'import', file: '2025.csv', accepted: [] },
    });
    const table = await runCli(['rank', '--year', '2025', '--format', 'json'], io);
    expect(table.stdout).toContain('45000.5');
  });

  it('exits 3 and stores nothing when errors remain', async () => {
    const negative = await file(
      'neg.csv',
      synthCustomsCsv({
        edit: (rows) => rows.map((r) => (r[0] === '广州市' ? [r[0], '-5', ...r.slice(2)] : r)),
      }),
    );
    const { exitCode, report } = await atlasJson('import', negative, '--data', dataDir);
    expect(exitCode).toBe(3);
    expect(report.committed_revision).toBeNull();
    expect(report.problems.find((p) => p.severity === 'error')!.code).toBe('negative_value');
    expect(await revisions()).toHaveLength(1);

    const xls = await file(
      'old.xls',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
    );
    const legacy = await atlasJson('import', xls, '--data', dataDir);
    expect(legacy.exitCode).toBe(3);
    expect(legacy.report.problems).toEqual([
      expect.objectContaining({ severity: 'error', code: 'legacy_xls', row: null }),
    ]);
    const text = await atlas('import', negative, '--data', dataDir, '--lang', 'en');
    expect(text.stdout).toContain('Nothing committed: 1 error must be fixed in the file first');
    const zh = await atlas('import', negative, '--data', dataDir, '--lang', 'zh');
    expect(zh.stdout).toContain('未提交：有 1 个错误需要先在文件中修正');
    expect(zh.stdout).toMatch(/广州\S*进出口为负数（-5）/);
  });

  it('exits 2 on bad arguments, naming the argument', async () => {
    const path = await file('2025.csv', synthCustomsCsv());
    const cases: [string[], RegExp][] = [
      [['import'], /expected one FILE, got 0/],
      [['import', path, path], /expected one FILE, got 2/],
      [['import', join(dir, 'missing.csv'), '--lang', 'en'], /does not exist/],
      [['import', path, '--lang', 'fr'], /--lang: expected one of zh, en/],
      [['import', path, '--accept', '4'], /--accept: row 4 has no suspected unit slip/],
      [['import', path, '--map', 'C=bogus'], /--map C: expected one of name, code/],
      [['import', path, '--map', 'C'], /--map: expected LEFT=RIGHT/],
      [['import', path, '--unit', '斤'], /--unit: expected one of 万亿元/],
      [['import', path, '--year', '25'], /--year: expected a year/],
      [['import', path, '--alias', '鹏城=SZ'], /--alias: expected a 6-digit code/],
      [['import', path, '--recipe', path], /--recipe: .* is not JSON/],
      [['import', path, '--format', 'csv'], /--format: expected one of table, json/],
      [
        ['import', path, '--fix', '4'],
        /--fix: row 4 has no suspected unit slip \(rows with one: none\)/,
      ],
    ];
    for (const [argv, message] of cases) {
      const result = await atlas(...argv, '--data', dataDir);
      expect(result.exitCode, argv.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
    }
  });

  it('applies a recipe and taught aliases, and remembers the aliases', async () => {
    const renamed = (rows: string[][]) =>
      rows.map((r) => r.map((c) => (c === '深圳市' ? '鹏城' : c)));
    const rows = renamed(
      // A header without keywords: only the recipe (or --map) can say what the columns are.
      [
        ['2025年各市进出口（单位：亿元）'],
        ['地区', 'A', 'B'],
        ['鹏城', '45000.5', '27000.3'],
        ['广州市', '10900.5', '6500.4'],
        ['东莞市', '13000', '9000'],
      ],
    );
    const mapped = await runImport(
      { fileName: 'x.csv', rows, overrides: { map: { B: 'total', C: 'exports' } } },
      { entities: synthEntities(), dataset: null },
    );
    const recipePath = join(dir, 'recipe.json');
    await writeFile(recipePath, JSON.stringify(makeRecipe(mapped)));
    const csv = await file(
      '2025.csv',
      new TextEncoder().encode(rows.map((r) => r.join(',')).join('\n')),
    );
    const { exitCode, report } = await atlasJson(
      'import',
      csv,
      '--recipe',
      recipePath,
      '--alias',
      '鹏城=440300',
      '--data',
      dataDir,
    );
    expect(exitCode).toBe(0);
    expect(report.figures.find((f) => f.code === '440300' && f.metric === 'exports')!.value).toBe(
      27000.3,
    );
    const store = await openStore(dataDir, findResourcesDir({}), { readOnly: true });
    expect(store.current().layer.aliases).toEqual([{ alias: '鹏城', code: '440300' }]);
    const again = await atlasJson(
      'import',
      csv,
      '--recipe',
      recipePath,
      '--dry-run',
      '--data',
      dataDir,
    );
    expect(again.report.problems.some((p) => p.code === 'unresolved_name')).toBe(false);
  });

  it('prints a readable summary in the language of the environment, and help', async () => {
    const path = await file('2025.csv', synthCustomsCsv({ cities: slipped }));
    const result = await atlas('import', path, '--dry-run', '--data', dataDir);
    expect(result.exitCode).toBe(3);
    expect(result.stdout).toMatch(
      /^2025\.csv: gb18030, year 2025, unit 亿元, wide layout, 7 rows read/,
    );
    expect(result.stdout).toContain('warning unit_slip:');
    expect(result.stdout).toContain('Nothing committed: ');
    const accepted = await atlas(
      'import',
      path,
      '--dry-run',
      '--accept',
      '8',
      '--accept',
      '9',
      '--data',
      dataDir,
    );
    expect(accepted.exitCode).toBe(0);
    expect(accepted.stdout).toContain('Dry run: ');
    const zh = await runCli(['import', path, '--dry-run', '--data', dataDir], {
      ...io,
      env: { ...io.env, LANG: 'zh_CN.UTF-8' },
    });
    expect(zh.stdout).toMatch(/^2025\.csv: gb18030, 年份 2025, 单位 亿元, 宽表, 读取 7 行/);
    expect(zh.stdout).toMatch(
      /warning unit_slip: 2025\.csv 第 8 行 B 列（进出口 金额）：西安进出口 498\.79 亿元 疑似单位错误/,
    );
    expect(zh.stdout).toContain('--fix 行号 或 --accept 行号');
    expect((await atlas('import', '--help')).stdout).toContain('Usage: atlas import FILE');
  });

  it('records values kept as printed (--accept) in the revision', async () => {
    const path = await file('2025.csv', synthCustomsCsv({ cities: slipped }));
    const { exitCode } = await atlasJson(
      'import',
      path,
      '--accept',
      '8',
      '--accept',
      '9',
      '--data',
      dataDir,
    );
    expect(exitCode).toBe(0);
    const [latest] = await revisions();
    expect(latest!.kind).toMatchObject({ type: 'import', file: '2025.csv' });
    expect(
      latest!.kind.type === 'import' && latest!.kind.accepted.map((a) => [a.row, a.code, a.value]),
    ).toEqual(expect.arrayContaining([[8, '610100', 498.79]]));
  });
});
