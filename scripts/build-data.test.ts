import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { coverage } from '../core/data';
import type { Dataset, FigureRecord, Level } from '../core/model';
import { DATASET_PATH, buildDataset, readReferenceTables, sharedDataDir } from './build-data';

const dataset = JSON.parse(readFileSync(DATASET_PATH, 'utf8')) as Dataset;
const reference = readReferenceTables();

function record(code: string, year: number, period = 'full_year'): FigureRecord {
  const found = dataset.figures.find(
    (r) => r.code === code && r.year === year && r.period === period,
  );
  if (!found) throw new Error(`no record ${code} ${year} ${period}`);
  return found;
}
const alternates = (r: FigureRecord, measure: 'total') =>
  r.cells[measure]!.alternates.map((a) => [a.sourceId, a.value, a.status]);

describe('bundled dataset: the README worked examples', () => {
  it('Dongguan 2025: the exact 15794.3 (S518), which the rounded 1.58万亿 of S093/S094 confirms', () => {
    const r = record('441900', 2025);
    expect(r.cells.total).toMatchObject({ value: 15794.3, sourceId: 'S518' });
    expect(r.cells.total!.confirmedBy).toEqual(expect.arrayContaining(['S093', 'S094']));
    expect(alternates(r, 'total')).toContainEqual(['S091', 15700, 'lost']);
  });

  it("Xi'an 2025: 4987.9 from S115; the S091 unit slip is a gap note and a withheld alternate", () => {
    const r = record('610100', 2025);
    expect(r.cells.total).toMatchObject({ value: 4987.9, sourceId: 'S115' });
    expect(r.cells.total_yoy).toMatchObject({ value: 21.1, sourceId: 'S115' });
    expect(alternates(r, 'total')).toContainEqual(['S091', null, 'excluded']);
    expect(r.gaps).toEqual([expect.objectContaining({ sourceId: 'S091', flag: 'unit_slip' })]);
    expect(r.gaps[0]!.note).toContain('498.7 hundred million');
  });

  it('Jinhua 2025: exact 10508.6, confirmed by the official S095', () => {
    const total = record('330700', 2025).cells.total!;
    expect(total).toMatchObject({ value: 10508.6, precision: 'exact' });
    expect(total.confirmedBy).toContain('S095');
  });

  it('Tianjin 2021: 8576.7 from S067 (later publication), 8567.4 kept, port trade excluded', () => {
    for (const code of ['120100', '120000']) {
      const r = record(code, 2021);
      expect(r.cells.total).toMatchObject({ value: 8576.7, sourceId: 'S067', flag: 'conflict' });
      expect(alternates(r, 'total')).toEqual(
        expect.arrayContaining([
          ['S068', 8567.4, 'lost'],
          ['S062', 16700, 'excluded'],
        ]),
      );
    }
  });

  it('Shanghai 2021: 40610, not the 100900 port figure', () => {
    const r = record('310100', 2021);
    expect(r.cells.total).toMatchObject({ value: 40610, sourceId: 'S056' });
    expect(r.cells.total!.confirmedBy).toContain('S057');
    expect(alternates(r, 'total')).toContainEqual(['S055', 100900, 'excluded']);
  });

  it('Shenzhen 2025: the bulletin’s exact 45533.89, +1.4%, which 4.55万亿 confirms; rank 1', () => {
    const r = record('440300', 2025);
    expect(r.cells.total).toMatchObject({ value: 45533.89, precision: 'exact' });
    expect(r.cells.total!.confirmedBy).toContain('S091');
    expect(r.cells.total_yoy!.value).toBe(1.4);
    expect(r.ranks).toEqual([expect.objectContaining({ scope: 'national_city', rank: 1 })]);
  });

  it('national 2025: 454687.3', () => {
    expect(record('100000', 2025).cells.total).toMatchObject({ value: 454687.3, sourceId: 'S005' });
  });

  it('keeps partial periods as their own records and value-less rows as gap notes', () => {
    expect(record('420100', 2025, 'Jan-Jun').cells.total!.value).toBe(2143);
    expect(
      record('320200', 2025)
        .gaps.map((g) => g.note)
        .join(' '),
    ).toContain('8000亿');
  });

  it('Shanghai 2023: the yearbook total is exports + imports, marked derived', () => {
    const total = record('310100', 2023).cells.total!;
    expect(total).toMatchObject({ flag: 'derived', derivation: { kind: 'sum' } });
    const { exports, imports } = record('310100', 2023).cells;
    expect(total.value).toBeCloseTo(exports!.value + imports!.value, 6);
  });

  it('Guangdong 2018: the NBS USD total converted at the published 2018 rate', () => {
    const r = record('440000', 2018);
    const rate = dataset.rates.find((x) => x.year === 2018)!;
    expect(r.usd!.total!.sourceId).toBe('S206');
    expect(r.cells.total!.derivation).toMatchObject({ kind: 'usd', rate: rate.cnyPerUsd });
    expect(r.cells.total!.value).toBeCloseTo(r.usd!.total!.value * rate.cnyPerUsd, 1);
  });

  it('北京 2025 is among the cities with its bulletin figure, filed at province level', () => {
    const city = record('110100', 2025);
    expect(city.cells.total!.value).toBe(record('110000', 2025).cells.total!.value);
    expect(city.cells.total!.note).toMatch(/^Municipality: .* at province level \(110000\)/);
    expect(city.ranks).toEqual([]);
  });

  it('the project review withholds Wuhu 2020’s 44亿 extraction slip: the yearbook sum shows', () => {
    const r = record('340200', 2020);
    expect(r.cells.total!.derivation).toEqual({ kind: 'sum' });
    expect(r.gaps.map((g) => g.note).join(' ')).toContain('Withheld by City Trade Atlas');
  });
});

