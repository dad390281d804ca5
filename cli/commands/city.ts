/**
 * `atlas city`: every figure the data holds for one entity, year by year and period by period,
 * each with its source, the sources that confirm it and the alternates that lost, so a reader can
 * audit any number.
 */
import {
  LEVELS,
  MEASURES,
  type Cell,
  type Entity,
  type FigureRecord,
  type Measure,
  type Source,
} from '../../core/model';
import { derivationText } from '../../core/format';
import { commandArgs, parseChoice, parseFormat, valueOptions } from '../args';
import { loadCliData } from '../data-source';
import { csvLine, derivationJson, json, sourceJson, tableAmount, tableGrowth } from '../format';
import { UsageError, type CliIo, type Output } from '../io';
import { createNameResolver, findPlace } from '../../core/places';

/** "台州 Taizhou (Zhejiang) — city 331000". */
const describeEntity = (e: Entity) => `${e.shortZh} ${e.nameEn} — ${e.level} ${e.code}`;

export const CITY_HELP = `Usage: atlas city <code|name> [options]

All figures of one city (or province) by year and period, with sources and alternates.
A name can be Chinese (金华, 金华市), English (Jinhua, Xi'an) or pinyin (xian), any case.

Options:
  --level city|province|county_city|national   pick among entities that share a name
  --format table|csv|json   default table; a table rounds as the app does (0.1亿, growth
                            to 0.1%), csv and json keep every value at full stored precision
  --data DIR                data folder (default: the app's user data, else the bundled data)
`;

const unitOf = (m: Measure) => (m.endsWith('_yoy') ? '%' : '亿元');
/** A measure's value for the table, rounded as the app shows it (json/csv keep full precision). */
const shown = (m: Measure, v: number | null) =>
  m.endsWith('_yoy') ? tableGrowth(v) : tableAmount(v);

/** Years ascending; within a year the full year first, then partial periods. */
function byYearThenPeriod(a: FigureRecord, b: FigureRecord): number {
  if (a.year !== b.year) return a.year - b.year;
  if (a.period === b.period) return 0;
  return a.period === 'full_year'
    ? -1
    : b.period === 'full_year'
      ? 1
      : a.period.localeCompare(b.period);
}

function measuresOf(record: FigureRecord): [Measure, Cell][] {
  return MEASURES.filter((m) => record.cells[m]).map((m) => [m, record.cells[m]!]);
}

function cellJson(measure: Measure, cell: Cell) {
  return {
    value: cell.value,
    unit: unitOf(measure),
    source_id: cell.sourceId,
    confirmed_by: cell.confirmedBy,
    flag: cell.flag,
    precision: cell.precision,
    note: cell.note,
    derived: derivationJson(cell.derivation),
    alternates: cell.alternates.map((a) => ({
      value: a.value,
      source_id: a.sourceId,
      period: a.period,
      flag: a.flag,
      status: a.status,
      note: a.note,
      derived: derivationJson(a.derivation),
    })),
  };
}

function recordJson(record: FigureRecord) {
  return {
    year: record.year,
    period: record.period,
    cells: Object.fromEntries(measuresOf(record).map(([m, c]) => [m, cellJson(m, c)])),
    published_ranks: record.ranks.map((r) => ({
      scope: r.scope,
      rank: r.rank,
      source_id: r.sourceId,
      flag: r.flag,
      note: r.note,
    })),
    gaps: record.gaps.map((g) => ({ source_id: g.sourceId, flag: g.flag, note: g.note })),
  };
}

/** Every source id a record cites, in order of first use. */
function citedSources(records: FigureRecord[]): string[] {
  const ids = new Set<string>();
  for (const r of records) {
    for (const [, c] of measuresOf(r))
      [c.sourceId, ...c.confirmedBy, ...c.alternates.map((a) => a.sourceId)].forEach((id) =>
        ids.add(id),
      );
    r.ranks.forEach((k) => ids.add(k.sourceId));
    r.gaps.forEach((g) => ids.add(g.sourceId));
  }
  return [...ids];
}

