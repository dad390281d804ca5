import { describe, expect, it } from 'vitest';
import { atlas, atlasJson } from './test-support';

interface CityJson {
  entity: { code: string; name_zh: string; level: string };
  records: {
    year: number;
    period: string;
    cells: Record<
      string,
      { value: number; source_id: string; confirmed_by: string[]; unit: string }
    >;
  }[];
  sources: { id: string; url: string }[];
}

const fullYear = (city: CityJson, year: number) =>
  city.records.find((r) => r.year === year && r.period === 'full_year');

describe('atlas city', () => {
  it('shows 金华 2025 at 10508.6, with its source and the sources that confirm it', async () => {
    const { exitCode, stdout } = await atlas('city', '金华');
    expect(exitCode).toBe(0);
    expect(stdout).toMatch(
      /2025 \(full year\)\n\s+total\s+10,508\.6 亿元\s+S\d{3} \(confirmed by S\d{3}/,
    );
    const city = await atlasJson<CityJson>('city', '金华', '--format', 'json');
    const total = fullYear(city, 2025)!.cells.total!;
    expect(total).toMatchObject({ value: 10508.6, unit: '亿元' });
    expect(total.confirmed_by.length).toBeGreaterThan(0);
    const cited = city.sources.map((s) => s.id);
    expect(cited).toContain(total.source_id);
    expect(cited).toEqual(expect.arrayContaining(total.confirmed_by));
  });

  it('shows 西安 2025 at 4987.9, whichever name form is used', async () => {
    const { stdout } = await atlas('city', '西安');
    expect(stdout).toMatch(/2025 \(full year\)\n\s+total\s+4,987\.9 亿元/);
    for (const name of ['西安', '西安市', "Xi'an", 'XIAN', '610100']) {
      const city = await atlasJson<CityJson>('city', name, '--format', 'json');
      expect(city.entity.code, name).toBe('610100');
      expect(fullYear(city, 2025)!.cells.total!.value).toBe(4987.9);
    }
  });

  it('prefers the city over the province of the same name, unless --level says otherwise', async () => {
    const city = await atlasJson<CityJson>('city', '上海', '--format', 'json');
    expect(city.entity).toMatchObject({ code: '310100', level: 'city' });
    const province = await atlasJson<CityJson>(
      'city',
      '上海',
      '--level',
      'province',
      '--format',
      'json',
    );
    expect(province.entity).toMatchObject({ code: '310000', level: 'province' });
  });

  it('lists the candidates for an ambiguous name and exits 2', async () => {
    const { exitCode, stderr } = await atlas('city', 'Taizhou');
    expect(exitCode).toBe(2);
    expect(stderr).toContain("'Taizhou' matches 2 entities");
    expect(stderr).toContain('Taizhou (Jiangsu)');
    expect(stderr).toContain('Taizhou (Zhejiang)');
  });

  it('exits 2 for an unknown name, a missing name or a bad level', async () => {
    const unknown = await atlas('city', 'Atlantis');
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toContain("no entity named 'Atlantis'");
    const missing = await atlas('city');
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('expected one <code|name>');
    const level = await atlas('city', '金华', '--level', 'town');
    expect(level.exitCode).toBe(2);
    expect(level.stderr).toContain(
      "--level: expected one of national, province, city, county_city, got 'town'",
    );
  });

  it('writes one CSV row per figure', async () => {
    const { stdout } = await atlas('city', '金华', '--format', 'csv');
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe(
      'code,name_zh,year,period,measure,value,unit,source_id,confirmed_by,flag,precision,note',
    );
    expect(lines.some((l) => l.startsWith('330700,金华,2025,full_year,total,10508.6,亿元,'))).toBe(
      true,
    );
  });
});
