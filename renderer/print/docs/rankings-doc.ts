/**
 * The rankings on paper: the board (coverage, the top 10 as bars, every row of the table, with
 * sources and the derived and break-in-series words), the movers, or the rank history — as the
 * pin's tab says — with every choice (year, level, metric, base year, currency, filters, sort)
 * in the subtitle.
 */
import { computed, type ComputedRef } from 'vue';
import type { PinOf } from '../../../core/briefing/pin-state';
import {
  sortBoardRows,
  coverage,
  filterRows,
  movers,
  rankingBoard,
  type BoardRow,
} from '../../../core/data';
import { entityName, formatRankChange, moneyView } from '../../../core/format';
import type { Adcode } from '../../../core/model';
import { gainColours } from '../../charts/gain-colours';
import { topNBarOption } from '../../charts/top-n-bar';
import { metricFormatter } from '../../components/rankings/use-metric-format';
import type { PrintBlock, PrintDoc } from '../doc';
import { useDocContext, type DocContext } from './doc-context';
import { historyBlocks } from './history-doc';
import { moverBlocks } from './movers-doc';

type RankingsPin = PinOf<'rankings'>;

/** The money and metric formatters of the pin's currency and rate. */
export function pinFormat(ctx: DocContext, s: RankingsPin) {
  const money = moneyView({
    currency: s.currency,
    userRates: s.userRate != null ? { [String(s.year)]: s.userRate } : {},
    publishedRates: ctx.data.data?.dataset.rates ?? [],
    defaultRate: ctx.settings.values.usdRate,
    locale: ctx.settings.locale,
    numberFormat: ctx.settings.values.numberFormat,
  });
  return { money, metric: metricFormatter(money, ctx.settings.locale) };
}

function subtitle(ctx: DocContext, s: RankingsPin, money: ReturnType<typeof pinFormat>['money']) {
  const { t, choice } = ctx;
  const f = s.filter;
  // Movers and rank history rank every entity by total trade, whatever the board's metric and
  // filters (which their tabs do not show): their page names what they use.
  const board = s.tab === 'board';
  const metric = board ? s.metric : 'total';
  const items = [
    choice(t('year.label'), s.year),
    choice(t('level.label'), t(`level.${s.level}`)),
    choice(t('metric.label'), t(`metric.${metric}`)),
    choice(t('rankings.control.base'), s.baseYear),
  ];
  if (metric === 'cagr') items.push(choice(t('rankings.control.span'), s.spanStart));
  const conversion = money.conversionLabel(s.year);
  items.push(
    choice(
      t('rankings.control.currency'),
      conversion ? `${t('rankings.control.usd')} (${conversion})` : t('rankings.control.cny'),
    ),
  );
  if (!board) return items;
  if (f.provinces.length)
    items.push(choice(t('rankings.filter.province'), ctx.list(f.provinces.map(ctx.nameOf))));
  if (f.region)
    items.push(choice(t('rankings.filter.region'), t(`rankings.filter.regions.${f.region}`)));
  if (f.coast) items.push(choice(t('rankings.filter.coast'), t(`rankings.filter.${f.coast}`)));
  if (f.minTotal != null) {
    const unit = money.columnUnit(s.year);
    items.push(
      choice(t('rankings.filter.minTotal', { unit }), money.columnNumber(f.minTotal, s.year)),
    );
  }
  if (f.search.trim()) items.push(choice(t('rankings.filter.search'), f.search.trim()));
  const arrow = s.sort.direction === 'ascending' ? '▲' : '▼';
  const key = s.sort.key === 'value' ? t(`metric.${s.metric}`) : t(`rankings.col.${s.sort.key}`);
  items.push(choice(t('print.sortedBy'), `${key} ${arrow}`));
  return items;
}

