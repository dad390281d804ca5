/**
 * Words and numbers of the scenario panel in the reader's language: parameter keys as labels
 * ("美国 · 出口"), shocks as sentences, the basis of each share ("全国代理 2025") and its
 * tooltip, money and changes with their units.
 */
import { useI18n } from 'vue-i18n';
import { formatMoney, formatPct, moneyParts } from '../../../core/format';
import {
  DEFAULT_ELASTICITIES,
  parseParamKey,
  type ElasticityName,
  type Elasticities,
  type TornadoBar,
  type ChainStep,
  type NoPointReason,
  type Shock,
  type SplitShare,
  type UsedShare,
} from '../../../core/scenario';
import { gainColours } from '../../charts/gain-colours';
import { tornadoOption } from '../../charts/tornado';
import type { EChartsOption } from '../../charts/echarts';
import { useScenario } from '../../stores/scenario';
import { useSettings } from '../../stores/settings';

type StepOf = { step: ChainStep | null; year: number | null; fromCode: string | null };

/** What the labels read of a scenario: the one on screen, or a pinned one (print). */
export type LabelSource = Pick<
  ReturnType<typeof useScenario>,
  'nameOf' | 'year' | 'focusCode' | 'exposureFor' | 'run'
>;

export function useScenarioLabels(scenario: LabelSource = useScenario()) {
  const { t } = useI18n();
  const settings = useSettings();

  const category = (c: string): string => t(`scenarioVocab.category.${c}`);
  const dimension = (d: string): string => t(`scenarioVocab.dimension.${d}`);
  const flow = (f: string): string => t(`scenarioVocab.flow.${f}`);
  const provenance = (p: string): string => t(`scenarioVocab.provenance.${p}`);
  const basis = (b: string): string => t(`scenarioVocab.basis.${b}`);
  /** A text written in both languages (a preset's name or assumptions), in the reader's. */
  const inLang = (text: { zh: string; en: string }): string =>
    settings.locale === 'zh-CN' ? text.zh : text.en;
  /** What separates the names of a list: "、" or ", ". */
  const listSep = (): string => (settings.locale === 'zh-CN' ? '、' : ', ');
  /** A shock size: "+15%", "−20%", "−2.5%". */
  const pct = (x: number): string => formatPct(x, Number.isInteger(x) ? 0 : 1);

  /** The step of the chain a share came from: "自身 2023", "省级代理 广东 2024", "全国代理 2025". */
  function step(u: StepOf): string {
    const year = u.year ?? '';
    switch (u.step) {
      case null:
        return t('scenarioBasis.basis.none');
      case 'own_earlier':
        return u.year === null
          ? t('scenarioBasis.basis.own_mixed')
          : t('scenarioBasis.basis.own_earlier', { year });
      case 'province':
        return t('scenarioBasis.basis.province', {
          name: u.fromCode ? scenario.nameOf(u.fromCode) : '',
          year,
        }).trim();
      case 'national':
        return t('scenarioBasis.basis.national', { year }).trim();
      default:
        return t(`scenarioBasis.basis.${u.step}`);
    }
  }
  /** The basis of a borrowed export/import split: "自身 2023", "全国代理 2024". */
  const splitStep = (s: SplitShare): string =>
    step({ step: s.step === 'own' ? 'own' : s.step, year: s.year, fromCode: s.fromCode });
  const share = (pct: number | null): string =>
    pct === null ? '—' : `${Math.round(pct * 10) / 10}%`;

  /** The lines of a share's tooltip: value, range, basis, period, source. */
  function shareTip(u: UsedShare): string[] {
    const what = { category: category(u.category), flow: flow(u.flow) };
    if (u.step === null) {
      const tried = u.tried.map((c) => scenario.nameOf(c)).join(listSep());
      return [
        u.reason === 'ask_user'
          ? t('scenarioBasis.tip.ask', what)
          : t('scenarioBasis.tip.missing', { ...what, tried }),
      ];
    }
    const lines = [`${t('scenarioBasis.tip.share', { ...what, pct: share(u.pct) })} · ${step(u)}`];
    if (u.low !== u.high) {
      lines.push(t('scenarioBasis.tip.range', { low: share(u.low), high: share(u.high) }));
    }
    if (u.shareOf) lines.push(t('scenarioBasis.tip.shareOf', { basis: basis(u.shareOf) }));
    if (u.year !== null) {
      const period = u.period === 'full_year' ? t('scenario.exposure.fullYear') : (u.period ?? '');
      lines.push(t('scenarioBasis.tip.period', { year: u.year, period }));
    }
    if (u.sourceId) lines.push(t('scenarioBasis.tip.source', { source: u.sourceId }));
    return lines;
  }

  /** Why an entity has no tornado or breakeven, and what to enter. */
  function noPoint(reason: NoPointReason, where: 'tornado' | 'breakeven'): string {
    const name = scenario.nameOf(reason.code);
    if (reason.kind === 'not_computable') {
      const sep = settings.locale === 'zh-CN' ? '；' : '; ';
      const shares = reason.missing.map((u) => shareTip(u).join(' ')).join(sep);
      return t(`scenarioBasis.${where}.notComputable`, { name, shares });
    }
    if (reason.kind === 'range_only') return t(`scenarioBasis.${where}.rangeOnly`, { name });
    return t(`scenarioBasis.${where}.noBaseline`, { name, year: scenario.year });
  }

  function splitTip(s: SplitShare): string {
    const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
    return t('scenarioBasis.tip.split', {
      pct: pct(s.exportShare),
      low: pct(s.low),
      high: pct(s.high),
      year: s.year,
      from: scenario.nameOf(s.fromCode),
    });
  }

  /** "美国 · 出口" (a partner-GDP shock says "美国GDP"), "ε_Y" for an elasticity, or a stand-in. */
  function param(key: string): string {
    const standIn = standInLabel(key);
    if (standIn) return standIn;
    const ref = parseParamKey(key);
    if (!ref.ok) return key;
    if (ref.value.kind === 'elasticity')
      return t(`scenarioVocab.elasticityShort.${ref.value.name}`);
    const name =
      ref.value.dimension === 'partner_gdp'
        ? `${category(ref.value.category)} GDP`
        : category(ref.value.category);
    return `${name} · ${flow(ref.value.flow)}`;
  }

  /**
   * A tornado's stand-in key (`share:exports:partner:us`, `split:exports`) for the focused
   * entity, with the step it came from; null for other keys.
   */
  function standInLabel(key: string): string | null {
    const parts = key.split(':');
    const code = scenario.focusCode;
    const x = code ? scenario.exposureFor(code) : null;
    if (parts[0] === 'split') {
      return t('scenarioBasis.tornado.split', { basis: x?.split ? splitStep(x.split) : '' });
    }
    if (parts[0] !== 'share' || parts.length !== 4) return null;
    const [, f, dimension, c] = parts as [string, string, string, string];
    const used = scenario.run?.rows
      .find((r) => r.code === code)
      ?.usedShares.find((u) => u.flow === f && u.dimension === dimension && u.category === c);
    return t('scenarioBasis.tornado.share', {
      category: category(c),
      flow: flow(f),
      basis: used ? step(used) : '',
    });
  }

  /** A parameter's value as text: a shock or share in %, an elasticity as a number. */
  function paramValue(key: string, value: number): string {
    if (key.startsWith('share:') || key.startsWith('split:')) return share(value);
    return key.startsWith('elasticity:') ? String(Math.round(value * 1000) / 1000) : pct(value);
  }

  const shock = (s: Shock): string =>
    `${dimension(s.dimension)}${settings.locale === 'zh-CN' ? '：' : ': '}` +
    `${category(s.category)} · ${flow(s.flow)} ${pct(s.pct)}`;

  const money = (v: number | null | undefined): string => formatMoney(v, settings.locale);
  /** A change in money with its sign: "+12.3 亿元", "−577.7 亿元". */
  function delta(v: number | null | undefined): string {
    if (v == null || !Number.isFinite(v)) return '—';
    const rounded = Math.round(v * 10) / 10;
    if (rounded === 0) return money(0);
    return `${rounded > 0 ? '+' : '−'}${money(Math.abs(rounded))}`;
  }
  /** A scenario value, one decimal: computed values carry no published precision to keep. */
  const value = (v: number | null | undefined): string =>
    v == null || !Number.isFinite(v) ? '—' : money(Math.round(v * 10) / 10);
  const deltaPct = (v: number | null | undefined): string => formatPct(v, 2);

  // Tables print the unit once, in the header, and bare numbers in the cells.
  /** "亿元" or "bn RMB": the unit of `amount` and `baseAmount`. */
  const unit = (): string => moneyParts(1, settings.locale).unit;
  /** A published value at its own precision, without the unit. */
  const baseAmount = (v: number | null | undefined): string =>
    v == null || !Number.isFinite(v) ? '—' : moneyParts(v, settings.locale).number;
  /** A computed value to 0.1亿, without the unit. */
  const amount = (v: number | null | undefined): string =>
    v == null || !Number.isFinite(v) ? '—' : baseAmount(Math.round(v * 10) / 10);
  /** A computed change to 0.1亿 with its sign, without the unit. */
  function amountDelta(v: number | null | undefined): string {
    if (v == null || !Number.isFinite(v)) return '—';
    const rounded = Math.round(v * 10) / 10;
    if (rounded === 0) return baseAmount(0);
    return `${rounded > 0 ? '+' : '−'}${baseAmount(Math.abs(rounded))}`;
  }

  /** "ε_Y = 1.3 (有来源的默认值)", "κ 未启用": an elasticity and whether the user set it. */
  function elasticity(name: ElasticityName, elasticities: Elasticities): string {
    const v = elasticities[name];
    const label = t(`scenarioVocab.elasticityShort.${name}`);
    if (v === null) return `${label} ${t('scenario.assumptions.notApplied')}`;
    const tag =
      v === DEFAULT_ELASTICITIES[name]
        ? t('scenario.assumptions.sourcedDefault')
        : t('scenario.assumptions.userValue');
    return `${label} = ${v} (${tag})`;
  }

  /**
   * The tornado of an entity's result, in the reader's words (dark: the screen's dark theme); gains
   * and losses in the colours of the convention in effect.
   */
  function tornadoChart(
    r: { base: number; bars: TornadoBar[] },
    name: string,
    dark = false,
  ): EChartsOption {
    const gl = gainColours(dark ? 'dark' : 'light', settings.gains);
    return tornadoOption({
      base: r.base,
      bars: r.bars.map((b) => ({
        label: param(b.param),
        lowText: paramValue(b.param, b.lowValue),
        highText: paramValue(b.param, b.highValue),
        lowResult: b.lowResult,
        highResult: b.highResult,
      })),
      lowName: t('scenario.tornado.low'),
      highName: t('scenario.tornado.high'),
      axisName: t('scenario.tornado.axis'),
      format: (d) => delta(d),
      colours: {
        gain: gl.up,
        loss: gl.down,
        zero: dark ? '#e4e8ef' : '#1c2330',
        neutral: dark ? '#aab0ba' : '#5d6d7e',
      },
      description: t('scenario.tornado.description', { name }),
    });
  }

  return {
    t,
    inLang,
    listSep,
    elasticity,
    tornadoChart,
    category,
    dimension,
    flow,
    provenance,
    basis,
    step,
    splitStep,
    share,
    shareTip,
    splitTip,
    noPoint,
    pct,
    param,
    paramValue,
    shock,
    money,
    delta,
    value,
    deltaPct,
    unit,
    baseAmount,
    amount,
    amountDelta,
  };
}
