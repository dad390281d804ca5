/**
 * `atlas coverage`: how many entities have a published full-year total, per level and year, and
 * what share of national trade they add up to. Coverage is partial; this is how users see it.
 */
import { coverage, type Coverage, entityIndex } from '../../core/data';
import { asAdcode, LEVELS, type Level } from '../../core/model';
import { commandArgs, parseChoice, parseFormat, parseYear, valueOptions } from '../args';
import { loadCliData, type CliData } from '../data-source';
import { csvLine, json, renderTable, showShare } from '../format';
import { UsageError, type CliIo, type Output } from '../io';

export const COVERAGE_HELP = `Usage: atlas coverage [--year YEAR] [options]

How many entities of each level have a full-year total, what share of national trade they cover,
whether the ranking is complete and how many totals are derived. Without --year (or with --all),
every year with data.

Options:
  --year YEAR               one year, e.g. 2025 (default: all years)
  --all                     every year with data (the default without --year)
  --level national|province|city|county_city   one level (default: all)
  --format table|csv|json   default table
  --data DIR                data folder (default: the app's user data, else the bundled data)
`;

const sharePct = (c: Coverage) =>
  c.shareOfNational === null ? null : Math.round(c.shareOfNational * 1000) / 10;

function yearsOf(data: CliData): number[] {
  return [
    ...new Set(data.dataset.figures.filter((r) => r.period === 'full_year').map((r) => r.year)),
  ].sort((a, b) => a - b);
}

export async function coverageCommand(argv: string[], io: CliIo, out: Output): Promise<number> {
  const args = commandArgs(
    { name: 'coverage', help: COVERAGE_HELP, allowPositionals: false },
    argv,
    { ...valueOptions('year', 'level'), all: { type: 'boolean' } },
    out,
  );
  if (!args) return 0;
  const { values } = args;
  const year = parseYear(values.year);
  if (values.all && year !== undefined) throw new UsageError('--all and --year: choose one');
  const levels: Level[] =
    values.level === undefined
      ? [...LEVELS]
      : [parseChoice(values.level, '--level', LEVELS, 'city')];
  const format = parseFormat(values.format);
  const data = await loadCliData(values.data, io, out);
  const years = year === undefined ? yearsOf(data) : [year];
  const results = years.flatMap((y) =>
    levels.map((l) => coverage(data.dataset, data.reference, y, l)),
  );
  const byCode = entityIndex(data.reference);
  const nameOf = (code: string) => byCode.get(asAdcode(code))?.shortZh ?? code;

  /** One result as JSON (snake_case), with the entities it counts by name. */
  const toJson = (c: Coverage) => ({
    year: c.year,
    level: c.level,
    entities_with_data: c.entitiesWithData,
    entities_total: c.entitiesTotal,
    complete: c.complete,
    derived_totals: c.derived,
    missing: c.missing,
    share_of_national_pct: sharePct(c),
    sum_of_totals: c.sumOfTotals,
    unit: '亿元',
    national_total: c.nationalTotal?.value ?? null,
    national_total_source_id: c.nationalTotal?.sourceId ?? null,
    entities: c.codes.map((code) => ({
      code,
      name_zh: nameOf(code),
      name_en: byCode.get(code)?.nameEn ?? null,
    })),
  });

  if (format === 'json') {
    out.line(json(results.map(toJson)));
    return 0;
  }
  if (format === 'csv') {
    out.line(
      csvLine([
        'year',
        'level',
        'entities_with_data',
        'entities_total',
        'share_of_national_pct',
        'sum_of_totals_yi',
        'national_total_yi',
        'codes',
      ]),
    );
    for (const c of results) {
      out.line(
        csvLine([
          c.year,
          c.level,
          c.entitiesWithData,
          c.entitiesTotal,
          sharePct(c),
          c.sumOfTotals,
          c.nationalTotal?.value,
          c.codes.join(';'),
        ]),
      );
    }
    return 0;
  }
  if (data.dataset.dataAsOf) out.line(`Data as of ${data.dataset.dataAsOf}.`);
  out.line('Entities with a full-year total; a ranking is complete only when none is missing.');
  out.line();
  const table = renderTable(
    [
      { header: 'Year' },
      { header: 'Level' },
      { header: 'With data', right: true },
      { header: 'Of', right: true },
      { header: 'Share of national', right: true },
      { header: 'Complete' },
      { header: 'Derived', right: true },
    ],
    results.map((c) => [
      String(c.year),
      c.level,
      String(c.entitiesWithData),
      String(c.entitiesTotal),
      c.level === 'national' ? '' : showShare(c.shareOfNational),
      c.complete ? 'yes' : 'no',
      String(c.derived.sum + c.derived.usd),
    ]),
  );
  for (const line of table) out.line(line);
  if (year !== undefined) {
    out.line();
    for (const c of results.filter((r) => r.codes.length))
      out.line(`${c.level} ${c.year}: ${c.codes.map(nameOf).join(', ')}`);
  }
  out.line();
  out.line(
    `Share of national: the listed totals added up, over the national total of that year ("unknown" when none was published). Derived: totals that are exports + imports of one source or converted from USD at a published rate. Data: ${data.origin}.`,
  );
  return 0;
}
