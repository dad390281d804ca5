/**
 * Words and numbers of the scenario panel in the reader's language: parameter keys as labels
 * ("美国 · 出口"), shocks as sentences, money and changes with their units.
 */
import { useI18n } from 'vue-i18n';
import { formatMoney, formatPct, moneyParts } from '../../../core/format';
import { parseParamKey, type Shock } from '../../../core/scenario';
import { useSettings } from '../../stores/settings';

export function useScenarioLabels() {
  const { t } = useI18n();
  const settings = useSettings();

  const category = (c: string): string => t(`scenarioVocab.category.${c}`);
  const dimension = (d: string): string => t(`scenarioVocab.dimension.${d}`);
  const flow = (f: string): string => t(`scenarioVocab.flow.${f}`);
  const provenance = (p: string): string => t(`scenarioVocab.provenance.${p}`);
  const basis = (b: string): string => t(`scenarioVocab.basis.${b}`);
  /** A shock size: "+15%", "−20%", "−2.5%". */
  const pct = (x: number): string => formatPct(x, Number.isInteger(x) ? 0 : 1);

  /** "美国 · 出口" (a partner-GDP shock says "美国GDP"), or "ε_Y" for an elasticity. */
  function param(key: string): string {
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

  /** A parameter's value as text: a shock in %, an elasticity as a number. */
  function paramValue(key: string, value: number): string {
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

  return {
    t,
    category,
    dimension,
    flow,
    provenance,
    basis,
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
