/**
 * Everything the city detail drawer shows about one entity: its published figures per year
 * with their cells (for sources), its computed rank among the entities with data that year, the
 * ranks sources publish, its share of its province and of the nation (only where both figures of
 * the year exist), and its neighbours in rank.
 */
import type { Adcode, Cell, Entity, GapNote, PublishedRank } from '../model';
import { sharePct } from './derived';
import { ranksByYear } from './rank-history';
import { figureAt, nationalAt, recordAt, type FullYearIndex } from './year-index';

export interface ProfileYear {
  year: number;
  total: Cell | null;
  exports: Cell | null;
  imports: Cell | null;
  totalYoy: Cell | null;
  exportsYoy: Cell | null;
  importsYoy: Cell | null;
  /** Computed total-trade rank among the `rankedCount` entities of the level with a total. */
  rank: number | null;
  rankedCount: number;
  publishedRanks: PublishedRank[];
  /** The province's total and the city's share of it in %, where both were published. */
  provinceTotal: Cell | null;
  shareOfProvince: number | null;
  nationalTotal: Cell | null;
  shareOfNation: number | null;
  gaps: GapNote[];
}

export interface Neighbour {
  entity: Entity;
  rank: number;
  value: number;
  self: boolean;
}

export interface CityProfile {
  entity: Entity;
  province: Entity | null;
  /** Years with a full-year record for the entity, ascending. */
  years: ProfileYear[];
  /** Year the neighbours are taken from (null when the entity was never ranked). */
  neighbourYear: number | null;
  neighbours: Neighbour[];
}

/**
 * A municipality is both a province and a city: its "share of its province" would be the city
 * divided by itself, so it is not shown. They are recognised by sharing their province's name.
 */
function isMunicipality(entity: Entity, province: Entity | null): boolean {
  return !!province && entity.level !== 'province' && province.shortZh === entity.shortZh;
}

/**
 * The profile of `code`. Neighbours come from `year` when the entity is ranked then, otherwise
 * from the latest year in which it is; `around` entities are taken on each side.
 */
export function cityProfile(
  index: FullYearIndex,
  code: Adcode,
  year: number,
  around = 2,
): CityProfile | null {
  const entity = index.entities.get(code);
  if (!entity) return null;
  const province =
    entity.provinceCode && entity.provinceCode !== entity.code
      ? (index.entities.get(entity.provinceCode) ?? null)
      : null;
  const ranks = ranksByYear(index, entity.level);
  const ownYears = [...(index.records.get(entity.code)?.keys() ?? [])].sort((a, b) => a - b);
  const withProvinceShare = province && !isMunicipality(entity, province);

  const years = ownYears.map((y): ProfileYear => {
    const at = (m: Parameters<typeof figureAt>[3]) => figureAt(index, entity.code, y, m);
    const total = at('total');
    const provinceTotal = withProvinceShare ? figureAt(index, province.code, y, 'total') : null;
    const nationalTotal = nationalAt(index, y, 'total');
    const yearRanks = ranks.get(y);
    return {
      year: y,
      total,
      exports: at('exports'),
      imports: at('imports'),
      totalYoy: at('total_yoy'),
      exportsYoy: at('exports_yoy'),
      importsYoy: at('imports_yoy'),
      rank: yearRanks?.get(entity.code) ?? null,
      rankedCount: yearRanks?.size ?? 0,
      publishedRanks: recordAt(index, entity.code, y)?.ranks ?? [],
      provinceTotal,
      shareOfProvince: sharePct(total?.value ?? null, provinceTotal?.value ?? null),
      nationalTotal,
      shareOfNation:
        entity.level === 'national'
          ? null
          : sharePct(total?.value ?? null, nationalTotal?.value ?? null),
      gaps: recordAt(index, entity.code, y)?.gaps ?? [],
    };
  });

  const rankedYears = years.filter((y) => y.rank != null).map((y) => y.year);
  const neighbourYear = rankedYears.includes(year)
    ? year
    : (rankedYears.filter((y) => y <= year).at(-1) ?? rankedYears.at(-1) ?? null);
  return {
    entity,
    province,
    years,
    neighbourYear,
    neighbours:
      neighbourYear == null
        ? []
        : neighboursIn(index, ranks.get(neighbourYear)!, entity.code, neighbourYear, around),
  };
}

function neighboursIn(
  index: FullYearIndex,
  ranks: Map<Adcode, number>,
  code: Adcode,
  year: number,
  around: number,
): Neighbour[] {
  const ordered = [...ranks.entries()].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  const at = ordered.findIndex(([c]) => c === code);
  return ordered.slice(Math.max(0, at - around), at + around + 1).map(([c, rank]) => ({
    entity: index.entities.get(c)!,
    rank,
    value: figureAt(index, c, year, 'total')!.value,
    self: c === code,
  }));
}
