/**
 * What each source backs: the figures where it is the chosen value, confirms it, stands as an
 * alternate, or documents a gap. The sources view lists these so a reader can audit a source.
 */
import { NATIONAL_CODE, type Adcode, type Dataset, type Measure, type SourceId } from '../model';

export type UsageRole = 'chosen' | 'confirms' | 'alternate' | 'rank' | 'gap' | 'share' | 'rate';

/** Trade-structure shares (exposure profiles) are named by their dimension. */
export type ShareMeasure =
  'share_partner' | 'share_product' | 'share_trade_mode' | 'share_import_commodity';

export interface SourceUse {
  code: Adcode;
  year: number;
  period: string;
  measure: Measure | 'rank' | 'rate' | ShareMeasure;
  role: UsageRole;
}

/** A share row as the exposure profiles keep it (only the fields usage needs). */
export interface ShareRowRef {
  code: Adcode;
  year: number;
  period: string;
  dimension: 'partner' | 'product' | 'trade_mode' | 'import_commodity';
  sourceId: SourceId;
}

/**
 * Adds the trade-structure shares each source backs (the scenario panel's exposure profiles),
 * one use per entity, year, period and dimension.
 */
export function addShareUsage(
  usage: Map<SourceId, SourceUse[]>,
  rows: readonly ShareRowRef[],
): Map<SourceId, SourceUse[]> {
  const seen = new Set<string>();
  for (const r of rows) {
    const key = `${r.sourceId}|${r.code}|${r.year}|${r.period}|${r.dimension}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const use: SourceUse = {
      code: r.code,
      year: r.year,
      period: r.period,
      measure: `share_${r.dimension}`,
      role: 'share',
    };
    const list = usage.get(r.sourceId);
    if (list) list.push(use);
    else usage.set(r.sourceId, [use]);
  }
  return usage;
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
  // A published CNY/USD rate backs every figure converted at it.
  for (const rate of dataset.rates) {
    const at = { code: NATIONAL_CODE, year: rate.year, period: 'full_year' };
    add(rate.sourceId, { ...at, measure: 'rate', role: 'rate' });
  }
  return uses;
}

/**
 * The date of a dataset's data: the latest publication date among the sources its figures (chosen
 * cells, alternates, ranks, gap notes) and rates cite. '' when no cited source is dated.
 */
export function latestCitedDate(dataset: Pick<Dataset, 'figures' | 'sources' | 'rates'>): string {
  const cited = new Set<string>(dataset.rates.map((r) => r.sourceId));
  for (const record of dataset.figures) {
    for (const cell of [...Object.values(record.cells), ...Object.values(record.usd ?? {})]) {
      cited.add(cell.sourceId);
      for (const a of cell.alternates) cited.add(a.sourceId);
    }
    for (const r of record.ranks) cited.add(r.sourceId);
    for (const g of record.gaps) cited.add(g.sourceId);
  }
  let latest = '';
  for (const s of dataset.sources)
    if (cited.has(s.id) && s.publishedDate > latest) latest = s.publishedDate;
  return latest;
}
