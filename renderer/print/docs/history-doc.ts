/**
 * The rank history on paper: the bump chart and the value lines of the pinned entities (or the
 * year's top 10), then a table of each year's rank among the entities with data that year, with
 * gaps left as gaps and breaks in series marked ◆ and said in words.
 */
import type { PinOf } from '../../../core/briefing/pin-state';
import { rankHistory, topCodes, type FullYearIndex } from '../../../core/data';
import { entityName, type MoneyView } from '../../../core/format';
import type { Adcode } from '../../../core/model';
import { bumpChartOption, valueLinesOption, type RankLinesInput } from '../../charts/rank-lines';
import type { PrintBlock } from '../doc';
import type { DocContext } from './doc-context';

export function historyBlocks(
  ctx: DocContext,
  s: PinOf<'rankings'>,
  index: FullYearIndex,
  pinned: Adcode[] | null,
  money: Pick<MoneyView, 'columnNumber' | 'columnValue' | 'columnUnit' | 'scaleAcross'>,
) {
  const { t } = ctx;
  const locale = ctx.settings.locale;
  const unit = t(`rankings.unit.${s.level}`);
  const codes = pinned ?? topCodes(index, s.level, s.year, 10);
  const h = rankHistory(index, s.level, codes);
  const anyBreak = h.series.some((x) => x.points.some((p) => p.seriesBreak));
  const scale = money.scaleAcross(h.years);
  const input = (kind: 'rank' | 'value'): RankLinesInput => ({
    yearLabels: h.years.map((year, i) => t('history.yearCount', { year, count: h.rankedCount[i] })),
    lines: h.series.map((x) => ({
      code: x.code,
      name: entityName(x.entity, locale),
      values: x.points.map((p) => (kind === 'rank' ? p.rank : scale.value(p.value, p.year))),
      tips: x.points.map(() => ''),
      breaks: x.points.map((p) => p.seriesBreak),
    })),
    focus: null,
    description: t('history.description', {
      n: h.series.length,
      unit,
      from: h.years[0] ?? '',
      to: h.years.at(-1) ?? '',
    }),
  });
  const valueIn = (points: (typeof h.series)[number]['points'], year: number) => {
    const v = points.find((p) => p.year === year)?.value ?? null;
    return ctx.num(money.columnValue(v, year), money.columnNumber(v, year));
  };
  const maxRank = Math.max(1, ...h.series.flatMap((x) => x.points.map((p) => p.rank ?? 1)));
  const blocks: PrintBlock[] = [
    {
      kind: 'note',
      text: `${t('history.note', { unit })} ${anyBreak ? t('history.breakNote') : ''}`.trim(),
    },
    {
      kind: 'chart',
      id: 'bump',
      caption: t('history.bump'),
      height: 300,
      option: bumpChartOption({ ...input('rank'), maxRank }),
    },
    {
      kind: 'chart',
      id: 'values',
      caption: [
        t('history.values', { unit: scale.unit }),
        scale.mixed ? t('rankings.control.inRmbAcross', { unit: scale.unit }) : '',
      ]
        .join(' ')
        .trim(),
      height: 260,
      option: valueLinesOption(input('value')),
    },
    {
      kind: 'table',
      table: {
        id: 'history',
        caption: t('print.history.table', { unit }),
        columns: [
          { label: t('rankings.col.name'), kind: 'text' },
          ...h.years.map((year, i) => ({
            label: t('print.history.yearRank', { year, count: h.rankedCount[i] }),
            kind: 'number' as const,
          })),
          {
            label: t('print.history.yearValue', { year: s.year, unit: money.columnUnit(s.year) }),
            kind: 'number' as const,
          },
        ],
        rows: h.series.map((x) => [
          ctx.text(entityName(x.entity, locale)),
          ...x.points.map((p) =>
            p.seriesBreak
              ? {
                  ...ctx.num(p.rank, p.rank == null ? '—' : `◆${p.rank}`),
                  mark: t('seriesBreak.mark'),
                }
              : ctx.num(p.rank, p.rank == null ? '—' : String(p.rank)),
          ),
          valueIn(x.points, s.year),
        ]),
      },
    },
  ];
  return { blocks, bearers: h.series.flatMap((x) => x.points.map((p) => p.cell)) };
}
