/**
 * The command palette's search: actions by their label in either language, cities and provinces
 * by Chinese name (full or short), English name or pinyin (with or without spaces and tones).
 * Pure, so it is tested apart from the palette component.
 */
import { ACTIONS, type ActionDef } from './actions';
import type { Locale } from './format';
import type { Entity } from './model';

export type PaletteHit =
  | { kind: 'action'; action: ActionDef; score: number }
  | { kind: 'entity'; entity: Entity; score: number };

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s'’·-]+/g, '');

/** 3: the whole name, 2: it starts with the query, 1: it contains it, 0: no match. */
function scoreOf(query: string, names: readonly string[]): number {
  let best = 0;
  for (const name of names) {
    const n = fold(name);
    if (!n) continue;
    if (n === query) return 3;
    if (n.startsWith(query)) best = Math.max(best, 2);
    else if (n.includes(query)) best = Math.max(best, 1);
  }
  return best;
}

/**
 * Hits for `query`, best first: actions (those in the palette) before places of the same score,
 * cities and provinces only. An empty query lists the actions alone.
 */
export function searchPalette(
  query: string,
  entities: readonly Entity[],
  locale: Locale,
  limit = 30,
): PaletteHit[] {
  const q = fold(query);
  const actions = ACTIONS.filter((a) => a.palette);
  if (!q)
    return actions.map((action) => ({ kind: 'action' as const, action, score: 0 })).slice(0, limit);
  const hits: PaletteHit[] = [];
  for (const action of actions) {
    const score = scoreOf(q, [action.label[locale], action.label['zh-CN'], action.label.en]);
    if (score) hits.push({ kind: 'action', action, score: score + 0.5 });
  }
  for (const entity of entities) {
    if (entity.level !== 'city' && entity.level !== 'province') continue;
    const score = scoreOf(q, [
      entity.nameZh,
      entity.shortZh,
      entity.nameEn,
      entity.pinyin,
      ...entity.aliases,
    ]);
    // Provinces before cities of the same name (吉林 the province, then 吉林 the city).
    if (score)
      hits.push({ kind: 'entity', entity, score: score + (entity.level === 'province' ? 0.1 : 0) });
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}
