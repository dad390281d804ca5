/**
 * Finding the entity a person typed: a division code, or a name in any of the forms the
 * reference tables know (金华, 金华市, Jinhua, jinhua, Xi'an, xian), case-insensitively.
 */
import type { Entity, Level, ReferenceTables } from '../core/model';

export type Resolution =
  | {
      kind: 'found';
      entity: Entity;
      /** Same name at another level (上海 the province). */ others: Entity[];
    }
  | { kind: 'ambiguous'; candidates: Entity[] }
  | { kind: 'none'; suggestions: Entity[] };

/** Lower case, no spaces, apostrophes or hyphens: "Xi'an" and "xi an" both become "xian". */
const normalise = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s'’-]/g, '');

function names(entity: Entity): string[] {
  return [entity.shortZh, entity.nameZh, entity.nameEn, entity.pinyin, ...entity.aliases].map(
    normalise,
  );
}

/**
 * Resolve `query` (optionally within one level). When a name matches a city and the province-level
 * unit of the same name (the four municipalities), the city wins: `atlas city` is about cities.
 */
export function resolveEntity(
  reference: ReferenceTables,
  query: string,
  level?: Level,
): Resolution {
  const pool = level ? reference.entities.filter((e) => e.level === level) : reference.entities;
  const trimmed = query.trim();
  if (/^\d{6}$/.test(trimmed)) {
    const byCode = pool.filter(
      (e) => e.code === trimmed || e.formerCodes.includes(trimmed as never),
    );
    if (byCode.length)
      return {
        kind: 'found',
        entity: byCode.find((e) => e.code === trimmed) ?? byCode[0]!,
        others: [],
      };
  }
  const wanted = normalise(trimmed);
  const matches = pool.filter((e) => names(e).includes(wanted));
  if (matches.length === 1) return { kind: 'found', entity: matches[0]!, others: [] };
  if (matches.length > 1) {
    const cityLevel = matches.filter((e) => e.level === 'city' || e.level === 'county_city');
    if (cityLevel.length === 1) {
      return {
        kind: 'found',
        entity: cityLevel[0]!,
        others: matches.filter((e) => e !== cityLevel[0]),
      };
    }
    return { kind: 'ambiguous', candidates: matches };
  }
  const suggestions = wanted
    ? pool
        .filter((e) =>
          names(e).some((n) => n.includes(wanted) || (n.length > 1 && wanted.includes(n))),
        )
        .slice(0, 8)
    : [];
  return { kind: 'none', suggestions };
}

/** "台州 Taizhou (Zhejiang) — city 331000". */
export const describeEntity = (e: Entity) => `${e.shortZh} ${e.nameEn} — ${e.level} ${e.code}`;
