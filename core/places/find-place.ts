/**
 * Finding the one place a person typed (the CLI's `atlas city 吉林`): the same resolver as
 * imports, preferring a city where a name is both a city and a province, and saying which other
 * places bear the name.
 */
import type { Entity, Level } from '../model';
import type { NameResolver } from './resolve-place';

export type PlaceLookup =
  | {
      kind: 'found';
      entity: Entity;
      /** Same name at another level (上海 the province). */ others: Entity[];
    }
  | { kind: 'ambiguous'; candidates: Entity[] }
  | { kind: 'none'; suggestions: Entity[] };

/**
 * Resolve `query` (a code or any known name). Without `level` a city wins over the province of
 * the same name; with it, only that level is accepted.
 */
export function findPlace(resolver: NameResolver, query: string, level?: Level): PlaceLookup {
  const found = resolver.resolve(query, level ?? 'city');
  if (found.status === 'unresolved') return { kind: 'none', suggestions: found.suggestions };
  if (found.status === 'ambiguous') {
    const candidates = level ? found.candidates.filter((e) => e.level === level) : found.candidates;
    if (candidates.length === 1) return { kind: 'found', entity: candidates[0]!, others: [] };
    return { kind: 'ambiguous', candidates: candidates.length ? candidates : found.candidates };
  }
  if (level && found.entity.level !== level) return { kind: 'none', suggestions: [found.entity] };
  const all = resolver.resolve(query);
  const others =
    all.status === 'ambiguous' ? all.candidates.filter((e) => e.code !== found.entity.code) : [];
  return { kind: 'found', entity: found.entity, others };
}
