import { describe, expect, it } from 'vitest';
import { synthCities, synthSource } from '../core/data';
import { atlasJsonOn, atlasOn } from './test-support';

const world = synthCities({
  years: [2024, 2025],
  national: { total: [1000, 1000] },
  provinces: [{ code: '910000', zh: '省甲', en: 'Province A', total: [500, 600] }],
  cities: [
    { code: '910100', zh: '城A', en: 'City A', province: '910000', total: [null, 300] },
    { code: '910200', zh: '城B', en: 'City B', province: '910000', total: [100, 200] },
  ],
});
world.dataset.sources = [synthSource('S001', { publishedDate: '2026-01-14' })];
world.dataset.dataAsOf = '2026-01-14';

interface CoverageJson {
  year: number;
  level: string;
  entities_with_data: number;
  complete: boolean;
  missing: string[];
  derived_totals: { sum: number; usd: number };
}

describe('atlas coverage', () => {
  it('--all reports every year and level: complete or what is missing, and derived totals', async () => {
    const rows = await atlasJsonOn<CoverageJson[]>(
      world,
      ...['coverage', '--all', '--level', 'city', '--format', 'json'],
    );
    expect(rows.map((r) => [r.year, r.entities_with_data, r.complete, r.missing])).toEqual([
      [2024, 1, false, ['910100']],
      [2025, 2, true, []],
    ]);
    expect(rows[0]!.derived_totals).toEqual({ sum: 0, usd: 0 });
    const table = await atlasOn(world, 'coverage', '--all');
    expect(table.stdout).toContain('Data as of 2026-01-14.');
    expect(table.stdout).toMatch(/2025\s+province\s+1\s+1\s+60\.0%\s+yes\s+0/);
  });

  it('refuses --all with --year (exit 2)', async () => {
    const r = await atlasOn(world, 'coverage', '--all', '--year', '2025');
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('--all and --year: choose one');
  });
});
