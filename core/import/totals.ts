/**
 * Totals rows become figures of the place they total: 全国 is the nation; 全省/合计 in a table of
 * cities is the province those cities belong to; 全市合计 over county-level cities is their city.
 * The place is read from the rows the total covers, so nothing is assumed from the file name.
 */
import type { Entity } from '../model';
import type { PendingTotal, TotalSegment } from './body-reader';
import type { RawFigure } from './figure-store';

/** The most common value of a list, if it covers most of it. */
function majority<T>(items: readonly T[]): T | null {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  let best: T | null = null;
  let bestCount = 0;
  for (const [item, n] of counts) {
    if (n > bestCount) {
      best = item;
      bestCount = n;
    }
  }
  return bestCount >= Math.max(2, items.length * 0.8) ? best : null;
}

/** The place a totals row totals, from its label and the places of its rows. */
export function placeTotal(
  total: PendingTotal,
  members: readonly RawFigure[],
  byCode: ReadonlyMap<string, Entity>,
): Entity | null {
  if (total.entity) return total.entity;
  const levels = members.map((m) => m.entity.level);
  const label = total.printed.replace(/\s+/g, '');
  const saysCity = /^(全市|本市|市)/.test(label);
  const saysProvince = /^(全省|本省|全区|省)/.test(label);
  if (!saysCity && majority(levels) === 'province') {
    return [...byCode.values()].find((e) => e.level === 'national') ?? null;
  }
  if (!saysCity) {
    const cities = members.filter(
      (m) => m.entity.level === 'city' || m.entity.level === 'county_city',
    );
    const province = majority(cities.map((m) => m.entity.provinceCode));
    if (province) {
      const entity = byCode.get(province);
      if (entity?.level === 'province') return entity;
    }
    if (saysProvince) return null;
  }
  const counties = members.filter((m) => m.entity.level === 'county_city');
  const parent = majority(counties.map((m) => m.entity.parentCode));
  const city = parent ? byCode.get(parent) : undefined;
  return city && (city.level === 'city' || city.level === 'county_city') ? city : null;
}

/** Segment of each row, by 1-based row: which totals row the row adds up to. */
export function segmentOf(segments: readonly TotalSegment[]): (row: number) => TotalSegment | null {
  const sorted = [...segments].sort((a, b) => a.from - b.from);
  return (row) => {
    for (const s of sorted) if (row >= s.from && row <= s.to) return s;
    return null;
  };
}
