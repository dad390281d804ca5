import { describe, expect, it } from 'vitest';
import { synthCell, synthRecord, synthCities } from '../core/data';
import { asSourceId } from '../core/model';
import { atlas, atlasJson, atlasJsonOn, atlasOn } from './test-support';

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
  derived: null | Record<string, unknown>;
  usd: null | { how: string; rate_cny_per_usd: number | null };
}

// A synthesised world: three cities and their province, 2024–2025. 城A has a printed total;
// 城B only exports and imports (its total is derived); 城C prints only US dollars.
const world = synthCities({
  years: [2024, 2025],
  national: { total: [2000, 2200] },
  provinces: [{ code: '910000', zh: '省甲', en: 'Province A', total: [700, 800] }],
  cities: [
    {
      code: '910100',
      zh: '城A',
      en: 'City A',
      province: '910000',
      total: [300, 330],
      total_yoy: [null, 10],
      ranks: [null, 1],
    },
    {
      code: '910200',
      zh: '城B',
      en: 'City B',
      province: '910000',
      exports: [150, 200],
      imports: [100, 120],
    },
    { code: '910300', zh: '城C', en: 'City C', province: '910000' },
  ],
});
world.dataset.rates = [
  { year: 2025, cnyPerUsd: 7, sourceId: asSourceId('S001'), kind: 'annual_average', note: '' },
];
// 城B's derived total and 城C's USD figure, as the data build makes them (core/data/derive.ts).
for (const r of world.dataset.figures) {
  if (r.code === '910200') {
    r.cells.total = synthCell(r.cells.exports!.value + r.cells.imports!.value, 'S001', {
      flag: 'derived',
      derivation: { kind: 'sum' },
    });
  }
}
world.dataset.figures.push(
  synthRecord('910300', 2025, {
    total: synthCell(140, 'S001', {
      flag: 'derived',
      derivation: {
        kind: 'usd',
        usdValue: 20,
        rate: 7,
        rateSourceId: asSourceId('S001'),
        rateKind: 'annual_average',
        usdSum: false,
      },
    }),
  }),
);

