/**
 * A synthesised bundled dataset for the print specs: every prefecture-level city of the reference
 * tables (resources/reference/entities.json) with a made-up 2024 and 2025 total, so the city
 * ranking is as long as the reference allows (337 rows when this was written; specs read the
 * count from the reference, never a constant). Values fall with the city's position in the
 * reference list, so rank = position + 1 and the top ten are the first ten cities listed.
 * One city is renamed `=HYPERLINK("x")` (a formula a spreadsheet would run) for export checks,
 * one 2025 total is exports + imports (a derived cell) and one is converted from US dollars at
 * a sourced rate; one 2024 → 2025 pair crosses two series (a break in series).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { synthCell, synthDataset, synthRecord, synthSource } from '../core/data';
import { asSourceId, type Entity, type FigureRecord, type ReferenceTables } from '../core/model';

const reference = JSON.parse(
  readFileSync(join(import.meta.dirname, '../resources/reference/entities.json'), 'utf8'),
) as ReferenceTables;

/** Every prefecture-level city of the reference tables, in their order. */
export const PRINT_CITIES: Entity[] = reference.entities.filter((e) => e.level === 'city');

/** 2025 total of the city at position i (亿元), strictly falling so ranks are i + 1. */
export const total2025 = (i: number): number => Math.round(30000 * 0.985 ** i);
const total2024 = (i: number): number => Math.round(28000 * 0.985 ** i);

/** The city whose 2025 total is exports + imports (position 1), and the dollar one (position 2). */
export const DERIVED_AT = 1;
export const USD_AT = 2;
/** The city whose 2024 → 2025 change crosses from the yearbook to a release (position 3). */
export const BREAK_AT = 3;

const YB = 'S201';
const BU = 'S301';

function cityRecords(e: Entity, i: number): FigureRecord[] {
  const t25 = total2025(i);
  const cell2025 =
    i === DERIVED_AT
      ? synthCell(t25, BU, { flag: 'derived', derivation: { kind: 'sum' } })
      : i === USD_AT
        ? synthCell(t25, 'S401', {
            flag: 'derived',
            derivation: {
              kind: 'usd',
              usdValue: t25 / 7.1,
              rate: 7.1,
              rateSourceId: asSourceId('S501'),
              rateKind: 'annual_average',
              usdSum: false,
            },
          })
        : synthCell(t25, BU);
  const values2025 =
    i === DERIVED_AT
      ? { total: cell2025, exports: synthCell(t25 * 0.6, BU), imports: synthCell(t25 * 0.4, BU) }
      : { total: cell2025 };
  return [
    synthRecord(e.code, 2024, { total: synthCell(total2024(i), i === BREAK_AT ? YB : BU) }),
    synthRecord(e.code, 2025, values2025),
  ];
}

/** The city renamed to a formula (position 5: in the top ten, so in the chart too). */
export const FORMULA_AT = 5;
export const FORMULA_NAME = '=HYPERLINK("x")';

/** The reference tables with that one city renamed in every language. */
export const printReference: ReferenceTables = {
  ...reference,
  entities: reference.entities.map((e) =>
    e.code === PRINT_CITIES[FORMULA_AT]!.code
      ? { ...e, nameZh: FORMULA_NAME, shortZh: FORMULA_NAME, nameEn: FORMULA_NAME, aliases: [] }
      : e,
  ),
};

export const printDataset = synthDataset(
  [
    synthRecord('100000', 2024, { total: 4380000 }),
    synthRecord('100000', 2025, { total: 4540000 }),
    ...PRINT_CITIES.flatMap(cityRecords),
  ],
  [
    synthSource('S001', { title: 'Synthesised national release' }),
    synthSource(YB, { title: 'Synthesised city yearbook', series: 'yearbook' }),
    synthSource(BU, { title: 'Synthesised city bulletin', series: 'release' }),
    synthSource('S401', { title: 'Synthesised dollar bulletin', series: 'release' }),
    synthSource('S501', { title: 'Synthesised rate table', publisher: 'Rate publisher' }),
  ],
  [{ year: 2025, cnyPerUsd: 7.1, sourceId: asSourceId('S501'), kind: 'annual_average', note: '' }],
);

/** How many cities the sparse dataset has figures for: the rest of the map is gaps (hatched). */
export const SPARSE_CITIES = 50;

/**
 * The same data for the first cities only, as the bundled data has for its latest years: most of
 * the printed map is hatched "no published figure", the slowest map to draw for paper.
 */
export const sparseMapDataset = synthDataset(
  [
    synthRecord('100000', 2024, { total: 4380000 }),
    synthRecord('100000', 2025, { total: 4540000 }),
    ...PRINT_CITIES.slice(0, SPARSE_CITIES).flatMap(cityRecords),
  ],
  printDataset.sources,
  printDataset.rates,
);
