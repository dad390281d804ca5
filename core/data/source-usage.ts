/**
 * What each source backs: the figures where it is the chosen value, confirms it, stands as an
 * alternate, or documents a gap. The sources view lists these so a reader can audit a source.
 */
import type { Adcode, Dataset, Measure, SourceId } from '../model';

export type UsageRole = 'chosen' | 'confirms' | 'alternate' | 'rank' | 'gap';

export interface SourceUse {
  code: Adcode;
  year: number;
  period: string;
  measure: Measure | 'rank';
  role: UsageRole;
}

/** Map of source id → uses, in dataset order. Sources that back nothing map to an empty list. */
export function sourceUsage(dataset: Dataset): Map<SourceId, SourceUse[]> {
  const uses = new Map<SourceId, SourceUse[]>(dataset.sources.map((s) => [s.id, []]));
  const add = (id: SourceId, use: SourceUse) => {
    const list = uses.get(id);
    if (list) list.push(use);
    else uses.set(id, [use]);
  };
  for (const r of dataset.figures) {
    const at = { code: r.code, year: r.year, period: r.period };
    for (const [measure, cell] of Object.entries(r.cells) as [
      Measure,
      NonNullable<(typeof r.cells)[Measure]>,
    ][]) {
      add(cell.sourceId, { ...at, measure, role: 'chosen' });
      for (const id of cell.confirmedBy) add(id, { ...at, measure, role: 'confirms' });
      for (const a of cell.alternates)
        if (a.status !== 'agrees' || !cell.confirmedBy.includes(a.sourceId))
          add(a.sourceId, { ...at, measure, role: 'alternate' });
    }
    for (const rank of r.ranks) add(rank.sourceId, { ...at, measure: 'rank', role: 'rank' });
    for (const g of r.gaps) add(g.sourceId, { ...at, measure: 'total', role: 'gap' });
  }
  return uses;
}
