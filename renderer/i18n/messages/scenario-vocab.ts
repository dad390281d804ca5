/**
 * The scenario model's vocabulary in both languages: dimensions, categories, flows, provenance
 * and elasticities (core/scenario/types.ts and shocks.ts hold the keys).
 */
import { defineMessages } from '../schema';

export default defineMessages({
  'zh-CN': {
    scenarioVocab: {
      dimension: {
        partner: '贸易伙伴',
        partner_gdp: '伙伴GDP',
        product: '出口产品',
        trade_mode: '贸易方式',
        import_commodity: '进口大宗商品（价格）',
      },
      category: {
        us: '美国',
        eu: '欧盟',
        asean: '东盟',
        japan: '日本',
        korea: '韩国',
        hong_kong: '中国香港',
        russia_central_asia: '俄罗斯及中亚',
        latin_america: '拉丁美洲',
        africa: '非洲',
        other_belt_and_road: '其他“一带一路”',
        rest_of_world: '其他地区（余项）',
        mech_elec: '机电产品',
        high_tech: '其中：高新技术产品',
        new_three: '其中：新三样',
        autos: '其中：汽车',
        labour_intensive: '劳动密集型产品',
        agricultural: '农产品',
        other: '其他（余项）',
        general: '一般贸易',
        processing: '加工贸易',
        bonded_logistics: '保税物流',
        crude_oil: '原油',
        iron_ore: '铁矿砂',
        copper_ore: '铜矿砂及其精矿',
        soybeans: '大豆',
        integrated_circuits: '集成电路',
      },
      flow: { exports: '出口', imports: '进口', both: '进出口' },
      // The words in a shock row's narrow flow select.
      flowChoice: { exports: '出口', imports: '进口', both: '进出口' },
      basis: { export: '占出口', import: '占进口', total: '占进出口' },
      provenance: {
        published: '公布',
        derived: '推算',
        user: '用户输入',
        missing: '缺失',
      },
      elasticity: {
        incomeElasticity: '收入弹性 ε_Y（出口对伙伴GDP）',
        priceElasticity: '价格弹性 ε_P（大宗商品进口量对价格）',
        processingImportContent: '加工出口的进口含量 κ',
      },
      elasticityShort: {
        incomeElasticity: 'ε_Y',
        priceElasticity: 'ε_P',
        processingImportContent: 'κ',
      },
      elasticitySource: {
        incomeElasticity:
          '默认1.3：长期弹性，Kumar (2009)；与2001–2014年世界贸易收入弹性相同（COMCEC 2016）。高值2.3：短期2.34，Yao, Tian & Su (2013)。低值1.0：完全传导。',
        priceElasticity:
          '原油短期 −0.05 至 −0.20（OECD面板，1993–2012）；非OECD国家不显著；铁矿砂长期 −0.24（Zhu 2012，权重低）。elasticities.md §3.5。',
        processingImportContent:
          '没有找到有来源的数值（elasticities.md §2）：这是用户参数，未设置时不使用。',
      },
      shockMeaning: {
        partner: '与该伙伴贸易变化X%（出口：伙伴自中国进口）；传导系数1.0',
        partner_gdp: '伙伴GDP或最终需求变化X%；对其出口变化 ε_Y × X',
        product: '国外对该出口产品组的需求变化X%；传导系数1.0',
        trade_mode: '该海关贸易方式下的贸易变化X%；传导系数1.0',
        import_commodity: '进口价格变化Δp；进口额变化 (1+Δp)(1+ε_P·Δp) − 1',
      },
    },
  },
  en: {
    scenarioVocab: {
      dimension: {
        partner: 'Partner',
        partner_gdp: 'Partner GDP',
        product: 'Export product',
        trade_mode: 'Trade mode',
        import_commodity: 'Import commodity (price)',
      },
      category: {
        us: 'US',
        eu: 'EU',
        asean: 'ASEAN',
        japan: 'Japan',
        korea: 'Korea',
        hong_kong: 'Hong Kong',
        russia_central_asia: 'Russia & Central Asia',
        latin_america: 'Latin America',
        africa: 'Africa',
        other_belt_and_road: 'Other Belt & Road',
        rest_of_world: 'Rest of world (residual)',
        mech_elec: 'Mechanical & electrical',
        high_tech: 'of which high-tech',
        new_three: 'of which new three',
        autos: 'of which autos',
        labour_intensive: 'Labour-intensive',
        agricultural: 'Agricultural',
        other: 'Other (residual)',
        general: 'General trade',
        processing: 'Processing trade',
        bonded_logistics: 'Bonded logistics',
        crude_oil: 'Crude oil',
        iron_ore: 'Iron ore',
        copper_ore: 'Copper ore & concentrate',
        soybeans: 'Soybeans',
        integrated_circuits: 'Integrated circuits',
      },
      flow: { exports: 'exports', imports: 'imports', both: 'exports & imports' },
      flowChoice: { exports: 'exports', imports: 'imports', both: 'both' },
      basis: { export: 'of exports', import: 'of imports', total: 'of total trade' },
      provenance: {
        published: 'published',
        derived: 'derived',
        user: 'user',
        missing: 'missing',
      },
      elasticity: {
        incomeElasticity: 'Income elasticity ε_Y (exports per partner GDP)',
        priceElasticity: 'Price elasticity ε_P (commodity import volume per price)',
        processingImportContent: 'Import content of processing exports κ',
      },
      elasticityShort: {
        incomeElasticity: 'ε_Y',
        priceElasticity: 'ε_P',
        processingImportContent: 'κ',
      },
      elasticitySource: {
        incomeElasticity:
          'Default 1.3: long-run, Kumar (2009); equals the 2001–2014 world-trade income elasticity (COMCEC 2016). High 2.3: short-run 2.34, Yao, Tian & Su (2013). Low 1.0: unit pass-through.',
        priceElasticity:
          'Short-run crude oil −0.05 to −0.20 (OECD panel, 1993–2012); non-OECD insignificant; iron ore long-run −0.24 (Zhu 2012, low weight). elasticities.md §3.5.',
        processingImportContent:
          'No sourced value (elasticities.md §2): a user parameter, not applied unless set.',
      },
      shockMeaning: {
        partner:
          "% change in trade with the partner (for exports: the partner's imports from China); pass-through 1.0",
        partner_gdp: '% change in partner GDP or final demand; exports to it change by ε_Y × X',
        product: '% change in foreign demand for the export product group; pass-through 1.0',
        trade_mode: '% change in trade under the customs trade mode; pass-through 1.0',
        import_commodity: '% change in the import price Δp; value changes by (1+Δp)(1+ε_P·Δp) − 1',
      },
    },
  },
});