function printTable(out: Output, entity: Entity, records: FigureRecord[], sources: Source[]): void {
  for (const record of records) {
    out.line();
    out.line(
      `${record.year} ${record.period === 'full_year' ? '(full year)' : `(${record.period}, partial year: not comparable with full years)`}`,
    );
    // One source row usually fills several measures with the same note: print it once.
    let lastNote = '';
    for (const [measure, cell] of measuresOf(record)) {
      const value = shown(measure, cell.value);
      const confirmed = cell.confirmedBy.length
        ? ` (confirmed by ${cell.confirmedBy.join(', ')})`
        : '';
      const flag = cell.flag ? ` [${cell.flag}]` : '';
      out.line(
        `  ${measure.padEnd(12)} ${value.padStart(10)} ${unitOf(measure).padEnd(3)}  ${cell.sourceId}${confirmed}${flag}`,
      );
      if (cell.derivation) out.line(`      ${derivationText(cell.derivation, 'en')}`);
      if (cell.note && cell.note !== lastNote) out.line(`      note: ${cell.note}`);
      lastNote = cell.note || lastNote;
      for (const a of cell.alternates) {
        out.line(
          `      ${a.status}: ${shown(measure, a.value)} ${a.sourceId}${a.period !== record.period ? ` (${a.period})` : ''}${a.flag ? ` [${a.flag}]` : ''}${a.derivation ? ` (${derivationText(a.derivation, 'en')})` : ''}${a.note ? ` — ${a.note}` : ''}`,
        );
      }
    }
    for (const rank of record.ranks) {
      out.line(
        `  published rank ${rank.rank} (${rank.scope}) ${rank.sourceId}${rank.flag ? ` [${rank.flag}]` : ''}${rank.note ? ` — ${rank.note}` : ''}`,
      );
    }
    for (const gap of record.gaps) {
      out.line(
        `  no usable value: ${gap.sourceId}${gap.flag ? ` [${gap.flag}]` : ''} — ${gap.note}`,
      );
    }
  }
  if (sources.length) {
    out.line();
    out.line('Sources:');
    for (const s of sources)
      out.line(
        `  ${s.id}  ${s.kind}  ${s.publishedDate || 'undated'}  ${s.publisher} — ${s.title}  ${s.url}`,
      );
  }
  if (!records.length) out.line(`No figures for ${entity.shortZh} (${entity.nameEn}) in the data.`);
}

export async function cityCommand(argv: string[], io: CliIo, out: Output): Promise<number> {
  const args = commandArgs(
    { name: 'city', help: CITY_HELP, allowPositionals: true },
    argv,
    valueOptions('level'),
    out,
  );
  if (!args) return 0;
  const { values, positionals } = args;
  if (positionals.length !== 1) {
    throw new UsageError(
      `atlas city: expected one <code|name>, got ${positionals.length ? positionals.map((p) => `'${p}'`).join(' ') : 'none'}`,
    );
  }
  const query = positionals[0]!;
  const level =
    values.level === undefined ? undefined : parseChoice(values.level, '--level', LEVELS, 'city');
  const format = parseFormat(values.format);
  const data = await loadCliData(values.data, io, out);

  const found = findPlace(createNameResolver(data.reference.entities), query, level);
  if (found.kind === 'ambiguous') {
    throw new UsageError(
      `<name>: '${query}' matches ${found.candidates.length} entities; give a code or --level:\n${found.candidates.map((e) => `  ${describeEntity(e)}`).join('\n')}`,
    );
  }
  if (found.kind === 'none') {
    const hint = found.suggestions.length
      ? `; did you mean:\n${found.suggestions.map((e) => `  ${describeEntity(e)}`).join('\n')}`
      : '';
    throw new UsageError(`<name>: no entity named '${query}'${hint}`);
  }
  const { entity, others } = found;
  const records = data.dataset.figures
    .filter((r) => r.code === entity.code || entity.formerCodes.includes(r.code))
    .sort(byYearThenPeriod);
  const sourceById = new Map(data.dataset.sources.map((s) => [s.id as string, s]));
  const sources = citedSources(records)
    .map((id) => sourceById.get(id))
    .filter((s): s is Source => !!s);
  const province =
    entity.provinceCode && entity.provinceCode !== entity.code
      ? data.reference.entities.find((e) => e.code === entity.provinceCode)
      : undefined;

  if (format === 'json') {
    out.line(
      json({
        entity: {
          code: entity.code,
          name_zh: entity.shortZh,
          official_name_zh: entity.nameZh,
          name_en: entity.nameEn,
          level: entity.level,
          province: province
            ? { code: province.code, name_zh: province.shortZh, name_en: province.nameEn }
            : null,
        },
        records: records.map(recordJson),
        sources: sources.map(sourceJson),
      }),
    );
    return 0;
  }
  if (format === 'csv') {
    out.line(
      csvLine([
        'code',
        'name_zh',
        'year',
        'period',
        'measure',
        'value',
        'unit',
        'source_id',
        'confirmed_by',
        'flag',
        'precision',
        'note',
      ]),
    );
    for (const r of records) {
      for (const [m, c] of measuresOf(r)) {
        out.line(
          csvLine([
            entity.code,
            entity.shortZh,
            r.year,
            r.period,
            m,
            c.value,
            unitOf(m),
            c.sourceId,
            c.confirmedBy.join(';'),
            c.flag,
            c.precision,
            c.note,
          ]),
        );
      }
    }
    return 0;
  }
  out.line(
    `${entity.shortZh} ${entity.nameEn} (${entity.nameZh}) — ${entity.level} ${entity.code}${province ? `, ${province.shortZh}` : ''}`,
  );
  if (others.length)
    out.line(`Also named so: ${others.map(describeEntity).join('; ')} (use the code or --level).`);
  out.line(`Data: ${data.origin}.`);
  printTable(out, entity, records, sources);
  return 0;
}
