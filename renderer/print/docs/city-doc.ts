/**
 * A city's detail on paper: its trade by year as lines, every year's figures with their sources,
 * computed and published ranks with shares of province and nation, neighbours in rank and the
 * notes behind its gaps. Money in 亿元 (bn RMB), as published.
 */
import { computed, type ComputedRef } from 'vue';
import type { PinOf } from '../../../core/briefing/pin-state';
import { cityProfile } from '../../../core/data';
import { bilingualName, entityName, formatPct, formatShare } from '../../../core/format';
import type { Adcode } from '../../../core/model';
import { citySeriesOption } from '../../charts/city-series';
import type { PrintBlock, PrintDoc } from '../doc';
import { useDocContext } from './doc-context';

const MONEY = ['total', 'exports', 'imports'] as const;

export function useCityDoc(state: () => PinOf<'city'>): ComputedRef<PrintDoc> {
  const ctx = useDocContext();
  return computed(() => {
    const s = state();
    const { t, choice } = ctx;
    const locale = ctx.settings.locale;
    const index = ctx.data.index;
    const p = index ? cityProfile(index, s.code as Adcode, s.year) : null;
    const name = p ? bilingualName(p.entity, locale) : ctx.nameOf(s.code);
    const base = {
      view: 'city' as const,
      title: t('cityDetail.label', { name }),
      subtitle: [
        choice(t('rankings.control.year'), s.year),
        ...(p?.province
          ? [t('cityDetail.province', { name: entityName(p.province, locale) })]
          : []),
      ],
      year: s.year,
    };
    if (!p) return { ...base, blocks: [], sourceIds: [], problem: t('cityDetail.noYears') };
    const money = ctx.yuan();
    const unit = money.columnUnit(s.year);
    const levelUnit = t(`rankings.unit.${p.entity.level === 'province' ? 'province' : 'city'}`);
    const rows = [...p.years].reverse();
    const blocks: PrintBlock[] = [];
    if (p.years.some((y) => y.total || y.exports || y.imports)) {
      blocks.push({
        kind: 'chart',
        id: 'series',
        caption: t('cityDetail.series'),
        height: 240,
        option: citySeriesOption({
          years: p.years.map((y) => y.year),
          series: MONEY.map((key) => ({
            key,
            name: t(`cityDetail.col.${key}`),
            values: p.years.map((y) => y[key]?.value ?? null),
            tips: p.years.map((y) => money.money(y[key]?.value, y.year)),
          })),
          description: t('cityDetail.seriesDescription', { name }),
          yAxisName: '亿元',
        }),
      });
    }
    blocks.push(
      {
        kind: 'table',
        table: {
          id: 'years',
          caption: t('cityDetail.table'),
          columns: [
            { label: t('cityDetail.col.year'), kind: 'number' },
            ...MONEY.map((m) => ({
              label: `${t(`cityDetail.col.${m}`)} (${unit})`,
              kind: 'number' as const,
            })),
            { label: `${t('cityDetail.col.yoy')} (%)`, kind: 'number' },
            { label: t('cityDetail.col.sources'), kind: 'text' },
          ],
          rows: rows.map((y) => {
            const cells = [y.total, y.exports, y.imports, y.totalYoy].filter((c) => c != null);
            const how = cells.map((c) => ctx.sourceCell(c)).filter((c) => c.mark);
            return [
              ctx.num(y.year, String(y.year)),
              ...MONEY.map((m) =>
                ctx.num(
                  money.columnValue(y[m]?.value, y.year),
                  money.columnNumber(y[m]?.value, y.year),
                ),
              ),
              ctx.num(y.totalYoy?.value ?? null, formatPct(y.totalYoy?.value)),
              {
                value: cells.map((c) => ctx.sourceCell(c).value).join('; ') || null,
                text: [...new Set(cells.map((c) => ctx.sourceCell(c).text))].join(', '),
                mark: how.map((c) => c.mark).join(' ') || undefined,
              },
            ];
          }),
        },
      },
      {
        kind: 'table',
        table: {
          id: 'ranks',
          caption: t('cityDetail.ranksTable'),
          columns: [
            { label: t('cityDetail.col.year'), kind: 'number' },
            { label: t('cityDetail.col.rank'), kind: 'text' },
            { label: t('cityDetail.col.published'), kind: 'text' },
            { label: `${t('cityDetail.col.shareProvince')} (%)`, kind: 'number' },
            { label: `${t('cityDetail.col.shareNation')} (%)`, kind: 'number' },
          ],
          rows: rows.map((y) => [
            ctx.num(y.year, String(y.year)),
            ctx.text(y.rank ? t('cityDetail.rankOf', { rank: y.rank, count: y.rankedCount }) : '—'),
            ctx.text(
              y.publishedRanks
                .map((r) => `${r.rank} ${t(`cityDetail.scope.${r.scope}`)} (${r.sourceId})`)
                .join('; '),
            ),
            ctx.num(y.shareOfProvince, formatShare(y.shareOfProvince)),
            ctx.num(y.shareOfNation, formatShare(y.shareOfNation, 2)),
          ]),
        },
      },
    );
    if (p.neighbourYear) {
      blocks.push({
        kind: 'table',
        table: {
          id: 'neighbours',
          caption: t('cityDetail.neighbours', { year: p.neighbourYear, unit: levelUnit }),
          columns: [
            { label: t('cityDetail.col.rank'), kind: 'number' },
            { label: t('rankings.col.name'), kind: 'text' },
            { label: `${t('cityDetail.col.total')} (${unit})`, kind: 'number' },
          ],
          rows: p.neighbours.map((n) => [
            ctx.num(n.rank, String(n.rank)),
            ctx.text(entityName(n.entity, locale) + (n.self ? ' ◀' : '')),
            ctx.num(
              money.columnValue(n.value, p.neighbourYear!),
              money.columnNumber(n.value, p.neighbourYear!),
            ),
          ]),
        },
      });
    }
    const gaps = p.years.flatMap((y) => y.gaps.map((g) => `${y.year} · ${g.sourceId}: ${g.note}`));
    if (gaps.length)
      blocks.push({ kind: 'note', text: `${t('cityDetail.gapNotes')}: ${gaps.join('; ')}` });
    const bearers = p.years.flatMap((y) => [
      y.total,
      y.exports,
      y.imports,
      y.totalYoy,
      ...y.publishedRanks,
      ...y.gaps,
    ]);
    return { ...base, blocks, sourceIds: ctx.sources(bearers) };
  });
}
