/**
 * Ready-made scenarios. Each states its assumptions in words (zh and en) so the panel can show
 * what a slider means; the numbers are illustrative round shocks, not forecasts.
 */
import type { ScenarioSpec } from './params';
import { DEFAULT_ELASTICITIES, type Shock } from './shocks';

export interface Preset {
  id: string;
  name: { zh: string; en: string };
  assumptions: { zh: string; en: string };
  shocks: Shock[];
}

const COMMODITIES = ['crude_oil', 'iron_ore', 'copper_ore', 'soybeans'] as const;

export const PRESETS: readonly Preset[] = [
  {
    id: 'us_demand_minus_20',
    name: { zh: '美国需求 −20%', en: 'US demand −20%' },
    assumptions: {
      zh: '美国自中国进口下降20%，各城市对美出口同比例下降（传导系数1.0）。进口不变。城市没有本年对美出口份额时，依次使用：本市较早年份的份额、对美贸易总额份额、所在省份的份额、全国份额，并在“依据”一栏注明；代理份额按代理范围扩展为区间。',
      en: "US imports from China fall 20%, so each city's exports to the US fall 20% (pass-through 1.0). Imports unchanged. Where a city publishes no US export share for the year, the chain takes its own share from an earlier year, its share of total trade, its province's share, then the national share, named in the Basis column; a stand-in share widens the result into a range.",
    },
    shocks: [{ dimension: 'partner', category: 'us', flow: 'exports', pct: -20 }],
  },
  {
    id: 'eu_slowdown_minus_10',
    name: { zh: '欧盟放缓 −10%', en: 'EU slowdown −10%' },
    assumptions: {
      zh: '欧盟自中国进口下降10%（以进口需求表示，不是GDP；若以GDP表示，请改用"伙伴GDP"冲击，出口变化 = ε_Y × GDP变化，默认ε_Y = 1.3）。进口不变。没有本市对欧份额的城市使用省级或全国份额，在“依据”一栏注明。',
      en: "EU imports from China fall 10% (stated as import demand, not GDP; to state it as GDP use a partner-GDP shock, where exports change by ε_Y × the GDP change, default ε_Y = 1.3). Imports unchanged. Cities without an EU share of their own use their province's or the national share, named in the Basis column.",
    },
    shocks: [{ dimension: 'partner', category: 'eu', flow: 'exports', pct: -10 }],
  },
  {
    id: 'processing_orders_minus_15',
    name: { zh: '加工贸易订单 −15%', en: 'Processing-trade orders −15%' },
    assumptions: {
      zh: '加工贸易出口和进口均下降15%（料件进口随订单同步下降）。"加工出口的进口含量"参数未启用，以免重复计算。没有本市加工贸易份额的城市使用省级或全国份额；全国份额从2024年才有，更早的基准年里没有省级份额的城市无法计算。',
      en: 'Processing exports and processing imports both fall 15% (inputs are imported against the same orders). The "import content of processing exports" parameter is not used, to avoid counting the link twice. Cities without a processing share of their own use their province\'s or the national share; the national share starts in 2024, so for earlier base years cities without a province share are not computable.',
    },
    shocks: [{ dimension: 'trade_mode', category: 'processing', flow: 'both', pct: -15 }],
  },
  {
    id: 'commodity_prices_minus_20',
    name: { zh: '大宗商品价格 −20%', en: 'Commodity prices −20%' },
    assumptions: {
      zh: '原油、铁矿砂、铜矿砂、大豆进口价格下降20%；进口额变化 = (1+Δp)(1+ε_P·Δp) − 1，默认ε_P = −0.1，即进口额约下降18.4%。只影响进口。这四种商品的份额只有个别城市和省份公布了其中一部分，也没有全国份额：几乎所有城市“无法计算”，需在“贸易结构”中输入份额。',
      en: 'Import prices of crude oil, iron ore, copper ore and soybeans fall 20%; import value changes by (1+Δp)(1+ε_P·Δp) − 1, with default ε_P = −0.1 a fall of about 18.4%. Imports only. Only a few cities and provinces publish some of these four shares and there is no national one: almost every city is "not computable" until you enter shares under Trade structure.',
    },
    shocks: COMMODITIES.map((category) => ({
      dimension: 'import_commodity' as const,
      category,
      flow: 'imports' as const,
      pct: -20,
    })),
  },
  {
    id: 'new_three_boom_plus_15',
    name: { zh: '新三样繁荣 +15%', en: 'New-three boom +15%' },
    assumptions: {
      zh: '电动载人汽车、锂离子蓄电池、太阳能电池的出口需求增长15%（传导系数1.0）。新三样是机电产品的"其中"项，不另行改变机电产品份额。新三样份额只有少数城市和省份公布，也没有全国份额：其余城市“无法计算”。',
      en: 'Foreign demand for electric cars, lithium batteries and solar cells rises 15% (pass-through 1.0). New-three is an "of which" item of mech_elec; the mech_elec share itself is not shocked. Few cities and provinces publish a new-three share and there is no national one: the other cities are "not computable".',
    },
    shocks: [{ dimension: 'product', category: 'new_three', flow: 'exports', pct: 15 }],
  },
];

/** A preset as a runnable spec with the default elasticities. */
export function presetSpec(id: string): ScenarioSpec | null {
  const preset = PRESETS.find((p) => p.id === id);
  if (!preset) return null;
  return {
    shocks: preset.shocks.map((s) => ({ ...s })),
    elasticities: { ...DEFAULT_ELASTICITIES },
  };
}
