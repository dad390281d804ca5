/**
 * `atlas rank`: the annual ranking of cities or provinces by one metric, with the coverage it
 * rests on. A computed rank is a rank among the entities that have a figure, so every output
 * says how many there are; a rank a source states is shown beside it, never merged into it.
 */
import {
  coverage,
  entityIndex,
  RANK_METRICS,
  rankEntities,
  type RankMetric,
  type RankRow,
} from '../../core/data';
import { coverageStatement, derivationText } from '../../core/format';
import type { Level } from '../../core/model';
import {
  commandArgs,
  parseChoice,
  parseFormat,
  parsePositiveInt,
  requireYear,
  valueOptions,
} from '../args';
import { loadCliData, type CliData } from '../data-source';
import { csvLine, derivationJson, json, renderTable, tableAmount, tableGrowth } from '../format';
import type { CliIo, Output } from '../io';

export const RANK_HELP = `Usage: atlas rank --year YEAR [options]

Rank cities (or provinces) by full-year trade. Ranks are among the entities with a published
figure for that year, not national ranks; the output says how many that is.

Options:
  --year YEAR               calendar year, e.g. 2025 (required)
  --level city|province     default city
  --metric total|exports|imports|yoy
                            what to rank by (default total; yoy = growth of total trade in %)
  --include-county-cities   rank 义乌 and 济源 among the cities too
  --currency cny|usd        money in 亿元 (default) or 亿美元: printed USD where a source printed
                            it, else 亿元 ÷ the year's published rate (each value says which)
  --top N                   only ranks 1..N (entities tied at N are all shown)
  --format table|csv|json   default table; a table rounds as the app does (0.1亿, growth
                            to 0.1%), csv and json keep every value at full stored precision
  --data DIR                data folder (default: the app's user data, else the bundled data)
`;

const RANK_LEVELS: readonly Level[] = ['city', 'province'];
const PLURAL: Partial<Record<Level, string>> = { city: 'cities', province: 'provinces' };
const METRIC_LABEL: Record<RankMetric, string> = {
  total: 'total-trade',
  exports: 'export',
  imports: 'import',
  yoy: 'growth',
};

/** The chosen cell's source first, then the sources that confirm it. */
const sourceIds = (row: RankRow): string[] => [row.cell.sourceId, ...row.cell.confirmedBy];

function coverageSentence(
  data: CliData,
  rows: RankRow[],
  year: number,
  level: Level,
  metric: RankMetric,
): string {
  const cov = coverage(data.dataset, data.reference, year, level);
  const byCode = entityIndex(data.reference);
  const plural = PLURAL[level] ?? level;
  const among = `Ranks among ${rows.length} ${plural} with ${year} ${METRIC_LABEL[metric]} data.`;
  const national = cov.nationalTotal
    ? ` National total ${tableAmount(cov.nationalTotal.value)}亿 (${cov.nationalTotal.sourceId}${cov.nationalTotal.derivation ? ', derived' : ''}).`
    : '';
  const statement = coverageStatement(cov, 'en', (code) => byCode.get(code)?.shortZh ?? code);
  return `${among} Coverage ${statement}${national}`;
}

/** "derived: exports + imports …" / "printed in USD" / "converted at 7.0840 (P019)", or ''. */
function valueNote(r: RankRow): string {
  if (r.usd?.how === 'converted' && r.usd.rate) {
    return `converted ÷ ${r.usd.rate.cnyPerUsd} CNY/USD (${r.usd.rate.sourceId})`;
  }
  if (r.usd?.how === 'printed') return 'printed in USD';
  return r.cell.derivation ? derivationText(r.cell.derivation, 'en') : '';
}

