/**
 * `synthCities({ years, cities })`: a whole small world (nation, provinces, cities, their
 * full-year figures) built from aligned per-year arrays, so a test reads like a hand-made table:
 *
 *     synthCities({ years: [2024, 2025], national: { total: [1000, 1100] },
 *                   cities: [{ code: '440300', zh: '深圳', en: 'Shenzhen', total: [100, 120] }] })
 *
 * `null` (or a missing array) is a gap. Not used by the app at run time.
 */
import {
  asAdcode,
  asSourceId,
  MEASURES,
  type Cell,
  type Dataset,
  type Entity,
  type Measure,
  type PublishedRank,
  type ReferenceTables,
  type Region,
} from '../model';
import {
  synthCell,
  synthDataset,
  synthEntity,
  synthRank,
  synthRecord,
  synthReference,
  synthSource,
} from './synth';

/** One value per year, aligned with `years`; null is a gap. */
export type YearValues = (number | null)[];

export interface SynthSeries {
  total?: YearValues;
  exports?: YearValues;
  imports?: YearValues;
  total_yoy?: YearValues;
  exports_yoy?: YearValues;
  imports_yoy?: YearValues;
  /** Published national ranks, one per year (scope national_city / national_province). */
  ranks?: YearValues;
  /** Gap notes per year (only where a string is given). */
  gaps?: (string | null)[];
  /** Source id of every cell of this entity (default S001). */
  source?: string;
}

export interface SynthPlace extends SynthSeries {
  code: string;
  zh: string;
  en: string;
  /** Toneless pinyin; derived from `en` when omitted. */
  pinyin?: string;
  region?: Region | null;
  coastal?: boolean;
}

export interface SynthCity extends SynthPlace {
  /** Code of its province; the province entity is created when not listed in `provinces`. */
  province: string;
}

export interface SynthWorld {
  years: number[];
  national?: SynthSeries;
  provinces?: SynthPlace[];
  cities: SynthCity[];
}

function recordsOf(
  code: string,
  years: number[],
  series: SynthSeries,
  scope: PublishedRank['scope'],
) {
  const source = series.source ?? 'S001';
  return years.flatMap((year, i) => {
    const cells: Partial<Record<Measure, Cell>> = {};
    for (const m of MEASURES) {
      const v = series[m]?.[i];
      if (v != null) cells[m] = synthCell(v, source);
    }
    const rank = series.ranks?.[i];
    const gap = series.gaps?.[i];
    if (!Object.keys(cells).length && rank == null && gap == null) return [];
    return [
      synthRecord(code, year, cells, {
        ranks: rank == null ? [] : [synthRank(rank, scope, source)],
        gaps: gap == null ? [] : [{ sourceId: asSourceId(source), flag: null, note: gap }],
      }),
    ];
  });
}

function placeEntity(place: SynthPlace, level: 'province' | 'city', provinceCode: string): Entity {
  return synthEntity(place.code, level, place.zh, place.en, {
    pinyin: place.pinyin ?? place.en.toLowerCase().replace(/[^a-z]/g, ''),
    provinceCode: asAdcode(provinceCode),
    region: place.region ?? null,
    coastal: place.coastal ?? false,
  });
}

/** Builds the dataset and reference tables of a synthesised world (see the module comment). */
export function synthCities(world: SynthWorld): { dataset: Dataset; reference: ReferenceTables } {
  const entities: Entity[] = [synthEntity('100000', 'national', '中国', 'China')];
  const figures = world.national
    ? recordsOf('100000', world.years, world.national, 'national_province')
    : [];
  const sourceIds = new Set<string>(['S001']);

  for (const p of world.provinces ?? []) {
    entities.push(placeEntity(p, 'province', p.code));
    figures.push(...recordsOf(p.code, world.years, p, 'national_province'));
    if (p.source) sourceIds.add(p.source);
  }
  for (const c of world.cities) {
    if (!entities.some((e) => e.code === c.province)) {
      entities.push(
        synthEntity(
          c.province,
          'province',
          `省${c.province.slice(0, 2)}`,
          `Province ${c.province.slice(0, 2)}`,
        ),
      );
    }
    const province = entities.find((e) => e.code === c.province)!;
    entities.push(
      placeEntity({ region: province.region, coastal: province.coastal, ...c }, 'city', c.province),
    );
    figures.push(...recordsOf(c.code, world.years, c, 'national_city'));
    if (c.source) sourceIds.add(c.source);
  }
  return {
    dataset: synthDataset(
      figures,
      [...sourceIds].map((id) => synthSource(id)),
    ),
    reference: synthReference(entities),
  };
}
