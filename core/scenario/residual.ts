/**
 * The explicit residual of a dimension (rest_of_world / other) and user overrides. The residual is
 * the only number the model computes itself: 100 minus the known shares of the partition. Known
 * shares are never rescaled, so a published set that sums above 100 leaves the residual missing.
 */
import type { Adcode } from '../model';
import {
  DIMENSION_CATEGORIES,
  OF_WHICH_PARENT,
  RESIDUAL_CATEGORY,
  type DimensionExposure,
  type ExposureDimension,
  type ExposureProfile,
  type Share,
  type ShareOverride,
} from './types';

/** Published shares are rounded to 0.1; a sum up to this far above 100 is rounding, not error. */
export const ROUNDING_TOLERANCE = 0.5;

/** Categories that add up to 100 with the residual (not the residual, not "of which" items). */
export function partitionOf(dimension: ExposureDimension): string[] {
  const residual = RESIDUAL_CATEGORY[dimension];
  return DIMENSION_CATEGORIES[dimension].filter(
    (c) => c !== residual && !(dimension === 'product' && c in OF_WHICH_PARENT),
  );
}

/**
 * Returns the dimension with its residual share recomputed from the known partition shares. The
 * residual also holds every named category whose share is missing, so it is labelled as such.
 */
export function withResidual(dim: DimensionExposure): DimensionExposure {
  const residualCategory = RESIDUAL_CATEGORY[dim.dimension];
  const partition = partitionOf(dim.dimension);
  const known = dim.shares.filter((s) => partition.includes(s.category) && s.pct !== null);
  const missing = partition.filter((c) => !known.some((s) => s.category === c));
  const residual = missingShare(residualCategory, 'no share of the partition is known');
  if (known.length > 0) {
    const sum = known.reduce((s, k) => s + (k.pct as number), 0);
    const releases = [...new Set(known.map(releaseOf))];
    const single = releases.length === 1 ? known[0] : undefined;
    const notes = [`100 − known shares (${round(sum)})`];
    if (missing.length > 0) notes.push(`includes the unknown ${missing.join(', ')}`);
    if (releases.length > 1)
      notes.push(`mixes ${releases.length} releases: ${releases.join('; ')}`);
    if (sum > 100 + ROUNDING_TOLERANCE) {
      residual.note = `known shares sum to ${round(sum)} > 100; not rescaled, residual unknown`;
    } else {
      residual.pct = round(Math.max(0, 100 - sum));
      residual.provenance = 'derived';
      residual.year = single?.year ?? null;
      residual.period = single?.period ?? null;
      residual.sourceId = single?.sourceId ?? null;
      residual.note = notes.join(' | ');
    }
  }
  const shares = dim.shares.map((s) => (s.category === residualCategory ? residual : s));
  return { ...dim, shares: checkOfWhich(dim.dimension, shares) };
}

/** Flags an "of which" share larger than its parent (usually two different releases). */
function checkOfWhich(dimension: ExposureDimension, shares: Share[]): Share[] {
  if (dimension !== 'product') return shares;
  return shares.map((s) => {
    const parent = shares.find((p) => p.category === OF_WHICH_PARENT[s.category]);
    if (!parent || parent.pct === null || s.pct === null || s.pct <= parent.pct) return s;
    if (s.note.includes('exceeds')) return s;
    return { ...s, note: `${s.note} | exceeds ${parent.category} (${parent.pct}): check periods` };
  });
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

const releaseOf = (s: Share): string =>
  s.sourceId ? `${s.sourceId} ${s.year} ${s.period}` : s.provenance;

/**
 * Profiles with user-entered shares applied (provenance 'user'); the residual of each touched
 * dimension is recomputed. An override for a dimension the entity lacks creates it.
 */
export function applyShareOverrides(
  profiles: readonly ExposureProfile[],
  overrides: readonly ShareOverride[],
  baseYear: number,
): ExposureProfile[] {
  const out = new Map<Adcode, ExposureProfile>(
    profiles.map((p) => [p.code, { ...p, dimensions: [...p.dimensions] }]),
  );
  for (const o of overrides) {
    const profile = out.get(o.code) ?? { code: o.code, baseYear, dimensions: [] };
    out.set(o.code, profile);
    const at = profile.dimensions.findIndex(
      (d) => d.dimension === o.dimension && d.basis === o.basis,
    );
    const dim: DimensionExposure = profile.dimensions[at] ?? {
      dimension: o.dimension,
      basis: o.basis,
      origin: 'user',
      fromCode: o.code,
      shares: DIMENSION_CATEGORIES[o.dimension].map((category) => missingShare(category)),
      memo: [],
    };
    const user: Share = { ...missingShare(o.category, 'entered by the user'), pct: o.pct };
    user.provenance = 'user';
    const shares = dim.shares.map((s) => (s.category === o.category ? user : s));
    const updated = withResidual({ ...dim, shares });
    if (at >= 0) profile.dimensions[at] = updated;
    else profile.dimensions.push(updated);
  }
  return [...out.values()];
}

/** A share no source gives. */
export function missingShare(category: string, note = ''): Share {
  return {
    category,
    pct: null,
    provenance: 'missing',
    year: null,
    period: null,
    sourceId: null,
    flag: null,
    note,
  };
}
