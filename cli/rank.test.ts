import { describe, expect, it } from 'vitest';
import { atlas, atlasJson } from './test-support';

interface RankJson {
  rank: number;
  code: string;
  name_zh: string;
  name_en: string;
  level: string;
  value: number;
  unit: string;
  yoy_pct: number | null;
  published_rank: number | null;
  source_ids: string[];
}

describe('atlas rank', () => {
  it('ranks 2025 cities: 深圳 then 上海, with growth, published ranks and sources', async () => {
    const rows = await atlasJson<RankJson[]>(
      'rank',
      '--year',
      '2025',
      '--top',
      '3',
      '--format',
      'json',
    );
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      rank: 1,
      name_zh: '深圳',
      value: 45500,
      unit: '亿元',
      yoy_pct: 1.4,
      level: 'city',
    });
    expect(rows[1]).toMatchObject({
      rank: 2,
      name_zh: '上海',
      value: 45100,
      unit: '亿元',
      yoy_pct: 5.6,
    });
    expect(rows[2]!.rank).toBe(3);
    for (const row of rows) {
      expect(row.source_ids.length).toBeGreaterThan(0);
      expect(row.source_ids.every((id) => /^S\d{3}$/.test(id))).toBe(true);
      expect(Object.keys(row)).toEqual(
        expect.arrayContaining(['code', 'name_en', 'published_rank']),
      );
    }
    expect(rows[0]!.published_rank).toBe(1);
  });

  it('states the coverage in table output and matches `atlas coverage`', async () => {
    const [cov] = await atlasJson<{ entities_with_data: number; share_of_national_pct: number }[]>(
      'coverage',
      '--year',
      '2025',
      '--level',
      'city',
      '--format',
      'json',
    );
    const { exitCode, stdout } = await atlas('rank', '--year', '2025');
    expect(exitCode).toBe(0);
    expect(stdout).toContain(
      `Ranks among ${cov!.entities_with_data} cities with 2025 total-trade data`,
    );
    expect(stdout).toContain(`covering ${cov!.share_of_national_pct}% of national trade`);
    expect(stdout).toMatch(/\n\s+1\s+深圳\s+Shenzhen\s+45500\s+\+1\.4/);
  });

  it('writes CSV whose every row carries the coverage', async () => {
    const { stdout, stderr } = await atlas(
      'rank',
      '--year',
      '2025',
      '--format',
      'csv',
      '--top',
      '2',
    );
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe(
      'rank,code,name_zh,name_en,level,value,unit,yoy_pct,published_rank,source_ids,flag,ranked_among,coverage_share_of_national_pct',
    );
    expect(lines[1]).toMatch(
      /^1,440300,深圳,Shenzhen,city,45500,亿元,1\.4,1,S\d{3}(;S\d{3})*,,\d+,[\d.]+$/,
    );
    expect(lines).toHaveLength(3);
    expect(stderr).toContain('Ranks among');
  });

  it('ranks by growth and by province', async () => {
    const growth = await atlasJson<RankJson[]>(
      'rank',
      '--year',
      '2025',
      '--metric',
      'yoy',
      '--format',
      'json',
    );
    expect(growth.length).toBeGreaterThan(3);
    expect(growth.every((r, i) => i === 0 || r.value <= growth[i - 1]!.value)).toBe(true);
    expect(growth[0]!.unit).toBe('%');
    const provinces = await atlasJson<RankJson[]>(
      'rank',
      '--year',
      '2025',
      '--level',
      'province',
      '--format',
      'json',
    );
    expect(provinces.every((r) => r.level === 'province')).toBe(true);
    expect(provinces[0]!.name_zh).toBe('广东');
  });

  it('gives an empty ranking for a year without data', async () => {
    expect(await atlasJson('rank', '--year', '1990', '--format', 'json')).toEqual([]);
    const { exitCode, stdout } = await atlas('rank', '--year', '1990');
    expect(exitCode).toBe(0);
    expect(stdout).toContain('No cities have 1990 total-trade figures.');
  });

  it.each([
    [['--year', 'abc'], "--year: expected a year like 2025, got 'abc'"],
    [[], '--year: required'],
    [
      ['--year', '2025', '--metric', 'size'],
      "--metric: expected one of total, exports, imports, yoy, got 'size'",
    ],
    [
      ['--year', '2025', '--level', 'county'],
      "--level: expected one of city, province, got 'county'",
    ],
    [['--year', '2025', '--top', '0'], "--top: expected a whole number of 1 or more, got '0'"],
    [
      ['--year', '2025', '--format', 'xml'],
      "--format: expected one of table, csv, json, got 'xml'",
    ],
    [['--year', '2025', '--colour'], "'--colour'"],
    [['--year'], '--year'],
  ])('rejects bad arguments %j with exit 2', async (args, message) => {
    const { exitCode, stderr, stdout } = await atlas('rank', ...args);
    expect(exitCode).toBe(2);
    expect(stderr).toContain(message);
    expect(stdout).toBe('');
  });
});