function boardBlocks(
  ctx: DocContext,
  s: RankingsPin,
  rows: BoardRow[],
  fmt: ReturnType<typeof pinFormat>,
  rankedCount: number,
): PrintBlock[] {
  const { t } = ctx;
  const locale = ctx.settings.locale;
  const metricHeader = fmt.metric.metricHeader(t(`metric.${s.metric}`), s.metric, s.year);
  const top = rows.filter((r) => r.value != null).slice(0, 10);
  const chart: PrintBlock = {
    kind: 'chart',
    id: 'topn',
    caption: t('rankings.topN', { n: top.length, metric: metricHeader }),
    height: Math.max(160, top.length * 26 + 24),
    option: topNBarOption({
      items: top.map((r) => ({
        code: r.code,
        label: entityName(r.entity, locale),
        value: r.value!,
        display: fmt.metric.metric(r.value, s.metric, s.year, true),
      })),
      description: t('rankings.topNDescription', {
        n: top.length,
        metric: t(`metric.${s.metric}`),
        year: s.year,
      }),
      // Paper is always light; gains take the reader's convention as on screen.
      positiveColour: gainColours('light', ctx.settings.gains).up,
      negativeColour: gainColours('light', ctx.settings.gains).down,
    }),
  };
  const table: PrintBlock = {
    kind: 'table',
    empty: t('rankings.empty', { unit: t(`rankings.unit.${s.level}`) }),
    table: {
      id: 'board',
      caption: t(`rankings.heading.${s.level}`, { year: s.year }),
      columns: [
        { label: t('rankings.col.rank'), kind: 'number' },
        { label: t('rankings.col.published'), kind: 'number' },
        { label: `${t('rankings.col.change')} (${s.baseYear})`, kind: 'text' },
        { label: t('rankings.col.name'), kind: 'text' },
        { label: t('rankings.col.province'), kind: 'text' },
        { label: metricHeader, kind: 'number' },
        { label: `${t('rankings.col.yoy')} (%)`, kind: 'number' },
        { label: `${t('rankings.col.share')} (%)`, kind: 'number' },
        { label: t('rankings.col.source'), kind: 'text' },
      ],
      rows: rows.map((r) => {
        const change = r.change.kind === 'moved' && r.change.seriesBreak;
        const published = r.publishedRank;
        return [
          ctx.num(r.rank, r.rank == null ? '—' : String(r.rank)),
          published
            ? { ...ctx.num(published.rank, String(published.rank)), mark: published.sourceId }
            : ctx.num(null, ''),
          change
            ? ctx.valueCell(null, formatRankChange(r.change, locale), {
                from: r.cells[1],
                to: r.cells[0],
              })
            : ctx.text(formatRankChange(r.change, locale)),
          ctx.text(entityName(r.entity, locale)),
          ctx.text(r.province && r.province.code !== r.code ? entityName(r.province, locale) : ''),
          ctx.valueCell(
            fmt.metric.metricValue(r.value, s.metric, s.year),
            fmt.metric.metric(r.value, s.metric, s.year, true),
            r.seriesBreak ? { from: r.cells[1], to: r.cells[0] } : null,
          ),
          ctx.num(r.yoy?.value ?? null, fmt.metric.pct(r.yoy?.value)),
          ctx.num(
            r.sharePct == null ? null : Math.round(r.sharePct * 100) / 100,
            fmt.metric.share(r.sharePct),
          ),
          ctx.sourceCell(r.cells[0], t(`rankings.gap.${r.gap ?? 'no_figure'}`)),
        ];
      }),
    },
  };
  const rankedBy =
    s.metric === 'total'
      ? null
      : t('rankings.rankedBy', {
          count: rankedCount,
          unit: t(`rankings.unit.${s.level}`),
          metric: t(`metric.${s.metric}`),
        });
  const metricNote =
    s.metric === 'total' || s.metric === 'exports' || s.metric === 'imports'
      ? null
      : t(`rankings.metricNote.${s.metric}`, {
          base: s.baseYear,
          year: s.year,
          start: s.spanStart,
          n: s.year - s.spanStart,
        });
  const notes: PrintBlock[] = [rankedBy, metricNote]
    .filter((n): n is string => !!n)
    .map((text) => ({ kind: 'note', text, tone: 'plain' }));
  return [...notes, ...(top.length ? [chart] : []), table];
}

export function useRankingsDoc(state: () => RankingsPin): ComputedRef<PrintDoc> {
  const ctx = useDocContext();
  return computed(() => {
    const s = state();
    const { t } = ctx;
    const index = ctx.data.index;
    const d = ctx.data.data;
    const fmt = pinFormat(ctx, s);
    const title =
      s.tab === 'board'
        ? t(`rankings.heading.${s.level}`, { year: s.year })
        : `${t(`rankings.heading.${s.level}`, { year: s.year })} · ${t(`rankings.tabs.${s.tab}`)}`;
    const base = {
      view: 'rankings' as const,
      title,
      subtitle: subtitle(ctx, s, fmt.money),
      year: s.year,
    };
    if (!index || !d) return { ...base, blocks: [], sourceIds: [], problem: t('app.loading') };
    const cover = coverage(d.dataset, d.reference, s.year, s.level);
    const coverNote: PrintBlock = { kind: 'note', text: ctx.coverageText(cover) };
    if (s.tab === 'movers') {
      const lists = movers(index, { year: s.year, baseYear: s.baseYear, level: s.level });
      const { blocks, bearers } = moverBlocks(ctx, s, lists, fmt.money);
      return { ...base, blocks: [coverNote, ...blocks], sourceIds: ctx.sources(bearers) };
    }
    if (s.tab === 'history') {
      const { blocks, bearers } = historyBlocks(
        ctx,
        s,
        index,
        (s.historyCodes ?? null) as Adcode[] | null,
        fmt.money,
      );
      return { ...base, blocks: [coverNote, ...blocks], sourceIds: ctx.sources(bearers) };
    }
    const board = rankingBoard(index, {
      year: s.year,
      baseYear: s.baseYear,
      spanStart: s.spanStart,
      level: s.level,
      metric: s.metric,
    });
    const collator = new Intl.Collator(ctx.zh() ? 'zh-CN-u-co-pinyin' : 'en');
    const filter = { ...s.filter, provinces: s.filter.provinces as Adcode[] };
    const rows = sortBoardRows(filterRows(board.rows, filter), s.sort, {
      nameOf: (r) => entityName(r.entity, ctx.settings.locale),
      provinceOf: (r) => (r.province ? entityName(r.province, ctx.settings.locale) : ''),
      compare: collator.compare,
    });
    const bearers = rows.flatMap((r) => [...r.cells, r.publishedRank, r.yoy, ...r.gaps]);
    return {
      ...base,
      blocks: [coverNote, ...boardBlocks(ctx, s, rows, fmt, board.rankedCount)],
      sourceIds: ctx.sources(bearers),
    };
  });
}
