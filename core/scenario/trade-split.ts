/**
 * The export/import split of an entity that publishes only a total for the base year. Shocks that
 * move exports and imports differently need it; without one the result is a range over every
 * possible split. The chain, as for shares: the entity's own split of the nearest earlier year
 * (the city yearbook gives most cities' exports and imports for 2019–2023) → its province's → the
 * nation's, each of the nearest year at or before the base year. Only published cells are used:
 * exports and imports of one record, never a total minus a flow.
 */
import type { Adcode, SourceId } from '../model';
import { figureAt, type FullYearIndex } from '../data';
import { proxyRange, type ProxyRangeRule } from './proxy-range';

export interface SplitShare {
  step: 'own' | 'own_earlier' | 'province' | 'national';
  /** Exports ÷ (exports + imports), as a fraction; the point result uses it. */
  exportShare: number;
  /** Range under the proxy rule, within 0…1. */
  low: number;
  high: number;
  year: number;
  fromCode: Adcode;
  exportsSourceId: SourceId;
  importsSourceId: SourceId;
}

/** The split of one entity-year, if both flows are published there. */
function splitAt(index: FullYearIndex, code: Adcode, year: number) {
  const x = figureAt(index, code, year, 'exports');
  const m = figureAt(index, code, year, 'imports');
  if (!x || !m || !(x.value + m.value > 0) || x.value < 0 || m.value < 0) return null;
  return { w: x.value / (x.value + m.value), x, m };
}

/** The nearest year ≤ `year` (or < it, with `before`) in which `code` publishes both flows. */
function nearest(index: FullYearIndex, code: Adcode, year: number, before: boolean) {
  const years = [...(index.records.get(code)?.keys() ?? [])]
    .filter((y) => (before ? y < year : y <= year))
    .sort((a, b) => b - a);
  for (const y of years) {
    const s = splitAt(index, code, y);
    if (s) return { year: y, ...s };
  }
  return null;
}

/**
 * The first split the chain finds for `code` in `year`, with its range under the rule; null
 * when no step has one (the engine then gives the range over every split).
 */
export function resolveSplit(
  index: FullYearIndex,
  code: Adcode,
  year: number,
  provinceCode: Adcode | null,
  nationalCode: Adcode,
  rule: Readonly<ProxyRangeRule>,
): SplitShare | null {
  const same = splitAt(index, code, year);
  const steps: [SplitShare['step'], Adcode, boolean][] = [['own_earlier', code, true]];
  if (provinceCode && provinceCode !== code) steps.push(['province', provinceCode, false]);
  if (nationalCode !== code) steps.push(['national', nationalCode, false]);
  const found = same
    ? { step: 'own' as const, code, hit: { year, ...same } }
    : steps
        .map(([step, from, before]) => ({
          step,
          code: from,
          hit: nearest(index, from, year, before),
        }))
        .find((s) => s.hit !== null);
  if (!found?.hit) return null;
  const [low, high] = proxyRange(found.hit.w, found.step, rule, 1);
  return {
    step: found.step,
    exportShare: found.hit.w,
    low,
    high,
    year: found.hit.year,
    fromCode: found.code,
    exportsSourceId: found.hit.x.sourceId,
    importsSourceId: found.hit.m.sourceId,
  };
}