export async function rankCommand(argv: string[], io: CliIo, out: Output): Promise<number> {
  const args = commandArgs(
    { name: 'rank', help: RANK_HELP, allowPositionals: false },
    argv,
    {
      ...valueOptions('year', 'level', 'metric', 'top', 'currency'),
      'include-county-cities': { type: 'boolean' },
    },
    out,
  );
  if (!args) return 0;
  const { values } = args;
  const year = requireYear(values.year);
  const level = parseChoice(values.level, '--level', RANK_LEVELS, 'city');
  const metric = parseChoice(values.metric, '--metric', RANK_METRICS, 'total');
  const top = parsePositiveInt(values.top, '--top');
  const format = parseFormat(values.format);
  const includeCountyCities = !!values['include-county-cities'];
  const currency = parseChoice(values.currency?.toLowerCase(), '--currency', ['cny', 'usd'], 'cny');
  const usd = currency === 'usd';

  const data = await loadCliData(values.data, io, out);
  const all = rankEntities(data.dataset, data.reference, {
    year,
    level,
    metric,
    includeCountyCities,
    currency: usd ? 'USD' : 'CNY',
  });
  const rows = top === undefined ? all : all.filter((r) => r.rank <= top);
  const unit = metric === 'yoy' ? '%' : usd ? '亿美元' : '亿元';
  const sentence = coverageSentence(data, all, year, level, metric);

  if (format === 'json') {
    out.line(
      json(
        rows.map((r) => ({
          rank: r.rank,
          code: r.code,
          name_zh: r.shortZh,
          name_en: r.nameEn,
          level: r.level,
          value: r.value,
          unit,
          yoy_pct: r.yoyPct,
          published_rank: r.publishedRank?.rank ?? null,
          published_rank_source_id: r.publishedRank?.sourceId ?? null,
          source_ids: sourceIds(r),
          flag: r.cell.flag,
          derived: usd ? null : derivationJson(r.cell.derivation),
          currency: usd ? 'USD' : 'CNY',
          usd: r.usd
            ? {
                how: r.usd.how,
                rate_cny_per_usd: r.usd.rate?.cnyPerUsd ?? null,
                rate_source_id: r.usd.rate?.sourceId ?? null,
              }
            : null,
        })),
      ),
    );
    return 0;
  }

  const share = coverage(data.dataset, data.reference, year, level).shareOfNational;
  if (format === 'csv') {
    // The coverage travels with the data, in every row, so a saved file cannot lose it.
    out.line(
      csvLine([
        'rank',
        'code',
        'name_zh',
        'name_en',
        'level',
        'value',
        'unit',
        'yoy_pct',
        'published_rank',
        'source_ids',
        'flag',
        'how',
        'ranked_among',
        'coverage_share_of_national_pct',
      ]),
    );
    for (const r of rows) {
      out.line(
        csvLine([
          r.rank,
          r.code,
          r.shortZh,
          r.nameEn,
          r.level,
          r.value,
          unit,
          r.yoyPct,
          r.publishedRank?.rank,
          sourceIds(r).join(';'),
          r.cell.flag,
          valueNote(r),
          all.length,
          share === null ? null : Math.round(share * 1000) / 10,
        ]),
      );
    }
    out.note(sentence);
    return 0;
  }

  out.line(sentence);
  if (!rows.length) {
    out.line(`No ${PLURAL[level] ?? level} have ${year} ${METRIC_LABEL[metric]} figures.`);
    return 0;
  }
  if (top !== undefined && rows.length < all.length) out.line(`Showing ranks 1–${top}.`);
  out.line();
  const valueHeader =
    metric === 'yoy'
      ? 'Growth %'
      : `${metric === 'total' ? 'Total' : metric === 'exports' ? 'Exports' : 'Imports'} ${unit}`;
  const table = renderTable(
    [
      { header: 'Rank', right: true },
      { header: level === 'province' ? 'Province' : 'City' },
      { header: 'English' },
      { header: valueHeader, right: true },
      { header: 'YoY %', right: true },
      { header: 'Published', right: true },
      { header: 'Sources' },
      { header: 'Flag' },
      { header: 'How' },
    ],
    rows.map((r) => [
      String(r.rank),
      r.shortZh,
      r.nameEn,
      metric === 'yoy' ? tableGrowth(r.value) : tableAmount(r.value, usd ? 'USD' : 'CNY'),
      tableGrowth(r.yoyPct),
      r.publishedRank ? String(r.publishedRank.rank) : '',
      sourceIds(r).join(' '),
      r.cell.flag ?? '',
      valueNote(r),
    ]),
  );
  for (const line of table) out.line(line);
  out.line();
  out.line(
    'Rank: among the entities listed (ties share a rank). Published: the national rank a source states.',
  );
  out.line("Sources: the chosen figure's source first, then sources that agree within rounding.");
  if (usd) {
    out.line(
      'USD: figures printed in US dollars as printed; others are 亿元 ÷ the published rate of the year (How).',
    );
  }
  out.line(`Data: ${data.origin}.`);
  return 0;
}
