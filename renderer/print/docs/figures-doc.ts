/**
 * The figures table on paper: the year's coverage, then every city with its total, exports,
 * imports, published growth and source, in the order the screen sorted them.
 */
import type { PinOf } from '../../../core/briefing/pin-state';
import { coverage, sortFigureRows, figureRows } from '../../../core/data';
import { entityName, formatPct } from '../../../core/format';
import type { MoneyMeasure } from '../../../core/model';
import { docBuilder } from './doc-context';

const MONEY: MoneyMeasure[] = ['total', 'exports', 'imports'];

export const useFiguresDoc = docBuilder((s: PinOf<'figures'>, ctx) => {
  const { t, choice } = ctx;
  const d = ctx.data.data;
  const locale = ctx.settings.locale;
  const sortLabel = t(`figures.col.${s.sort.key === 'total_yoy' ? 'yoy' : s.sort.key}`);
  const base = {
    view: 'figures' as const,
    title: t(s.level === 'province' ? 'figures.headingProvince' : 'figures.heading', {
      year: s.year,
    }),
    subtitle: [
      choice(t('figures.year'), s.year),
      choice(t('print.sortedBy'), `${sortLabel} ${s.sort.direction === 'ascending' ? '▲' : '▼'}`),
    ],
    year: s.year,
  };
  if (!d) return { ...base, blocks: [], sourceIds: [] };
  const collator = new Intl.Collator(ctx.zh() ? 'zh-CN-u-co-pinyin' : 'en');
  const rows = sortFigureRows(
    figureRows(d.dataset, d.reference, s.year, s.level ?? 'city'),
    s.sort,
    locale,
    collator.compare,
  );
  const money = ctx.yuan();
  const unit = money.columnUnit(s.year);
  const gap = (r: (typeof rows)[number]) =>
    r.gaps.map((g) => `${g.sourceId}: ${g.note}`).join('; ') || t('figures.gap');
  return {
    ...base,
    blocks: [
      { kind: 'note', text: ctx.coverageText(coverage(d.dataset, d.reference, s.year, 'city')) },
      {
        kind: 'table',
        table: {
          id: 'figures',
          caption: t('figures.caption', { year: s.year }),
          columns: [
            {
              label: t(s.level === 'province' ? 'figures.col.nameProvince' : 'figures.col.name'),
              kind: 'text',
            },
            { label: t('figures.col.province'), kind: 'text' },
            ...MONEY.map((m) => ({
              label: `${t(`figures.col.${m}`)} (${unit})`,
              kind: 'number' as const,
            })),
            { label: `${t('figures.col.yoy')} (%)`, kind: 'number' },
            { label: t('figures.col.source'), kind: 'text' },
          ],
          rows: rows.map((r) => [
            ctx.text(entityName(r.entity, locale)),
            ctx.text(r.province ? entityName(r.province, locale) : ''),
            ...MONEY.map((m) => {
              const v = r.cells[m]?.value;
              return ctx.num(money.columnValue(v, s.year), money.columnNumber(v, s.year));
            }),
            ctx.num(r.cells.total_yoy?.value ?? null, formatPct(r.cells.total_yoy?.value)),
            ctx.sourceCell(r.cells.total ?? r.cells.total_yoy, gap(r)),
          ]),
        },
      },
    ],
    sourceIds: ctx.sources(rows.flatMap((r) => [...Object.values(r.cells), ...r.gaps])),
  };
});
