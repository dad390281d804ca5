/**
 * Tables for the import benchmark, made by code from the bundled reference tables: a long
 * (city, year, indicator, value) CSV of N rows, and a customs-style wide CSV of about N MB.
 */
import type { Entity } from '../../core/model';

const INDICATORS = ['进出口', '出口', '进口'];

/**
 * 城市,年份,指标,数值 — each city-year three rows, years from 1990. Past 110 years per city the
 * rows repeat with the same values (so a million-row file is mostly duplicates, as it must be).
 */
export function longCsv(cities: readonly Entity[], rows: number): string {
  const lines = ['城市,年份,指标,数值（亿元）'];
  for (let i = 0; i < rows; i++) {
    const k = Math.floor(i / 3);
    const city = cities[k % cities.length]!;
    const year = 1990 + (Math.floor(k / cities.length) % 110);
    // Exports and imports of a city-year, and their sum as the total, as a bureau prints them.
    const exports = 100 + (((k % cities.length) * 31 + year * 7) % 997);
    const imports = 50 + (((k % cities.length) * 17 + year * 3) % 499);
    const value = [exports + imports, exports, imports][i % 3]!;
    lines.push(`${city.shortZh},${year},${INDICATORS[i % 3]},${value.toFixed(2)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A wide customs table with a code and rank column, about `megabytes` MB of UTF-8. */
export function wideCsv(cities: readonly Entity[], megabytes: number): string {
  const lines = [
    '2025年各市进出口情况（单位：亿元）',
    '城市,代码,排名,进出口,进出口同比%,出口,出口同比%,进口,进口同比%',
  ];
  const target = megabytes * 1024 * 1024;
  let size = 0;
  for (let i = 0; size < target; i++) {
    const c = cities[i % cities.length]!;
    const line = `${c.nameZh},${c.code},${(i % 300) + 1},${(1000 + (i % 997)).toFixed(2)},${((i % 30) - 5).toFixed(1)},${(600 + (i % 997)).toFixed(2)},${((i % 20) - 3).toFixed(1)},400.00,${((i % 25) - 8).toFixed(1)}`;
    lines.push(line);
    size += line.length * 1.3;
  }
  return `${lines.join('\n')}\n`;
}
