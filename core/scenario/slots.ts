/**
 * The flat layout the engine computes on. A slot is one (flow, dimension, category); slots are
 * grouped in blocks, one per (flow, dimension), because shocks add up within a dimension and
 * compound across dimensions (README, "How dimensions combine"). `compileShocks` turns a list of
 * shocks and the elasticities into one growth rate per slot, so that recomputing is a dot product.
 */
import {
  FLOWS,
  shockGrowth,
  shockKeyInfo,
  type Elasticities,
  type Flow,
  type Shock,
} from './shocks';
import { DIMENSION_CATEGORIES, OF_WHICH_PARENT, type ExposureDimension } from './types';

export interface Block {
  flow: Flow;
  dimension: ExposureDimension;
}

/** Exports are shocked by partner, product and trade mode; imports by partner, mode, commodity. */
export const BLOCKS: readonly Block[] = [
  { flow: 'exports', dimension: 'partner' },
  { flow: 'exports', dimension: 'product' },
  { flow: 'exports', dimension: 'trade_mode' },
  { flow: 'imports', dimension: 'partner' },
  { flow: 'imports', dimension: 'trade_mode' },
  { flow: 'imports', dimension: 'import_commodity' },
];
/**
 * Blocks 0..2 are exports (partner, product, trade mode), 3..5 imports; `entityFactors` in
 * engine.ts relies on this order.
 */

export interface Slot {
  flow: Flow;
  dimension: ExposureDimension;
  category: string;
  block: number;
  /** Slot of the "of which" parent (mech_elec for high_tech), or −1. */
  parent: number;
}

function buildSlots(): Slot[] {
  const slots: Slot[] = [];
  BLOCKS.forEach((b, block) => {
    for (const category of DIMENSION_CATEGORIES[b.dimension]) {
      slots.push({ flow: b.flow, dimension: b.dimension, category, block, parent: -1 });
    }
  });
  for (const s of slots) {
    const parent = s.dimension === 'product' ? OF_WHICH_PARENT[s.category] : undefined;
    if (parent) s.parent = slots.findIndex((p) => p.block === s.block && p.category === parent);
  }
  return slots;
}

export const SLOTS: readonly Slot[] = buildSlots();
export const SLOT_COUNT = SLOTS.length;
export const SLOT_BLOCK = Int32Array.from(SLOTS, (s) => s.block);

const SLOT_BY_KEY = new Map(SLOTS.map((s, i) => [`${s.flow}|${s.dimension}|${s.category}`, i]));

/** Index of a slot, or −1 if the model has no such slot (e.g. product shares of imports). */
export function slotIndex(flow: Flow, dimension: ExposureDimension, category: string): number {
  return SLOT_BY_KEY.get(`${flow}|${dimension}|${category}`) ?? -1;
}

/** The slot of processing exports, whose change drives processing imports when κ is set. */
export const PROCESSING_EXPORTS_SLOT = slotIndex('exports', 'trade_mode', 'processing');

/** Shocks and elasticities, compiled. Plain typed arrays, so it can be posted to a worker. */
export interface CompiledShocks {
  /** Growth per slot as a fraction, after elasticities, before "of which" compounding. */
  raw: Float64Array;
  /** Growth used in the dot product: raw, and for an "of which" slot raw × (1 + parent's raw). */
  growth: Float64Array;
  /** Slots with non-zero growth, ascending. */
  active: Int32Array;
  activeCount: number;
  /** blockEnd[b]: end of block b's run in `active` (blocks are contiguous, in BLOCKS order). */
  blockEnd: Int32Array;
  /** κ, processing imports per unit of processing exports; NaN when not applied. */
  importContent: number;
}

export function createCompiled(): CompiledShocks {
  return {
    raw: new Float64Array(SLOT_COUNT),
    growth: new Float64Array(SLOT_COUNT),
    active: new Int32Array(SLOT_COUNT),
    activeCount: 0,
    blockEnd: new Int32Array(BLOCKS.length),
    importContent: Number.NaN,
  };
}

interface ShockSlots {
  dimension: Shock['dimension'];
  category: string;
  flow: Shock['flow'];
  slots: number[];
}
/**
 * Slots a shock writes to, remembered per shock object: sensitivity sweeps and the Monte Carlo
 * compile the same shocks thousands of times with only `pct` changing. An entry is reused only
 * while the shock's key fields are unchanged (an editor may change them in place).
 */
const slotCache = new WeakMap<Shock, ShockSlots>();

/** The slots a shock writes to (one per flow it applies to, if the model has the slot). */
export function shockSlots(shock: Shock): number[] {
  const hit = slotCache.get(shock);
  if (
    hit &&
    hit.dimension === shock.dimension &&
    hit.category === shock.category &&
    hit.flow === shock.flow
  )
    return hit.slots;
  const info = shockKeyInfo(shock.dimension);
  if (!info) return [];
  const dimension = info.exposure;
  const slots: number[] = [];
  for (const flow of shock.flow === 'both' ? FLOWS : [shock.flow]) {
    const s = slotIndex(flow, dimension, shock.category);
    if (s >= 0) slots.push(s);
  }
  slotCache.set(shock, {
    dimension: shock.dimension,
    category: shock.category,
    flow: shock.flow,
    slots,
  });
  return slots;
}

/**
 * Compiles shocks into per-slot growth. Two shocks on one slot (a `partner` and a `partner_gdp`
 * shock on the same group) compound. Pass `into` to reuse arrays (Monte Carlo does, per draw).
 */
export function compileShocks(
  shocks: readonly Shock[],
  elasticities: Elasticities,
  into: CompiledShocks = createCompiled(),
): CompiledShocks {
  const { raw, growth, active } = into;
  raw.fill(0);
  for (const shock of shocks) {
    const g = shockGrowth(shock, elasticities);
    for (const s of shockSlots(shock)) raw[s] = (1 + (raw[s] as number)) * (1 + g) - 1;
  }
  let count = 0;
  for (let s = 0; s < SLOT_COUNT; s++) {
    const parent = (SLOTS[s] as Slot).parent;
    const g = (raw[s] as number) * (parent >= 0 ? 1 + (raw[parent] as number) : 1);
    growth[s] = g;
    if (g !== 0) active[count++] = s;
  }
  into.activeCount = count;
  let at = 0;
  for (let b = 0; b < BLOCKS.length; b++) {
    while (at < count && SLOT_BLOCK[active[at] as number] === b) at++;
    into.blockEnd[b] = at;
  }
  const kappa = elasticities.processingImportContent;
  into.importContent = kappa === null || !Number.isFinite(kappa) ? Number.NaN : kappa;
  return into;
}
