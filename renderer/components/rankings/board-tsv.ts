/**
 * The rows of the ranking table as TSV for the clipboard. Numbers are written raw in their stored
 * unit (亿元, %, pp), not as display text, so a spreadsheet can compute with them; names are
 * given in both languages so the paste is usable by either reader.
 */
import { METRIC_UNIT, type BoardMetric, type BoardRow } from '../../../core/data';
import { formatRankChange, toTsv, type Locale } from '../../../core/format';

export interface TsvLabels {
  rank: string;
  published: string;
  change: string;
  name: string;
  province: string;
  value: string;
  yoy: string;
  share: string;
  source: string;
}

const UNIT_SUFFIX = { money: '亿元', pct: '%', pp: 'pp' } as const;

/** Rounds away float noise (0.1 + 0.2) without inventing precision. */
const clean = (n: number | null | undefined): number | null =>
  n == null ? null : Math.round(n * 1e6) / 1e6;

export function boardTsv(
  rows: readonly BoardRow[],
  metric: BoardMetric,
  labels: TsvLabels,
  locale: Locale,
): string {
  const header = [
    labels.rank,
    labels.published,
    labels.change,
    `${labels.name} (中文)`,
    `${labels.name} (English)`,
    labels.province,
    `${labels.value} (${UNIT_SUFFIX[METRIC_UNIT[metric]]})`,
    `${labels.yoy} (%)`,
    `${labels.share} (%)`,
    labels.source,
  ];
  const body = rows.map((r) => [
    r.rank,
    r.publishedRank?.rank ?? null,
    formatRankChange(r.change, locale),
    r.entity.shortZh,
    r.entity.nameEn,
    r.province ? (locale === 'zh-CN' ? r.province.shortZh : r.province.nameEn) : '',
    clean(r.value),
    clean(r.yoy?.value),
    clean(r.sharePct != null ? Math.round(r.sharePct * 100) / 100 : null),
    [...new Set(r.cells.map((c) => c.sourceId))].join(' '),
  ]);
  return toTsv([header, ...body]);
}