describe('bundled dataset: what it holds (the one test that pins its counts)', () => {
  // Entities with a full-year total per year 2016–2025; update when a source is added.
  const table: Record<Level, number[]> = {
    national: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
    province: [31, 31, 31, 31, 31, 31, 31, 31, 31, 31],
    city: [0, 0, 0, 280, 286, 288, 277, 293, 45, 57],
    county_city: [0, 0, 0, 0, 0, 0, 0, 0, 1, 1],
  };
  for (const [level, counts] of Object.entries(table) as [Level, number[]][]) {
    it(`${level} 2016–2025`, () => {
      const years = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
      expect(years.map((y) => coverage(dataset, reference, y, level).entitiesWithData)).toEqual(
        counts,
      );
    });
  }

  it('denominators: 31 provinces, 337 prefecture-level units (297 cities); a rate every year', () => {
    expect(coverage(dataset, reference, 2025, 'province').entitiesTotal).toBe(31);
    const city = coverage(dataset, reference, 2025, 'city');
    expect(city.entitiesTotal).toBe(337);
    expect(city.byKind).toEqual([
      { kind: 'city', withData: 57, total: 297 },
      { kind: 'prefecture', withData: 0, total: 40 },
    ]);
    expect(dataset.rates.map((r) => r.year)).toEqual([
      2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025,
    ]);
  });

  it('the 31 provinces’ 2024 totals converted from NBS dollars land within ±2% of their 亿元 figures', () => {
    const provinces = reference.entities.filter(
      (e) => e.level === 'province' && !['710000', '810000', '820000'].includes(e.code),
    );
    const checked = provinces.flatMap((p) => {
      const total = record(p.code, 2024).cells.total!;
      const converted = [total, ...total.alternates].find((c) => c.derivation?.kind === 'usd');
      const printed = total.derivation ? null : total.value;
      return converted && printed ? [(converted.value! / printed - 1) * 100] : [];
    });
    expect(checked.length).toBeGreaterThan(20);
    for (const deviation of checked) expect(Math.abs(deviation)).toBeLessThan(2);
  });
});

