/**
 * Maps the names used in the curated CSV files (level, short Chinese name, province) to codes of
 * the reference tables. Municipalities resolve by level: a `province` row for 上海 is 310000, a
 * `city` row (province_zh 上海) is 310100.
 */
import type { Adcode, Entity, Level, ReferenceTables } from '../../core/model';
import { NATIONAL_CODE } from '../../core/model';

export interface EntityLookup {
  /** The code for a row, or an explanation of why there is none. */
  resolve(level: Level, nameZh: string, provinceZh: string): { code: Adcode } | { error: string };
  /** Every entity of `level` that answers to `nameZh` anywhere in the country. */
  byName(level: Level, nameZh: string): Entity[];
  entity(code: Adcode): Entity | undefined;
}

export function makeEntityLookup(reference: ReferenceTables): EntityLookup {
  const byCode = new Map(reference.entities.map((e) => [e.code, e]));
  const byLevelAndName = new Map<string, Entity[]>();
  for (const entity of reference.entities) {
    for (const name of new Set([entity.shortZh, entity.nameZh, ...entity.aliases])) {
      const key = `${entity.level}|${name}`;
      const list = byLevelAndName.get(key) ?? [];
      if (!list.includes(entity)) list.push(entity);
      byLevelAndName.set(key, list);
    }
  }
  const byName = (level: Level, nameZh: string): Entity[] =>
    byLevelAndName.get(`${level}|${nameZh}`) ?? [];

  return {
    byName,
    entity: (code) => byCode.get(code),
    resolve(level, nameZh, provinceZh) {
      if (level === 'national') {
        return nameZh === '中国' ? { code: NATIONAL_CODE } : { error: `unknown nation ${nameZh}` };
      }
      let matches = byName(level, nameZh);
      if (level !== 'province') {
        if (!provinceZh) return { error: `${level} ${nameZh} has no province_zh` };
        const provinces = byName('province', provinceZh).map((p) => p.code);
        if (provinces.length !== 1) return { error: `unknown province_zh ${provinceZh}` };
        matches = matches.filter((e) => e.provinceCode === provinces[0]);
      }
      if (matches.length === 1) return { code: matches[0]!.code };
      const where = provinceZh ? ` in ${provinceZh}` : '';
      return matches.length === 0
        ? { error: `no ${level} named ${nameZh}${where} in the reference tables` }
        : {
            error: `${level} ${nameZh}${where} is ambiguous: ${matches.map((m) => m.code).join(', ')}`,
          };
    },
  };
}
