/**
 * The ready-made scenarios' names and assumptions in words, zh and en, so the panel can show what
 * a slider means and the CLI can list them. The type makes a missing preset or language a compile
 * error.
 */
import type { PresetId } from './presets';

export interface PresetText {
  name: string;
  assumptions: string;
}

export const PRESET_TEXT: Readonly<Record<'zh' | 'en', Record<PresetId, PresetText>>> = {
  zh: {
    us_demand_minus_20: {
      name: '美国需求 −20%',
      assumptions:
        '美国自中国进口下降20%，各城市对美出口同比例下降（传导系数1.0）。进口不变。城市没有本年对美出口份额时，依次使用：本市较早年份的份额、对美贸易总额份额、所在省份的份额、全国份额，并在“依据”一栏注明；代理份额按代理范围扩展为区间。',
    },
    eu_slowdown_minus_10: {
      name: '欧盟放缓 −10%',
      assumptions:
        '欧盟自中国进口下降10%（以进口需求表示，不是GDP；若以GDP表示，请改用"伙伴GDP"冲击，出口变化 = ε_Y × GDP变化，默认ε_Y = 1.3）。进口不变。没有本市对欧份额的城市使用省级或全国份额，在“依据”一栏注明。',
    },
    processing_orders_minus_15: {
      name: '加工贸易订单 −15%',
      assumptions:
        '加工贸易出口和进口均下降15%（料件进口随订单同步下降）。"加工出口的进口含量"参数未启用，以免重复计算。没有本市加工贸易份额的城市使用省级或全国份额；全国份额从2024年才有，更早的基准年里没有省级份额的城市无法计算。',
    },
    commodity_prices_minus_20: {
      name: '大宗商品价格 −20%',
      assumptions:
        '原油、铁矿砂、铜矿砂、大豆进口价格下降20%；进口额变化 = (1+Δp)(1+ε_P·Δp) − 1，默认ε_P = −0.1，即进口额约下降18.4%。只影响进口。这四种商品的份额只有个别城市和省份公布了其中一部分，也没有全国份额：几乎所有城市“无法计算”，需在“贸易结构”中输入份额。',
    },
    new_three_boom_plus_15: {
      name: '新三样繁荣 +15%',
      assumptions:
        '电动载人汽车、锂离子蓄电池、太阳能电池的出口需求增长15%（传导系数1.0）。新三样是机电产品的"其中"项，不另行改变机电产品份额。新三样份额只有少数城市和省份公布，也没有全国份额：其余城市“无法计算”。',
    },
  },
  en: {
    us_demand_minus_20: {
      name: 'US demand −20%',
      assumptions:
        "US imports from China fall 20%, so each city's exports to the US fall 20% (pass-through 1.0). Imports unchanged. Where a city publishes no US export share for the year, the chain takes its own share from an earlier year, its share of total trade, its province's share, then the national share, named in the Basis column; a stand-in share widens the result into a range.",
    },
    eu_slowdown_minus_10: {
      name: 'EU slowdown −10%',
      assumptions:
        "EU imports from China fall 10% (stated as import demand, not GDP; to state it as GDP use a partner-GDP shock, where exports change by ε_Y × the GDP change, default ε_Y = 1.3). Imports unchanged. Cities without an EU share of their own use their province's or the national share, named in the Basis column.",
    },
    processing_orders_minus_15: {
      name: 'Processing-trade orders −15%',
      assumptions:
        'Processing exports and processing imports both fall 15% (inputs are imported against the same orders). The "import content of processing exports" parameter is not used, to avoid counting the link twice. Cities without a processing share of their own use their province\'s or the national share; the national share starts in 2024, so for earlier base years cities without a province share are not computable.',
    },
    commodity_prices_minus_20: {
      name: 'Commodity prices −20%',
      assumptions:
        'Import prices of crude oil, iron ore, copper ore and soybeans fall 20%; import value changes by (1+Δp)(1+ε_P·Δp) − 1, with default ε_P = −0.1 a fall of about 18.4%. Imports only. Only a few cities and provinces publish some of these four shares and there is no national one: almost every city is "not computable" until you enter shares under Trade structure.',
    },
    new_three_boom_plus_15: {
      name: 'New-three boom +15%',
      assumptions:
        'Foreign demand for electric cars, lithium batteries and solar cells rises 15% (pass-through 1.0). New-three is an "of which" item of mech_elec; the mech_elec share itself is not shocked. Few cities and provinces publish a new-three share and there is no national one: the other cities are "not computable".',
    },
  },
};
