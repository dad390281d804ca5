/**
 * The sources a printed page or an export rests on: every chosen value's source, the rate
 * source of every converted figure, published ranks and documented gaps. Printed as a sources
 * line under each view and as one appendix (id, title, publisher, date, URL) at the end.
 */
import type { Derivation, Source, SourceId } from '../model';

/** Anything that names a source: a cell (with its derivation), a published rank, a gap note. */
export interface SourceBearer {
  sourceId: SourceId;
  derivation?: Derivation;
}

/** Adds the sources of `items` (and the rate sources of converted cells) to `into`. */
export function collectSourceIds(
  items: Iterable<SourceBearer | null | undefined>,
  into: Set<SourceId> = new Set(),
): Set<SourceId> {
  for (const item of items) {
    if (!item) continue;
    into.add(item.sourceId);
    if (item.derivation?.kind === 'usd') into.add(item.derivation.rateSourceId);
  }
  return into;
}

/** Source ids in reading order: by their letters, then by their number (S2 before S10). */
export function sortSourceIds(ids: Iterable<SourceId>): SourceId[] {
  const key = (id: string) => {
    const m = /^(\D*)(\d+)(.*)$/.exec(id);
    return m ? ([m[1]!, Number(m[2]), m[3]!] as const) : ([id, 0, ''] as const);
  };
  return [...new Set(ids)].sort((a, b) => {
    const [pa, na, ra] = key(a);
    const [pb, nb, rb] = key(b);
    return pa.localeCompare(pb) || na - nb || ra.localeCompare(rb);
  });
}

export interface AppendixEntry {
  id: SourceId;
  /** Null when the id names no source of the dataset (a damaged file): said, never hidden. */
  source: Source | null;
}

/** The appendix of a set of source ids: one entry per id, in reading order. */
export function sourcesAppendix(
  ids: Iterable<SourceId>,
  sources: ReadonlyMap<SourceId, Source>,
): AppendixEntry[] {
  return sortSourceIds(ids).map((id) => ({ id, source: sources.get(id) ?? null }));
}
