/**
 * Ready-made scenarios: illustrative round shocks, not forecasts. Their names and the assumptions
 * they state in words (zh and en) are in preset-text.ts.
 */
import type { ScenarioSpec } from './params';
import { PRESET_TEXT } from './preset-text';
import { DEFAULT_ELASTICITIES, type Shock } from './shocks';

export interface Preset {
  id: PresetId;
  name: { zh: string; en: string };
  assumptions: { zh: string; en: string };
  shocks: Shock[];
}

const COMMODITIES = ['crude_oil', 'iron_ore', 'copper_ore', 'soybeans'] as const;

/** Each preset's shocks, in the order the panel lists them. */
const PRESET_SHOCKS = {
  us_demand_minus_20: [{ dimension: 'partner', category: 'us', flow: 'exports', pct: -20 }],
  eu_slowdown_minus_10: [{ dimension: 'partner', category: 'eu', flow: 'exports', pct: -10 }],
  processing_orders_minus_15: [
    { dimension: 'trade_mode', category: 'processing', flow: 'both', pct: -15 },
  ],
  commodity_prices_minus_20: COMMODITIES.map((category): Shock => ({
    dimension: 'import_commodity',
    category,
    flow: 'imports',
    pct: -20,
  })),
  new_three_boom_plus_15: [
    { dimension: 'product', category: 'new_three', flow: 'exports', pct: 15 },
  ],
} satisfies Record<string, Shock[]>;

export type PresetId = keyof typeof PRESET_SHOCKS;

export const PRESETS: readonly Preset[] = (Object.keys(PRESET_SHOCKS) as PresetId[]).map((id) => ({
  id,
  name: { zh: PRESET_TEXT.zh[id].name, en: PRESET_TEXT.en[id].name },
  assumptions: { zh: PRESET_TEXT.zh[id].assumptions, en: PRESET_TEXT.en[id].assumptions },
  shocks: PRESET_SHOCKS[id],
}));

/** A preset as a runnable spec with the default elasticities. */
export function presetSpec(id: string): ScenarioSpec | null {
  const preset = PRESETS.find((p) => p.id === id);
  if (!preset) return null;
  return {
    shocks: preset.shocks.map((s) => ({ ...s })),
    elasticities: { ...DEFAULT_ELASTICITIES },
  };
}