describe.skipIf(!existsSync(sharedDataDir()))('build-data', () => {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'atlas-build-data-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('is current and deterministic: a fresh build equals the committed file', () => {
    expect(buildDataset(sharedDataDir(), reference)).toEqual(dataset);
  });

  it('fails loudly, with the line number, on a row it cannot map', () => {
    copyFileSync(path.join(sharedDataDir(), 'sources.csv'), path.join(temp, 'sources.csv'));
    const lines = readFileSync(path.join(sharedDataDir(), 'figures.csv'), 'utf8').split('\n');
    const bad = 'city,不存在,Nowhere,广东,2025,full_year,100,,,,,,,,S001,exact,,test';
    writeFileSync(path.join(temp, 'figures.csv'), [lines[0], lines[1], bad, ''].join('\n'));
    expect(() => buildDataset(temp, reference)).toThrow(/figures\.csv line 3: cannot map entity/);
  });
});

/** Writes a synthesised input folder (shared + curated files) and builds it. */
function buildFrom(files: Record<string, string>) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'atlas-build-synth-'));
  const shared = path.join(root, 'shared');
  const curated = path.join(root, 'curated');
  mkdirSync(shared);
  mkdirSync(curated);
  const defaults: Record<string, string> = {
    'curated/rates.csv': 'year,cny_per_usd,kind,source_id,note\n2030,7,annual_average,S001,test',
    'curated/corrections.csv': 'file,line,name_zh,year,source_id,action,flag,measures,reason',
  };
  for (const [name, text] of Object.entries({ ...defaults, ...files })) {
    writeFileSync(path.join(root, name.includes('/') ? name : `shared/${name}`), `${text}\n`);
  }
  try {
    return buildDataset(shared, reference, curated);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const SOURCES = [
  'source_id,title,publisher,url,published_date,kind',
  'S001,Bulletin,Stats bureau,u1,2031-02,official_release',
  'S002,中国城市统计年鉴2031,NBS,u2,,official_release',
  'S003,Dollar bulletin,Stats bureau,u3,,news_repost',
].join('\n');
const HEAD =
  'level,name_zh,name_en,province_zh,year,period,total_yi,exports_yi,imports_yi,total_yoy_pct,exports_yoy_pct,imports_yoy_pct,published_rank,rank_scope,source_id,precision,flag,note';
const USD_HEAD = HEAD.replace(
  'total_yi,exports_yi,imports_yi',
  'total_usd_yi,exports_usd_yi,imports_usd_yi',
);
const cityOf = (record: FigureRecord[] | Dataset, code: string, year: number) =>
  ('figures' in record ? record.figures : record).find((r) => r.code === code && r.year === year)!;

describe('build-data on synthesised inputs', () => {
  it('fails on a source id used twice across files, naming both places', () => {
    expect(() =>
      buildFrom({
        'sources.csv': SOURCES,
        'sources_more.csv': 'source_id,title,publisher,url,published_date,kind\nS002,x,y,z,,other',
        'figures.csv': HEAD,
      }),
    ).toThrow('sources_more.csv line 2: duplicate source_id S002, first at sources.csv line 3');
  });

  it('derives a total from exports + imports of one row; a printed total from any file beats it', () => {
    const d = buildFrom({
      'sources.csv': SOURCES,
      'figures.csv': `${HEAD}\ncity,深圳,Shenzhen,广东,2031,full_year,1000,,,,,,,,S001,exact,,printed`,
      'figures_yearbook.csv': [
        HEAD,
        'city,深圳,Shenzhen,广东,2031,full_year,,600.25,399.5,,,,,,S002,exact,,yearbook',
        'city,广州,Guangzhou,广东,2031,full_year,,13720.908,20325.9072,,,,,,S002,exact,,yearbook',
      ].join('\n'),
    });
    const shenzhen = cityOf(d, '440300', 2031).cells.total!;
    expect(shenzhen).toMatchObject({ value: 1000, sourceId: 'S001', flag: null });
    expect(shenzhen.derivation).toBeUndefined();
    expect(shenzhen.alternates).toContainEqual(
      expect.objectContaining({ value: 999.75, sourceId: 'S002', derivation: { kind: 'sum' } }),
    );
    const guangzhou = cityOf(d, '440100', 2031).cells.total!;
    expect(guangzhou).toMatchObject({
      value: 34046.8152, // not 34046.815200000004
      sourceId: 'S002',
      flag: 'derived',
      precision: 'exact',
      derivation: { kind: 'sum' },
    });
  });

  it('keeps USD figures in USD and converts them only at a published rate of their year', () => {
    const d = buildFrom({
      'sources.csv': SOURCES,
      'figures.csv': HEAD,
      'figures_usd.csv': [
        USD_HEAD,
        'city,深圳,Shenzhen,广东,2030,full_year,100,,,5,,,,,S003,exact,,dollars',
        'city,深圳,Shenzhen,广东,2031,full_year,110,,,10,,,,,S003,exact,,no rate this year',
      ].join('\n'),
    });
    const y2030 = cityOf(d, '440300', 2030);
    expect(y2030.usd!.total).toMatchObject({ value: 100, sourceId: 'S003' });
    expect(y2030.usd!.total_yoy!.value).toBe(5);
    expect(y2030.cells.total).toMatchObject({
      value: 700,
      flag: 'derived',
      derivation: { kind: 'usd', usdValue: 100, rate: 7, rateSourceId: 'S001' },
    });
    // Dollar growth is not yuan growth: it is never copied into the 亿元 cells.
    expect(y2030.cells.total_yoy).toBeUndefined();
    const y2031 = cityOf(d, '440300', 2031);
    expect(y2031.usd!.total!.value).toBe(110);
    expect(y2031.cells.total).toBeUndefined();
  });

  it('checks an implied rate against the national totals its source prints', () => {
    const national = (cny: number, usd: number) => ({
      'figures.csv': `${HEAD}\nnational,中国,China,,2030,full_year,${cny},,,,,,,,S001,exact,,n`,
      'figures_usd.csv': `${USD_HEAD}\nnational,中国,China,,2030,full_year,${usd},,,,,,,,S001,exact,,n`,
    });
    const rates = (rate: string) => ({
      'curated/rates.csv': `year,cny_per_usd,kind,source_id,note\n2030,${rate},implied,S001,x`,
    });
    expect(
      buildFrom({ 'sources.csv': SOURCES, ...national(700, 100), ...rates('7.0000') }).rates,
    ).toHaveLength(1);
    expect(() =>
      buildFrom({ 'sources.csv': SOURCES, ...national(700, 100), ...rates('7.1000') }),
    ).toThrow('rates.csv line 2: implied rate 7.1 is not 700 ÷ 100 = 7.0000');
  });

  it('applies the project’s corrections to the row they name, and only to it', () => {
    const figures = `${HEAD}\ncity,深圳,Shenzhen,广东,2031,full_year,44,,,,,,,,S001,exact,,extraction slip`;
    const corrections = (name: string) => ({
      'curated/corrections.csv': [
        'file,line,name_zh,year,source_id,action,flag,measures,reason',
        `figures.csv,2,${name},2031,S001,withhold,,total,44 is a slip`,
      ].join('\n'),
    });
    const d = buildFrom({ 'sources.csv': SOURCES, 'figures.csv': figures, ...corrections('深圳') });
    const r = cityOf(d, '440300', 2031);
    expect(r.cells.total).toBeUndefined();
    expect(r.gaps[0]!.note).toMatch(
      /^Withheld by City Trade Atlas: 44 is a slip \| extraction slip/,
    );
    expect(() =>
      buildFrom({ 'sources.csv': SOURCES, 'figures.csv': figures, ...corrections('广州') }),
    ).toThrow('figures.csv line 2 is 深圳 2031 S001, not 广州 2031 S001: was the file changed?');
  });
});
