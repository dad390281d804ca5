/**
 * What every print builder needs: the data, the reader's language, names, the wording of a
 * choice ("指标：进出口总额"), source cells that say when a figure is derived, and the coverage
 * statement. Builders are composables: they read the stores, so a pin re-renders on current data.
 */
import { computed, type ComputedRef } from 'vue';
import { useI18n } from 'vue-i18n';
import type { Coverage } from '../../../core/data';
import { coverageStatement, derivationText, entityName, moneyView } from '../../../core/format';
import { numberCell, textCell, type ExportCell } from '../../../core/export/table';
import { collectSourceIds, sortSourceIds, type SourceBearer } from '../../../core/print';
import type { Adcode, Cell, SourceId } from '../../../core/model';
import { useAtlasData } from '../../stores/atlas-data';
import { useSettings } from '../../stores/settings';
import { useSeriesBreak } from '../../components/use-series-break';
import type { PrintDoc } from '../doc';

export function useDocContext() {
  const { t } = useI18n();
  const data = useAtlasData();
  const settings = useSettings();
  const breaks = useSeriesBreak();
  const zh = () => settings.locale === 'zh-CN';

  const nameOf = (code: string): string => {
    const e = data.entities.get(code as Adcode);
    return e ? entityName(e, settings.locale) : code;
  };
  /** "、" between Chinese list items, ", " between English ones. */
  const list = (items: readonly string[]): string => items.join(zh() ? '、' : ', ');
  /** One subtitle item: "指标：进出口总额" / "Metric: Total trade". */
  const choice = (label: string, value: string | number): string =>
    zh() ? `${label}：${value}` : `${label}: ${value}`;

  /**
   * A source cell: the id, its flag, and for a derived figure how it was made (never a bare
   * "derived"); a converted figure's rate source is named in the text and in the sources.
   */
  function sourceCell(cell: Cell | null | undefined, gap = ''): ExportCell {
    if (!cell) return { value: null, text: gap };
    const flag = cell.flag ? ` · ${t(`flag.${cell.flag}`)}` : '';
    const how = cell.derivation ? derivationText(cell.derivation, settings.locale) : '';
    return {
      value: [cell.sourceId + flag, how].filter(Boolean).join(' · '),
      text: cell.sourceId + flag,
      mark: how || undefined,
    };
  }

  /** A value cell, with the break-in-series words when its change spans two series. */
  function valueCell(
    value: number | null | undefined,
    text: string,
    seriesBreak?: { from: Cell | null | undefined; to: Cell | null | undefined } | null,
  ): ExportCell {
    const cell = numberCell(value, text);
    if (!seriesBreak) return cell;
    const words = breaks.hint(seriesBreak.from, seriesBreak.to) ?? t('seriesBreak.short');
    return { ...cell, mark: `⌇ ${t('seriesBreak.mark')}: ${words}` };
  }

  const sources = (items: Iterable<SourceBearer | null | undefined>): SourceId[] =>
    sortSourceIds(collectSourceIds(items));

  /** Money in 亿元 (bn RMB), as published: the figures table and the city detail print so. */
  const yuan = () =>
    moneyView({
      currency: 'CNY',
      userRates: {},
      publishedRates: [],
      defaultRate: null,
      locale: settings.locale,
      numberFormat: settings.values.numberFormat,
    });

  const coverageText = (c: Coverage | null): string =>
    c ? coverageStatement(c, settings.locale, (code) => nameOf(code)) : '';

  return {
    t,
    data,
    settings,
    breaks,
    zh,
    nameOf,
    list,
    choice,
    text: textCell,
    num: numberCell,
    sourceCell,
    valueCell,
    sources,
    yuan,
    coverageText,
  };
}

export type DocContext = ReturnType<typeof useDocContext>;

/**
 * The builder of a view whose doc is a function of its pinned state and the context alone,
 * recomputed whenever the state or the stores the doc reads change.
 */
export function docBuilder<S>(build: (s: S, ctx: DocContext) => PrintDoc) {
  return (state: () => S): ComputedRef<PrintDoc> => {
    const ctx = useDocContext();
    return computed(() => build(state(), ctx));
  };
}
