/**
 * A city's detail on paper: its trade by year as lines, every year's figures with their sources,
 * computed and published ranks with shares of province and nation, neighbours in rank and the
 * notes behind its gaps. Money in 亿元 (bn RMB), as published.
 */
import type { PinOf } from '../../../core/briefing/pin-state';
import { cityProfile, type ProfileYear } from '../../../core/data';
import { bilingualName, entityName, formatPct, formatShare } from '../../../core/format';
import type { Adcode } from '../../../core/model';
import { citySeriesOption } from '../../charts/city-series';
import type { PrintBlock } from '../doc';
import { docBuilder } from './doc-context';
import { numberColumn, tableBlock, textColumn } from './table-block';

const MONEY = ['total', 'exports', 'imports'] as const;

export const useCityDoc = docBuilder((s: PinOf<'city'>, ctx) => {
  const { t, choice } = ctx;
  const locale = ctx.settings.locale;
  const index = ctx.data.index;
  const p = index ? cityProfile(index, s.code as Adcode, s.year) : null;
  const name = p ? bilingualName(p.entity, locale) : ctx.nameOf(s.code);
  const base = {
    view: 'city' as const,
    title: t('cityDetail.label', { name }),
    subtitle: [
      choice(t('year.label'), s.year),
      ...(p?.province ? [t('cityDetail.province', { name: entityName(p.province, locale) })] : []),
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
    const scale = money.scaleAcross(p.years.map((y) => y.year));
    blocks.push({
      kind: 'chart',
      id: 'series',
      caption: t('cityDetail.series', { unit: scale.unit }),
      height: 240,
      option: citySeriesOption({
        years: p.years.map((y) => y.year),
        series: MONEY.map((key) => ({
          key,
          name: t(`cityDetail.col.${key}`),
          values: p.years.map((y) => scale.value(y[key]?.value, y.year)),
          tips: p.years.map((y) => money.money(y[key]?.value, y.year)),
        })),
        description: t('cityDetail.seriesDescription', { name }),
        yAxisName: scale.unit,
      }),
    });
  }
  const yearColumn = numberColumn(t('cityDetail.col.year'), (y: ProfileYear) =>
    ctx.num(y.year, String(y.year)),
  );
  blocks.push(
    tableBlock('years', t('cityDetail.table'), rows, [
      yearColumn,
      ...MONEY.map((m) =>
        numberColumn(`${t(`cityDetail.col.${m}`)} (${unit})`, (y: ProfileYear) =>
          ctx.num(money.columnValue(y[m]?.value, y.year), money.columnNumber(y[m]?.value, y.year)),
        ),
      ),
      numberColumn(`${t('cityDetail.col.yoy')} (%)`, (y) =>
        ctx.num(y.totalYoy?.value ?? null, formatPct(y.totalYoy?.value)),
      ),
      textColumn(t('cityDetail.col.sources'), (y) => {
        const cells = [y.total, y.exports, y.imports, y.totalYoy].filter((c) => c != null);
        const how = cells.map((c) => ctx.sourceCell(c)).filter((c) => c.mark);
        return {
          value: cells.map((c) => ctx.sourceCell(c).value).join('; ') || null,
          text: [...new Set(cells.map((c) => ctx.sourceCell(c).text))].join(', '),
          mark: how.map((c) => c.mark).join(' ') || undefined,
        };
      }),
    ]),
    tableBlock('ranks', t('cityDetail.ranksTable'), rows, [
      yearColumn,
      textColumn(t('cityDetail.col.rank'), (y) =>
        ctx.text(y.rank ? t('cityDetail.rankOf', { rank: y.rank, count: y.rankedCount }) : '—'),
      ),
      textColumn(t('cityDetail.col.published'), (y) =>
        ctx.text(
          y.publishedRanks
            .map((r) => `${r.rank} ${t(`cityDetail.scope.${r.scope}`)} (${r.sourceId})`)
            .join('; '),
        ),
      ),
      numberColumn(`${t('cityDetail.col.shareProvince')} (%)`, (y) =>
        ctx.num(y.shareOfProvince, formatShare(y.shareOfProvince)),
      ),
      numberColumn(`${t('cityDetail.col.shareNation')} (%)`, (y) =>
        ctx.num(y.shareOfNation, formatShare(y.shareOfNation, 2)),
      ),
    ]),
  );
  const neighbourYear = p.neighbourYear;
  if (neighbourYear) {
    blocks.push(
      tableBlock(
        'neighbours',
        t('cityDetail.neighbours', { year: neighbourYear, unit: levelUnit }),
        p.neighbours,
        [
          numberColumn(t('cityDetail.col.rank'), (n) => ctx.num(n.rank, String(n.rank))),
          textColumn(t('rankings.col.name'), (n) =>
            ctx.text(entityName(n.entity, locale) + (n.self ? ' ◀' : '')),
          ),
          numberColumn(`${t('cityDetail.col.total')} (${unit})`, (n) =>
            ctx.num(
              money.columnValue(n.value, neighbourYear),
              money.columnNumber(n.value, neighbourYear),
            ),
          ),
        ],
      ),
    );
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
