/**
 * The movers on paper: threshold clubs, climbers and fallers, growth leaders, overtakes and
 * published rank changes, each a small table with its sources; a missing base-year figure is
 * said in words, never inferred.
 */
import type { PinOf } from '../../../core/briefing/pin-state';
import type { Movers } from '../../../core/data';
import { entityName, formatPct, type MoneyView } from '../../../core/format';
import type { Cell } from '../../../core/model';
import type { ExportCell, ExportTable } from '../../../core/export/table';
import type { SourceBearer } from '../../../core/print';
import type { PrintBlock } from '../doc';
import type { DocContext } from './doc-context';

export function moverBlocks(
  ctx: DocContext,
  s: PinOf<'rankings'>,
  m: Movers,
  money: Pick<MoneyView, 'money'>,
): { blocks: PrintBlock[]; bearers: (SourceBearer | null | undefined)[] } {
  const { t } = ctx;
  const locale = ctx.settings.locale;
  const years = { year: s.year, base: s.baseYear };
  const name = (e: { shortZh: string; nameEn: string }) => ctx.text(entityName(e, locale));
  const breakMark = (cell: ExportCell, on: boolean): ExportCell =>
    on ? { ...cell, mark: `⌇ ${t('seriesBreak.mark')}: ${t('seriesBreak.short')}` } : cell;
  const table = (
    id: string,
    caption: string,
    columns: ExportTable['columns'],
    rows: ExportCell[][],
  ) =>
    ({
      kind: 'table',
      table: { id, caption, columns, rows },
      empty: t('movers.none'),
    }) as PrintBlock;
  const colName = { label: t('rankings.col.name'), kind: 'text' as const };
  const colSource = { label: t('rankings.col.source'), kind: 'text' as const };
  const moneyCol = `${t('metric.total')} ${s.year}`;
  /** The source cell of a mover's figures (core/data/movers.ts `cells`), ids joined. */
  const sourcesOf = (cells: Cell[]): ExportCell => {
    if (cells.length <= 1) return ctx.sourceCell(cells[0]);
    const parts = cells.map((c) => ctx.sourceCell(c));
    return ctx.text(parts.map((p) => p.text).join(' · '));
  };

  const blocks: PrintBlock[] = [
    {
      kind: 'note',
      text: t('movers.intro', { ...years, unit: t(`rankings.unit.${s.level}`) }),
      tone: 'plain',
    },
    ...m.thresholds.map((rep) =>
      table(
        `threshold-${rep.threshold}`,
        t(`movers.threshold.${rep.threshold >= 10_000 ? 'wanyi' : 'five'}`),
        [
          colName,
          { label: moneyCol, kind: 'number' },
          { label: t('print.movers.status'), kind: 'text' },
          colSource,
        ],
        rep.crossings.map((c) => [
          name(c.entity),
          ctx.num(c.now, money.money(c.now, s.year)),
          breakMark(
            ctx.text(
              t(`movers.status.${c.status}`, {
                ...years,
                baseValue: money.money(c.base, s.baseYear),
              }),
            ),
            c.seriesBreak,
          ),
          sourcesOf(c.cells),
        ]),
      ),
    ),
    ...(['climbers', 'fallers'] as const).map((k) =>
      table(
        k,
        t(`movers.${k}`),
        [colName, { label: t('print.movers.places'), kind: 'number' }, colSource],
        m[k].map((c) => [
          name(c.row.entity),
          breakMark(
            ctx.num(c.places, `${c.places > 0 ? '▲' : '▼'}${Math.abs(c.places)}`),
            c.seriesBreak,
          ),
          sourcesOf(c.cells),
        ]),
      ),
    ),
    ...(['fastest', 'sharpest'] as const).map((k) =>
      table(
        k,
        t(`movers.${k}`),
        [colName, { label: `${t('rankings.col.yoy')} (%)`, kind: 'number' }, colSource],
        m[k].map((g) => [
          name(g.entity),
          ctx.num(g.yoy.value, formatPct(g.yoy.value)),
          ctx.sourceCell(g.yoy),
        ]),
      ),
    ),
    table(
      'overtakes',
      t('movers.overtakes'),
      [
        { label: t('movers.overtakes'), kind: 'text' },
        { label: t('print.movers.detail'), kind: 'text' },
        colSource,
      ],
      m.overtakes.map((o) => [
        breakMark(
          ctx.text(
            t('movers.overtake', {
              winner: entityName(o.winner, locale),
              loser: entityName(o.loser, locale),
            }),
          ),
          o.seriesBreak,
        ),
        ctx.text(
          t('movers.overtakeDetail', {
            ...years,
            winnerNow: money.money(o.winnerNow, s.year),
            loserNow: money.money(o.loserNow, s.year),
            winnerBase: money.money(o.winnerBase, s.baseYear),
            loserBase: money.money(o.loserBase, s.baseYear),
          }),
        ),
        sourcesOf(o.cells),
      ]),
    ),
    table(
      'published-moves',
      t('movers.publishedMoves'),
      [colName, { label: t('movers.publishedMoves'), kind: 'text' }, colSource],
      m.publishedRankMoves.map((p) => [
        name(p.entity),
        ctx.text(t('movers.publishedMove', { ...years, baseRank: p.baseRank, rank: p.rank })),
        sourcesOf(p.cells),
      ]),
    ),
  ];
  if (m.noBaseFigure.length) {
    blocks.push({
      kind: 'note',
      text: `${t('movers.noBase', { base: s.baseYear, unit: t(`rankings.unit.${s.level}`) })}: ${ctx.list(
        m.noBaseFigure.map((e) => entityName(e, locale)),
      )}`,
      tone: 'plain',
    });
  }
  const bearers = [
    ...[...m.climbers, ...m.fallers].flatMap((c) => c.cells),
    ...[...m.fastest, ...m.sharpest].map((g) => g.yoy),
    ...m.thresholds.flatMap((r) => r.crossings.flatMap((c) => c.cells)),
    ...m.overtakes.flatMap((o) => o.cells),
    ...m.publishedRankMoves.flatMap((p) => p.cells),
  ];
  return { blocks, bearers };
}
