/**
 * The sources list on paper: every source the search and kind keep, with publisher, date, URL
 * (as text) and what it backs.
 */
import { computed, type ComputedRef } from 'vue';
import type { PinOf } from '../../../core/briefing/pin-state';
import { filterSources, useSourceUsage } from '../../components/sources/use-source-usage';
import { coverageSummary } from '../../../core/data';
import { coverageCount, coverageShare, derivedCount } from '../../components/coverage-cells';
import type { PrintBlock, PrintDoc } from '../doc';
import { useDocContext } from './doc-context';
import { tableBlock, textColumn } from './table-block';

const MAX_LINES = 6;

export function useSourcesDoc(state: () => PinOf<'sources'>): ComputedRef<PrintDoc> {
  const ctx = useDocContext();
  const { usage, describe } = useSourceUsage();
  /** A few lines of what a source backs; paper gets the count of the rest. */
  const backs = (lines: string[]) =>
    lines.length <= MAX_LINES
      ? lines.join('; ')
      : `${lines.slice(0, MAX_LINES).join('; ')}; … +${lines.length - MAX_LINES}`;
  return computed(() => {
    const s = state();
    const { t, choice } = ctx;
    const all = ctx.data.data?.dataset.sources ?? [];
    const shown = filterSources(all, s.query, s.kind);
    const subtitle = [
      t('sources.shown', { shown: shown.length, count: all.length }),
      ...(s.query.trim() ? [choice(t('rankings.filter.search'), s.query.trim())] : []),
      ...(s.kind ? [choice(t('sources.kind'), t(`sources.kinds.${s.kind}`))] : []),
    ];
    const d = ctx.data.data;
    const years = d ? coverageSummary(d.dataset, d.reference).reverse() : [];
    const yuan = ctx.yuan();
    const level = (c: Parameters<typeof coverageCount>[0]) => [
      ctx.text(coverageCount(c) + (c.complete ? ` ${t('coverageSummary.complete')}` : '')),
      ctx.text(coverageShare(c)),
      ctx.num(derivedCount(c), String(derivedCount(c) || '—')),
    ];
    const coverageBlock: PrintBlock = {
      kind: 'table',
      table: {
        id: 'coverage',
        caption: t('coverageSummary.heading'),
        columns: [
          { label: t('coverageSummary.year'), kind: 'number' },
          ...(['provinces', 'cities'] as const).flatMap((l) =>
            (['withData', 'share', 'derived'] as const).map((k) => ({
              label: `${t(`coverageSummary.${l}`)} · ${t(`coverageSummary.${k}`)}`,
              kind: 'number' as const,
            })),
          ),
          { label: t('coverageSummary.national'), kind: 'number' },
          { label: t('sources.col.id'), kind: 'text' },
        ],
        rows: years.map((r) => [
          ctx.num(r.year, String(r.year)),
          ...level(r.province),
          ...level(r.city),
          ctx.num(
            r.city.nationalTotal?.value ?? null,
            r.city.nationalTotal
              ? yuan.money(r.city.nationalTotal.value, r.year)
              : t('coverageSummary.noNational'),
          ),
          ctx.sourceCell(r.city.nationalTotal),
        ]),
      },
    };
    return {
      view: 'sources',
      title: t('sources.heading'),
      subtitle,
      year: null,
      blocks: [
        { kind: 'note', tone: 'plain', text: t('coverageSummary.intro') },
        coverageBlock,
        tableBlock('sources', t('sources.heading'), shown, [
          textColumn(t('sources.col.id'), (src) => ctx.text(src.id)),
          textColumn(t('sources.col.title'), (src) => ctx.text(src.title)),
          textColumn(t('print.sources.publisher'), (src) => ctx.text(src.publisher)),
          textColumn(t('print.sources.url'), (src) => ctx.text(src.url)),
          textColumn(t('sources.col.date'), (src) => ctx.text(src.publishedDate)),
          textColumn(t('sources.col.kind'), (src) => ctx.text(t(`sources.kinds.${src.kind}`))),
          textColumn(t('sources.col.backs'), (src) => {
            const uses = usage.value.get(src.id) ?? [];
            return ctx.text(uses.length ? backs(describe(uses)) : t('sources.backsNothing'));
          }),
        ]),
      ],
      sourceIds: [],
      // The list is itself the appendix: no second copy at the end.
      sourcesNote: t('print.sources.self'),
    };
  });
}
