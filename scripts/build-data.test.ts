import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { coverage } from '../core/data/coverage';
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
  it('Dongguan 2025: 15800 from S093, confirmed by S094, S091 15700 lost', () => {
    const r = record('441900', 2025);
    expect(r.cells.total).toMatchObject({ value: 15800, sourceId: 'S093', confirmedBy: ['S094'] });
    expect(alternates(r, 'total')).toEqual([
      ['S094', 15800, 'agrees'],
      ['S091', 15700, 'lost'],
    ]);
  });

  it("Xi'an 2025: 4987.9 from S115; the S091 unit slip is a gap note and a withheld alternate", () => {
    const r = record('610100', 2025);
    expect(r.cells.total).toMatchObject({ value: 4987.9, sourceId: 'S115' });
    expect(r.cells.total_yoy).toMatchObject({ value: 21.1, sourceId: 'S115' });
    expect(alternates(r, 'total')).toEqual([['S091', null, 'excluded']]);
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
      expect(alternates(r, 'total')).toEqual([
        ['S068', 8567.4, 'lost'],
        ['S062', 16700, 'excluded'],
      ]);
    }
  });

  it('Shanghai 2021: 40610, not the 100900 port figure', () => {
    const r = record('310100', 2021);
    expect(r.cells.total).toMatchObject({ value: 40610, sourceId: 'S056', confirmedBy: ['S057'] });
    expect(alternates(r, 'total')).toContainEqual(['S055', 100900, 'excluded']);
  });

  it('Shenzhen 2025: 45500, +1.4%, published rank 1 among cities', () => {
    const r = record('440300', 2025);
    expect(r.cells.total!.value).toBe(45500);
    expect(r.cells.total_yoy!.value).toBe(1.4);
    expect(r.ranks).toEqual([expect.objectContaining({ scope: 'national_city', rank: 1 })]);
  });

  it('national 2025: 454687.3', () => {
    expect(record('100000', 2025).cells.total).toMatchObject({ value: 454687.3, sourceId: 'S005' });
  });

  it('keeps partial periods as their own records and value-less rows as gap notes', () => {
    expect(record('420100', 2025, 'Jan-Jun').cells.total!.value).toBe(2143);
    expect(record('320200', 2025).gaps[0]!.note).toContain('8000亿');
  });
});

describe('bundled dataset: coverage matches the curated README table', () => {
  const table: Record<Level, number[]> = {
    national: [0, 0, 0, 0, 1, 1, 1],
    province: [0, 3, 4, 2, 12, 10, 11],
    city: [4, 9, 11, 11, 9, 6, 20],
    county_city: [0, 0, 0, 0, 0, 1, 1],
  };
  for (const [level, counts] of Object.entries(table) as [Level, number[]][]) {
    it(`${level} 2019–2025`, () => {
      const years = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
      expect(years.map((y) => coverage(dataset, reference, y, level).entitiesWithData)).toEqual(
        counts,
      );
    });
  }

  it('denominators: 31 provinces, 337 cities', () => {
    expect(coverage(dataset, reference, 2025, 'province').entitiesTotal).toBe(31);
    expect(coverage(dataset, reference, 2025, 'city').entitiesTotal).toBe(337);
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
