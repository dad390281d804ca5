/**
 * How each category of shared/data/breakdowns.csv maps onto the model vocabulary of `types.ts`.
 * The rule that drives every entry: shares are only ever added when the categories are disjoint.
 * Groups that overlap named ones (belt_and_road, rcep, other_brics) and published combinations
 * (hk_tw_eu_kr_jp_combined, …) cannot be split, so they are shown but never used.
 */
import type { ExposureDimension } from './types';

export type CategoryRole =
  /** The data category is the model category. */
  | { role: 'direct'; category: string }
  /** Part of a model category: summed with its siblings from the same release (a lower bound). */
  | { role: 'component'; category: string }
  /** Disjoint from every named model category, so it lies inside the residual. */
  | { role: 'in_residual' }
  /** Overlaps model categories or is not a share of the dimension: never used. */
  | { role: 'excluded'; reason: string };

const direct = (category: string): CategoryRole => ({ role: 'direct', category });
const component = (category: string): CategoryRole => ({ role: 'component', category });
const inResidual: CategoryRole = { role: 'in_residual' };
const excluded = (reason: string): CategoryRole => ({ role: 'excluded', reason });

const OVERLAP = 'overlaps named partner groups; cannot be split';
const COMBINED = 'published combination; cannot be split';
const SUB_ITEM = 'sub-item of mech_elec outside the model vocabulary';
const CROSS_CUTTING = 'cuts across the product groups';

const MAP: Readonly<Record<ExposureDimension, Readonly<Record<string, CategoryRole>>>> = {
  partner: {
    us: direct('us'),
    eu: direct('eu'),
    asean: direct('asean'),
    japan: direct('japan'),
    korea: direct('korea'),
    hong_kong: direct('hong_kong'),
    latin_america: direct('latin_america'),
    africa: direct('africa'),
    russia: component('russia_central_asia'),
    central_asia: component('russia_central_asia'),
    // Belt-and-Road partners that belong to no other named group.
    saudi_arabia: component('other_belt_and_road'),
    mongolia: component('other_belt_and_road'),
    nepal: component('other_belt_and_road'),
    taiwan: inResidual,
    australia: inResidual,
    india: inResidual,
    switzerland: inResidual,
    uk: inResidual,
    belt_and_road: excluded(OVERLAP),
    rcep: excluded(OVERLAP),
    other_brics: excluded(OVERLAP),
    middle_east: excluded('straddles other_belt_and_road and rest_of_world; cannot be split'),
    hk_tw_eu_kr_jp_combined: excluded(COMBINED),
  },
  product: {
    mech_elec: direct('mech_elec'),
    labour_intensive: direct('labour_intensive'),
    agricultural: direct('agricultural'),
    high_tech: direct('high_tech'),
    new_three: direct('new_three'),
    autos: direct('autos'),
    // The three goods that define 新三样.
    evs: component('new_three'),
    lithium_batteries: component('new_three'),
    solar_cells: component('new_three'),
    refined_oil: inResidual,
    new_energy_vehicles: excluded('not the new-three definition (includes plug-in hybrids)'),
    auto_parts: excluded(SUB_ITEM),
    integrated_circuits: excluded(SUB_ITEM),
    computers_and_parts: excluded(SUB_ITEM),
    electronic_components: excluded(SUB_ITEM),
    laptops: excluded(SUB_ITEM),
    mobile_phones: excluded(SUB_ITEM),
    mobile_phones_and_parts: excluded(SUB_ITEM),
    electrical_equipment: excluded(SUB_ITEM),
    ships: excluded(SUB_ITEM),
    ceramics: excluded('not clearly inside or outside labour_intensive'),
    own_brand: excluded(CROSS_CUTTING),
    intermediate_goods: excluded(CROSS_CUTTING),
    consumer_goods: excluded(CROSS_CUTTING),
    electronic_information_industry: excluded(CROSS_CUTTING),
    mech_elec_and_labour_intensive_combined: excluded(COMBINED),
  },
  trade_mode: {
    general: direct('general'),
    processing: direct('processing'),
    bonded_logistics: direct('bonded_logistics'),
    market_procurement: inResidual,
    processing_related: excluded('includes processing trade; cannot be split'),
    cross_border_ecommerce: excluded('a business format, overlaps the customs trade modes'),
    zone_airport_economy: excluded('a location share; overlaps the trade modes'),
    zone_comprehensive_bonded: excluded('a location share; overlaps the trade modes'),
  },
  import_commodity: {
    crude_oil: direct('crude_oil'),
    iron_ore: direct('iron_ore'),
    copper_ore: direct('copper_ore'),
    soybeans: direct('soybeans'),
    integrated_circuits: direct('integrated_circuits'),
    natural_gas: inResidual,
    autos: inResidual,
    computers_and_parts: inResidual,
    energy_products: excluded('includes crude oil; cannot be split'),
    metal_ores: excluded('includes iron and copper ore; cannot be split'),
    metal_ores_coal_crude_oil_combined: excluded(COMBINED),
    agricultural: excluded('includes soybeans; cannot be split'),
  },
};

/** The role of a data category in a dimension, or null if the category is unknown. */
export function categoryRole(dimension: ExposureDimension, category: string): CategoryRole | null {
  const map = MAP[dimension];
  // Own keys only: 'constructor' or '__proto__' is no data category.
  return map && Object.hasOwn(map, category) ? (map[category] ?? null) : null;
}

/** Every data category the map knows, per dimension (for checks in the build script). */
export function knownDataCategories(dimension: ExposureDimension): string[] {
  return Object.keys(MAP[dimension]);
}

/** Data categories that are components of a model category (e.g. russia, central_asia). */
export function componentsOf(dimension: ExposureDimension, category: string): string[] {
  return Object.entries(MAP[dimension])
    .filter(([, r]) => r.role === 'component' && r.category === category)
    .map(([k]) => k);
}
