/**
 * The words of the proxy chain: the basis of each share (own, own 2023, province proxy 广东 2024,
 * national proxy 2025, user), the borrowed export/import split, stand-in ranges, results that are
 * not computable and what to enter, and the proxy rule.
 */
import { defineMessages } from '../schema';

export default defineMessages({
  'zh-CN': {
    scenarioBasis: {
      col: '依据',
      basis: {
        user: '用户输入',
        own: '自身',
        own_earlier: '自身 {year}',
        own_mixed: '自身（多次发布）',
        province: '省级代理 {name} {year}',
        national: '全国代理 {year}',
        none: '无法计算',
        noShare: '无份额',
      },
      split: '进出口拆分：{basis}',
      splitShort: '拆分 {basis}',
      tip: {
        share: '{category}（{flow}）：{pct}',
        range: '区间 {low} – {high}（代理范围）',
        shareOf: '份额基数：{basis}',
        period: '期间：{year} {period}',
        source: '来源：{source}',
        split: '出口占进出口 {pct}（区间 {low} – {high}），{year}年，{from}',
        missing: '{category}（{flow}）：{tried}都没有该份额',
        ask: '{category}（{flow}）：没有任何来源给出该份额，不能用代理',
      },
      notComputable: '无法计算',
      notComputableHint: '缺少份额，不按0计算：',
      enter: '输入份额',
      range: '代理区间 {low} – {high}',
      rule: {
        title: '代理范围',
        text: '不是本地当年份额的，按区间计算：',
        own_earlier: '自身较早年份',
        province: '省级代理',
        national: '全国代理',
        low: '下限倍数',
        high: '上限倍数',
        note: '模型假设，无文献来源；可修改，随情景文件保存。蒙特卡洛在区间内均匀抽取各城市的代理份额。',
        bad: '倍数超出范围：下限 0…1，上限 1…5',
      },
      standIns: '使用代理份额的{unit}',
      standInsNone: '无',
      notComputableList: '无法计算的{unit}',
      chain:
        '每个份额依次取：用户输入 → 自身当年 → 自身较早年份 → 所在省份 → 全国；每一级先用占出口（或进口）的份额，再用占进出口的份额。只公布总额的城市，进出口拆分依次取自身较早年份、所在省份、全国。',
      noBaselineHere: '该实体没有 {year} 年全年数据：下表是模型会使用的份额。',
      tornado: {
        share: '{category}份额 · {flow}（{basis}）',
        split: '出口占比（{basis}）',
        notComputable: '{name}无法计算：{shares}。在“贸易结构”中输入这些份额后即可画图。',
        rangeOnly:
          '{name}只公布总额，各级都没有进出口拆分，结果只是区间：无法画龙卷风图。导入其出口和进口数字后即可计算。',
        noBaseline: '{name}没有 {year} 年的基准数据：无法画龙卷风图。',
      },
      breakeven: {
        notComputable: '{name}无法计算：{shares}。在“贸易结构”中输入后即可计算。',
        rangeOnly: '{name}只有区间结果（各级都没有进出口拆分）：无法计算盈亏平衡。',
        noBaseline: '{name}没有 {year} 年的基准数据。',
        central: '按各份额的取值（代理份额取中间值）计算。',
      },
    },
  },
  en: {
    scenarioBasis: {
      col: 'Basis',
      basis: {
        user: 'user',
        own: 'own',
        own_earlier: 'own {year}',
        own_mixed: 'own (several releases)',
        province: 'province proxy {name} {year}',
        national: 'national proxy {year}',
        none: 'not computable',
        noShare: 'no share',
      },
      split: 'split: {basis}',
      splitShort: '{basis} split',
      tip: {
        share: '{category} ({flow}): {pct}',
        range: 'range {low} – {high} (proxy rule)',
        shareOf: 'share {basis}',
        period: 'period: {year} {period}',
        source: 'source: {source}',
        split: 'exports {pct} of trade (range {low} – {high}), {year}, {from}',
        missing: '{category} ({flow}): no share for {tried}',
        ask: '{category} ({flow}): no source gives this share, and no proxy may stand in',
      },
      notComputable: 'not computable',
      notComputableHint: 'A share is missing; it is not counted as 0:',
      enter: 'Enter shares',
      range: 'stand-in range {low} – {high}',
      rule: {
        title: 'Proxy rule',
        text: "A share that is not the entity's own for the base year is widened into a range:",
        own_earlier: 'own, earlier year',
        province: 'province proxy',
        national: 'national proxy',
        low: 'low factor',
        high: 'high factor',
        note: "A modelling choice, not a published figure; editable, saved with scenario files. The Monte Carlo draws each city's stand-in shares uniformly within their ranges.",
        bad: 'Factor out of bounds: low 0…1, high 1…5',
      },
      standIns: 'On stand-in shares',
      standInsNone: 'none',
      notComputableList: 'Not computable',
      chain:
        'Each share comes from the first of: user share → own for the base year → own from the nearest earlier year → its province → the nation; at each step a share of exports (or imports) before a share of total trade. A city that publishes only a total borrows its export/import split from its own earlier year, its province, then the nation.',
      noBaselineHere:
        'No {year} full-year figure for this entity: these are the shares the model would use.',
      tornado: {
        share: '{category} share · {flow} ({basis})',
        split: 'export share ({basis})',
        notComputable:
          '{name} is not computable: {shares}. Enter them under Trade structure to see its tornado.',
        rangeOnly:
          '{name} publishes only a total and no step has an export/import split, so its result is only a range: no tornado. Import its exports and imports to compute it.',
        noBaseline: '{name} has no {year} baseline: no tornado.',
      },
      breakeven: {
        notComputable: '{name} is not computable: {shares}. Enter them under Trade structure.',
        rangeOnly: '{name} has only a range (no step has an export/import split): no breakeven.',
        noBaseline: '{name} has no {year} baseline.',
        central: 'Computed with every share at its value (a stand-in at the middle of its range).',
      },
    },
  },
});