describe('atlas rank', () => {
  it('ranks cities by total with growth, published ranks, sources and derivations', async () => {
    const rows = await atlasJsonOn<RankJson[]>(world, 'rank', '--year', '2025', '--format', 'json');
    expect(rows.map((r) => [r.rank, r.name_zh, r.value])).toEqual([
      [1, '城A', 330],
      [2, '城B', 320],
      [3, '城C', 140],
    ]);
    expect(rows[0]).toMatchObject({ unit: '亿元', yoy_pct: 10, published_rank: 1, derived: null });
    expect(rows[1]!.derived).toEqual({ kind: 'sum', of: ['exports', 'imports'] });
    expect(rows[2]!.derived).toMatchObject({ kind: 'usd', usd_value: 20, rate_cny_per_usd: 7 });
    for (const row of rows) expect(row.source_ids).toEqual(['S001']);
  });

  it('ranks in US dollars: printed USD as printed, the rest at the published rate', async () => {
    const rows = await atlasJsonOn<RankJson[]>(
      world,
      ...['rank', '--year', '2025', '--currency', 'usd', '--format', 'json'],
    );
    expect(rows.map((r) => [r.name_zh, r.value, r.usd?.how])).toEqual([
      ['城A', 47.1429, 'converted'],
      ['城B', 45.7143, 'converted'],
      ['城C', 20, 'printed'],
    ]);
    expect(rows[0]).toMatchObject({ unit: '亿美元', yoy_pct: null });
    // No published rate for 2024: only figures printed in dollars could be ranked.
    expect(
      await atlasJsonOn(world, 'rank', '--year', '2024', '--currency', 'usd', '--format', 'json'),
    ).toEqual([]);
  });

  it('states the coverage in table output and matches `atlas coverage`', async () => {
    const [cov] = await atlasJsonOn<
      { entities_with_data: number; share_of_national_pct: number }[]
    >(world, ...['coverage', '--year', '2025', '--level', 'city', '--format', 'json']);
    expect(cov).toMatchObject({ entities_with_data: 3, share_of_national_pct: 35.9 });
    const { exitCode, stdout } = await atlasOn(world, 'rank', '--year', '2025');
    expect(exitCode).toBe(0);
    expect(stdout).toContain('Ranks among 3 cities with 2025 total-trade data');
    expect(stdout).toContain(
      '2025: 3 of 3 prefecture-level cities, 35.9% of national trade. A complete ranking.',
    );
    expect(stdout).toContain(
      'Of the totals, 1 is exports + imports of one source and 1 is converted from USD at a published rate (derived, marked so).',
    );
    expect(stdout).toMatch(
      /\n\s+2\s+城B\s+City B\s+320\.0\s+—\s+S001\s+derived\s+derived: exports \+ imports/,
    );
  });

  it('prints tables as the app does (0.1亿, 0.1%), json and csv at full stored precision', async () => {
    const fine = synthCities({
      years: [2024, 2025],
      national: { total: [400000, 420000] },
      provinces: [{ code: '910000', zh: '省甲', en: 'Province A', total: [90000, 90000] }],
      cities: [
        {
          code: '910100',
          zh: '城A',
          en: 'City A',
          province: '910000',
          total: [42139, 42121.6056],
          total_yoy: [null, -0.04],
        },
        {
          code: '910200',
          zh: '城B',
          en: 'City B',
          province: '910000',
          total: [1200, 1272.48],
          total_yoy: [null, 6.04],
        },
      ],
    });
    const { stdout } = await atlasOn(fine, 'rank', '--year', '2025');
    expect(stdout).toMatch(/\n\s+1\s+城A\s+City A\s+42,121\.6\s+<0\.1\s/);
    expect(stdout).toMatch(/\n\s+2\s+城B\s+City B\s+1,272\.5\s+\+6\.0\s/);
    expect(stdout).not.toContain('42121.6056');
    expect(stdout).not.toMatch(/-0\.0/);
    const rows = await atlasJsonOn<RankJson[]>(fine, 'rank', '--year', '2025', '--format', 'json');
    expect(rows.map((r) => [r.value, r.yoy_pct])).toEqual([
      [42121.6056, -0.04],
      [1272.48, 6.04],
    ]);
    const csv = await atlasOn(fine, 'rank', '--year', '2025', '--format', 'csv');
    expect(csv.stdout).toContain('1,910100,城A,City A,city,42121.6056,亿元,-0.04,');
    const city = await atlasOn(fine, 'city', '城A');
    expect(city.stdout).toMatch(/total\s+42,121\.6 亿元/);
    expect(city.stdout).toMatch(/total_yoy\s+<0\.1 %/);
    expect(city.stdout).not.toContain('42121.6056');
    const usd = await atlasOn(world, 'rank', '--year', '2025', '--currency', 'usd');
    expect(usd.stdout).toMatch(/\n\s+1\s+城A\s+City A\s+47\.1\s/);
    expect(usd.stdout).not.toContain('47.1429');
  });

  it('writes CSV whose every row carries the coverage and how the value was made', async () => {
    const { stdout, stderr } = await atlasOn(
      world,
      ...['rank', '--year', '2025', '--format', 'csv', '--top', '2'],
    );
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe(
      'rank,code,name_zh,name_en,level,value,unit,yoy_pct,published_rank,source_ids,flag,how,ranked_among,coverage_share_of_national_pct',
    );
    expect(lines[1]).toBe('1,910100,城A,City A,city,330,亿元,10,1,S001,,,3,35.9');
    expect(lines[2]).toMatch(/^2,910200,城B,City B,city,320,亿元,,,S001,derived,derived: exports/);
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
    const provinces = await atlasJsonOn<RankJson[]>(
      world,
      ...['rank', '--year', '2025', '--level', 'province', '--format', 'json'],
    );
    expect(provinces.map((r) => [r.level, r.name_zh])).toEqual([['province', '省甲']]);
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
