/**
 * Vocabulary and types of the exposure model: which categories a city's trade is split into, and
 * where each share came from. The category lists are the model's own (coarser than the
 * curators' vocabulary in shared/data/README.md); `category-map.ts` says how each data category
 * maps onto them.
 */
import type { Adcode, Flag, SourceId } from '../model';

export type ExposureDimension = 'partner' | 'product' | 'trade_mode' | 'import_commodity';
export const EXPOSURE_DIMENSIONS: readonly ExposureDimension[] = [
  'partner',
  'product',
  'trade_mode',
  'import_commodity',
];

/** The base a share is a share of: exports+imports, exports, or imports. */
export type ShareBasis = 'total' | 'export' | 'import';

export const PARTNER_GROUPS = [
  'us',
  'eu',
  'asean',
  'japan',
  'korea',
  'hong_kong',
  'russia_central_asia',
  'latin_america',
  'africa',
  'other_belt_and_road',
  'rest_of_world',
] as const;
export const PRODUCT_GROUPS = [
  'mech_elec',
  'high_tech',
  'new_three',
  'autos',
  'labour_intensive',
  'agricultural',
  'other',
] as const;
export const TRADE_MODES = ['general', 'processing', 'bonded_logistics', 'other'] as const;
export const IMPORT_COMMODITIES = [
  'crude_oil',
  'iron_ore',
  'copper_ore',
  'soybeans',
  'integrated_circuits',
  'other',
] as const;

/** Model categories per dimension, in display order (the residual last). */
export const DIMENSION_CATEGORIES: Readonly<Record<ExposureDimension, readonly string[]>> = {
  partner: PARTNER_GROUPS,
  product: PRODUCT_GROUPS,
  trade_mode: TRADE_MODES,
  import_commodity: IMPORT_COMMODITIES,
};

/** The explicit residual of each dimension: 100 minus the known shares of the partition. */
export const RESIDUAL_CATEGORY: Readonly<Record<ExposureDimension, string>> = {
  partner: 'rest_of_world',
  product: 'other',
  trade_mode: 'other',
  import_commodity: 'other',
};

/** A category a user may enter a share for: a model category of the dimension, not its residual. */
export function isEditableCategory(dimension: ExposureDimension, category: string): boolean {
  return (
    DIMENSION_CATEGORIES[dimension].includes(category) && RESIDUAL_CATEGORY[dimension] !== category
  );
}

/**
 * "Of which" categories: sub-shares of a parent that are NOT part of the 100% partition. Customs
 * publishes high-tech, new-three and car exports as items that are (almost entirely) inside
 * 机电产品, so they are memo lines under mech_elec: the partition is mech_elec + labour_intensive
 * + agricultural + other = 100, and a sub-share never reduces anything. They may overlap each
 * other (electric cars are both new_three and autos).
 */
export const OF_WHICH_PARENT: Readonly<Record<string, string>> = {
  high_tech: 'mech_elec',
  new_three: 'mech_elec',
  autos: 'mech_elec',
};

/** Which bases the model uses per dimension (product shares are export shares, etc.). */
export const DIMENSION_BASES: Readonly<Record<ExposureDimension, readonly ShareBasis[]>> = {
  partner: ['export', 'import', 'total'],
  product: ['export'],
  trade_mode: ['export', 'import', 'total'],
  import_commodity: ['import'],
};

/**
 * Where a share of an entity's own profile came from. 'published': printed for this entity;
 * 'derived': computed (by the curators as value ÷ total, or by us as a residual or a sum of
 * components); 'user': typed in by the user; 'missing': unknown. Another entity's share standing
 * in for this one's is not a provenance of the profile but a step of the proxy chain
 * (`proxy-chain.ts`).
 */
export type ShareProvenance = 'published' | 'derived' | 'user' | 'missing';

/** Whose rows a dimension was built from: the entity's own releases, or the user. */
export type ExposureOrigin = 'own' | 'user';

/** One share of one category, with the provenance the UI shows beside it. */
export interface Share {
  category: string;
  /** Share of the basis in % (13.8 = 13.8%); null when missing. */
  pct: number | null;
  provenance: ShareProvenance;
  year: number | null;
  period: string | null;
  sourceId: SourceId | null;
  flag: Flag | null;
  /** Original label(s), and caveats such as "partial: only russia published". */
  note: string;
}

/** A data category outside the model vocabulary, kept for display. */
export interface MemoShare extends Omit<Share, 'provenance'> {
  /** 'in_residual': disjoint from every named group, so it is part of the residual. */
  role: 'in_residual' | 'excluded';
}

/** All shares of one dimension on one basis for one entity. */
export interface DimensionExposure {
  dimension: ExposureDimension;
  basis: ShareBasis;
  origin: ExposureOrigin;
  /** The entity whose rows were used: the entity itself, its province, or the nation. */
  fromCode: Adcode;
  /** One entry per model category of the dimension, in DIMENSION_CATEGORIES order. */
  shares: Share[];
  memo: MemoShare[];
}

export interface ExposureProfile {
  code: Adcode;
  baseYear: number;
  dimensions: DimensionExposure[];
}

/** A share the model needs but no source gives: the UI must ask the user for it. */
export interface AskUser {
  code: Adcode;
  dimension: ExposureDimension;
  basis: ShareBasis;
  category: string;
  note: string;
}

/** A user-entered share that replaces the default (provenance 'user'). */
export interface ShareOverride {
  code: Adcode;
  dimension: ExposureDimension;
  basis: ShareBasis;
  category: string;
  pct: number;
}
