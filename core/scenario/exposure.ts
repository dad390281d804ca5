/**
 * Exposure profiles: for each entity, the shares of its trade by partner group, export product
 * group, trade mode and imported commodity, each with its provenance. Built from share rows
 * (`ShareCandidate`) by the rules of `share-selection.ts`; shares are never rescaled and a missing
 * share stays missing.
 */
import type { Adcode } from '../model';
import { categoryRole, componentsOf } from './category-map';
import {
  compareCandidates,
  isUsable,
  pickBest,
  releaseKey,
  type RankedFields,
  type ShareCandidate,
} from './share-selection';
import {
  DIMENSION_BASES,
  DIMENSION_CATEGORIES,
  EXPOSURE_DIMENSIONS,
  RESIDUAL_CATEGORY,
  type AskUser,
  type DimensionExposure,
  type ExposureDimension,
  type ExposureOrigin,
  type ExposureProfile,
  type MemoShare,
  type Share,
  type ShareBasis,
  type ShareProvenance,
} from './types';
import { missingShare, partitionOf, ROUNDING_TOLERANCE, withResidual } from './residual';

export interface ExposureInput {
  candidates: readonly ShareCandidate[];
  /** Entities to build profiles for. */
  codes: readonly Adcode[];
  /** Shares no source gives that the UI must ask for (e.g. Tongling copper ore). */
  askUser: readonly AskUser[];
}

type Candidate = ShareCandidate & { partial?: string };

/**
 * Each entity's own profile for a base year: per dimension and basis, the entity's own rows
 * (latest year at or before the base year first). No other entity's share is mixed in here:
 * where the entity has none, the proxy chain (`proxy-chain.ts`) looks further, share by share, and
 * records which step it took. Entities with no usable share get no profile.
 */
export function buildExposureProfiles(input: ExposureInput, baseYear: number): ExposureProfile[] {
  const byKey = new Map<string, ShareCandidate[]>();
  for (const c of input.candidates) {
    if (!isUsable(c, baseYear)) continue;
    const key = `${c.code}|${c.dimension}|${c.basis}`;
    const list = byKey.get(key);
    if (list) list.push(c);
    else byKey.set(key, [c]);
  }
  const profiles: ExposureProfile[] = [];
  for (const code of input.codes) {
    const dimensions: DimensionExposure[] = [];
    for (const dimension of EXPOSURE_DIMENSIONS) {
      for (const basis of DIMENSION_BASES[dimension]) {
        const rows = byKey.get(`${code}|${dimension}|${basis}`) ?? [];
        if (rows.some(isModelShare)) {
          dimensions.push(buildDimension(rows, dimension, basis, 'own', code, baseYear));
        }
      }
    }
    addAskUser(code, dimensions, input.askUser);
    if (dimensions.length > 0) profiles.push({ code, baseYear, dimensions });
  }
  return profiles;
}

function isModelShare(c: ShareCandidate): boolean {
  const role = categoryRole(c.dimension, c.category)?.role;
  return role === 'direct' || role === 'component';
}

/** Shares this many years older than the base year carry a note, so the UI can warn. */
const OLD_AFTER_YEARS = 5;

/**
 * One dimension from one entity's usable rows (all on the same basis). Each category takes its
 * best row; then partition shares are admitted best-first, and one that would push the known sum
 * above 100 (an old release disagreeing with a newer one) is dropped and left missing.
 */
export function buildDimension(
  rows: readonly ShareCandidate[],
  dimension: ExposureDimension,
  basis: ShareBasis,
  origin: ExposureOrigin,
  fromCode: Adcode,
  baseYear: number,
): DimensionExposure {
  const residual = RESIDUAL_CATEGORY[dimension];
  const partition = partitionOf(dimension);
  const picks = DIMENSION_CATEGORIES[dimension]
    .filter((category) => category !== residual)
    .map((category) => {
      const best = pickBest(directRows(rows, dimension, category));
      return { category, chosen: best ?? pickBest(componentSums(rows, dimension, category)) };
    });
  const dropped = new Map<string, string>();
  let sum = 0;
  const admitted = picks
    .filter((p) => p.chosen && partition.includes(p.category))
    .sort((a, b) => compareCandidates(a.chosen as Candidate, b.chosen as Candidate));
  for (const { category, chosen } of admitted) {
    const c = chosen as Candidate;
    if (sum + c.pct > 100 + ROUNDING_TOLERANCE) {
      dropped.set(
        category,
        `dropped ${c.pct}% (${releaseKey(c)}): with the better-ranked shares the sum would exceed 100`,
      );
    } else sum += c.pct;
  }
  const shares: Share[] = picks.map(({ category, chosen }) => {
    const why = dropped.get(category);
    if (!chosen || why) return missingShare(category, why ?? '');
    const share = toShare(category, chosen, origin);
    const age = baseYear - chosen.year;
    if (age >= OLD_AFTER_YEARS) share.note += ` | ${age} years before the base year`;
    return share;
  });
  shares.push(missingShare(residual));
  const memo: MemoShare[] = [];
  for (const category of new Set(rows.map((r) => r.category))) {
    const role = categoryRole(dimension, category);
    if (role?.role !== 'in_residual' && role?.role !== 'excluded') continue;
    const best = pickBest(rows.filter((r) => r.category === category));
    if (!best) continue;
    const why = role.role === 'excluded' ? ` | not used: ${role.reason}` : ' | inside the residual';
    memo.push({ ...toShare(category, best, origin), note: best.label + why, role: role.role });
  }
  return withResidual({ dimension, basis, origin, fromCode, shares, memo });
}

function directRows(rows: readonly ShareCandidate[], d: ExposureDimension, category: string) {
  return rows.filter((r) => {
    const role = categoryRole(d, r.category);
    return role?.role === 'direct' && role.category === category;
  });
}

/** Components of one release summed into one candidate (a lower bound if some are absent). */
function componentSums(
  rows: readonly ShareCandidate[],
  d: ExposureDimension,
  category: string,
): Candidate[] {
  const parts = componentsOf(d, category);
  const releases = new Map<string, ShareCandidate[]>();
  for (const r of rows) {
    if (!parts.includes(r.category)) continue;
    const key = releaseKey(r);
    releases.set(key, [...(releases.get(key) ?? []), r]);
  }
  return [...releases.values()].map((group) => {
    const first = group[0] as ShareCandidate;
    const present = group.map((g) => g.category);
    const absent = parts.filter((p) => !present.includes(p));
    const worst = group.find((g) => g.flag !== null)?.flag ?? null;
    return {
      ...first,
      category,
      pct: group.reduce((s, g) => s + g.pct, 0),
      flag: worst,
      derived: group.length > 1 || group.some((g) => g.derived),
      label: group.map((g) => g.label).join(' + '),
      partial: absent.length > 0 ? `partial: only ${present.join(', ')} published` : undefined,
    };
  });
}

function toShare(category: string, c: Candidate & RankedFields, origin: ExposureOrigin): Share {
  const provenance: ShareProvenance =
    origin === 'user' ? 'user' : c.derived ? 'derived' : 'published';
  return {
    category,
    pct: c.pct,
    provenance,
    year: c.year,
    period: c.period,
    sourceId: c.sourceId,
    flag: c.flag,
    note: c.partial ? `${c.label} | ${c.partial}` : c.label,
  };
}

function addAskUser(code: Adcode, dims: DimensionExposure[], asks: readonly AskUser[]): void {
  for (const ask of asks) {
    if (ask.code !== code) continue;
    let dim = dims.find((d) => d.dimension === ask.dimension && d.basis === ask.basis);
    if (!dim) {
      const shares = DIMENSION_CATEGORIES[ask.dimension].map((c) => missingShare(c));
      dim = {
        dimension: ask.dimension,
        basis: ask.basis,
        origin: 'own',
        fromCode: code,
        shares,
        memo: [],
      };
      dims.push(dim);
    }
    // The question is noted on the missing share; the proxy chain stops there (no proxy for it).
    const at = dim.shares.findIndex((s) => s.category === ask.category);
    const share = dim.shares[at];
    if (share && share.pct === null) dim.shares[at] = missingShare(ask.category, ask.note);
  }
}
