/**
 * The kinds of table analysts meet (issue 12), each synthesised by code and read end to end:
 * the exact problems found and the values imported, in 亿元.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
  bytesSource,
  prepareImport,
  problemMessage,
  runImport,
  type ImportInput,
  toUserLayerAdditions,
  type ImportReport,
  rowsToDelimited,
  storedRecord,
  synthEntities,
} from '../../../core/import';
import type { FigureRecord } from '../../../core/model';
import { synthXlsx } from './synth-files';

const entities = synthEntities();
const utf8 = (rows: string[][]) => new TextEncoder().encode(rowsToDelimited(rows));
const run = (input: ImportInput, stored: FigureRecord[] = []) =>
  runImport(input, { entities, dataset: { figures: stored } });
/** [code, year, metric, value] of every figure, in file order. */
const values = (r: ImportReport) => r.figures.map((f) => [f.code, f.year, f.metric, f.value]);
const codes = (r: ImportReport) => r.problems.map((p) => p.code);

describe('row-per-city-and-year tables', () => {
  const header = ['城市', '年份', '进出口总额(亿元)', '出口(亿元)', '进口(亿元)'];
  const rows = [
    header,
    ['深圳', '2024', '44000.1', '26000.1', '18000'],
    ['深圳', '2025', '45000.5', '27000.3', '18000.2'],
    ['广州', '2025年', '10900.5', '6500.4', '4400.1'],
  ];

  it('reads the 年份 column as each row’s year (wide layout)', async () => {
    const report = await run({ fileName: 'cities.csv', bytes: utf8(rows) });
    expect(report.problems).toEqual([]);
    expect(values(report)).toEqual([
      ['440300', 2024, 'total', 44000.1],
      ['440300', 2024, 'exports', 26000.1],
      ['440300', 2024, 'imports', 18000],
      ['440300', 2025, 'total', 45000.5],
      ['440300', 2025, 'exports', 27000.3],
      ['440300', 2025, 'imports', 18000.2],
      ['440100', 2025, 'total', 10900.5],
      ['440100', 2025, 'exports', 6500.4],
      ['440100', 2025, 'imports', 4400.1],
    ]);
  });

  it('reads it in a long layout, next to a year in the title, and with years as columns', async () => {
    const long = await run({
      fileName: 'long.csv',
      bytes: utf8([
        ['城市', '年份', '指标', '数值（亿元）'],
        ['深圳', '2024', '进出口', '44000.1'],
        ['深圳', '2025', '进出口', '45000.5'],
      ]),
    });
    expect(values(long)).toEqual([
      ['440300', 2024, 'total', 44000.1],
      ['440300', 2025, 'total', 45000.5],
    ]);
    const titled = await run({
      fileName: 't.csv',
      bytes: utf8([['2025年各市进出口（亿元）'], ['城市', '进出口'], ['深圳', '45000.5']]),
    });
    expect(values(titled)).toEqual([['440300', 2025, 'total', 45000.5]]);
    const columns = await run({
      fileName: 'c.csv',
      bytes: utf8([
        ['各市进出口（亿元）'],
        ['城市', '2024年进出口', '2025年进出口'],
        ['深圳', '44000.1', '45000.5'],
      ]),
      overrides: { year: 2025 },
    });
    expect(values(columns)).toEqual([['440300', 2025, 'total', 45000.5]]);
  });

  it('says what is missing when a file yields no figure', async () => {
    const undated = await run({
      fileName: 'undated.csv',
      bytes: utf8([
        ['城市', '进出口(亿元)'],
        ['深圳', '45000.5'],
      ]),
    });
    expect(undated.figures).toEqual([]);
    expect(undated.problems.map((p) => [p.severity, p.code])).toEqual([
      ['error', 'year_unknown'],
      ['error', 'no_figures'],
    ]);
    const none = undated.problems.find((p) => p.code === 'no_figures')!;
    expect(none.params).toEqual({ reason: 'no_year', sheet: null });
    expect(problemMessage(none, 'zh-CN', 'undated.csv')).toBe(
      'undated.csv：此文件没有得到任何数值：找不到这些行的年份；请指定年份或加一列“年份”。',
    );
    const badYears = await run({
      fileName: 'bad.csv',
      bytes: utf8([header, ['深圳', '去年', '1', '1', '0']]),
    });
    expect(codes(badYears)).toEqual(['no_figures', 'bad_year']);
    expect(badYears.problems[0]!.params).toEqual({ reason: 'no_year', sheet: null });
  });
});

describe('unit slips against every reference', () => {
  it('same year: 西安 498.79 against the stored 4,987.9', async () => {
    const report = await run(
      {
        fileName: '2025.csv',
        bytes: utf8([['2025年（亿元）'], ['城市', '进出口'], ['西安', '498.79']]),
      },
      [storedRecord('610100', 2025, { total: 4987.9 })],
    );
    const slip = report.problems.find((p) => p.code === 'unit_slip')!;
    expect(slip).toMatchObject({
      severity: 'warning',
      row: 3,
      params: {
        factor: 10,
        to: 4987.9,
        evidence: [{ ref: 'same_year', stored: 4987.9, source: 'S091' }],
      },
      fix: { kind: 'scale', code: '610100', metric: 'total', from: 498.79, to: 4987.9 },
    });
    expect(values(report)).toEqual([['610100', 2025, 'total', 498.79]]);
  });

  it('printed growth: a value whose implied growth disagrees with the growth beside it', async () => {
    // 2024 stored 1,000; printed −70% means ~300, but 3,000 is printed (×10): only the growth
    // tells, since 3,000 is within ×5 of last year.
    const report = await run(
      {
        fileName: '2025.csv',
        bytes: utf8([['2025年（亿元）'], ['城市', '进出口', '同比%'], ['台州', '3000', '-70']]),
      },
      [storedRecord('331000', 2024, { total: 1000 })],
    );
    const slip = report.problems.find((p) => p.code === 'unit_slip')!;
    expect(slip.params).toMatchObject({
      factor: 0.1,
      to: 300,
      evidence: [{ ref: 'printed_growth', printed: -70, implied: 200, year: 2024, stored: 1000 }],
    });
    expect(codes(report)).not.toContain('yoy_mismatch');
  });

  it('share: a city suddenly 10× its usual share of its province', async () => {
    const report = await run(
      {
        fileName: '2025.csv',
        bytes: utf8([['2025年（亿元）'], ['城市', '进出口'], ['深圳', '450005']]),
      },
      [
        storedRecord('440000', 2023, { total: 80000 }),
        storedRecord('440300', 2023, { total: 40000 }),
        storedRecord('440000', 2025, { total: 90000 }),
      ],
    );
    const slip = report.problems.find((p) => p.code === 'unit_slip')!;
    expect(slip.params).toMatchObject({ factor: 0.1, to: 45000.5 });
    expect(slip.params).toMatchObject({
      evidence: [{ ref: 'share', parent: { code: '440000' }, usual: 50, usualYear: 2023 }],
    });
    expect(problemMessage(slip, 'en', null)).toContain(
      'it would be 500.0% of Guangdong (广东), against a usual 50.0% (2023)',
    );
  });

  it('the file’s own totals row: the members add up only after the fix', async () => {
    const report = await run({
      fileName: '2025.csv',
      bytes: utf8([
        ['2025年广东各市（亿元）'],
        ['城市', '进出口'],
        ['全省合计', '69000'],
        ['深圳', '45000'],
        ['广州', '1100'],
        ['东莞', '13000'],
      ]),
    });
    const slip = report.problems.find((p) => p.code === 'unit_slip')!;
    expect(slip).toMatchObject({ row: 5, params: { factor: 10, to: 11000 } });
    expect(slip.params).toMatchObject({
      evidence: [{ ref: 'total_row', row: 3, total: 69000, sum: 59100, fixedSum: 69000 }],
    });
  });
});

describe('totals rows at three levels', () => {
  it('全国 over provinces, 全省合计 over cities, 全市合计 over county-level cities', async () => {
    const national = await run({
      fileName: '2025各省.csv',
      bytes: utf8([
        ['2025年各省进出口（亿元）'],
        ['地区', '进出口'],
        ['全国', '100000'],
        ['广东', '60000'],
        ['浙江', '30000'],
        ['陕西', '5000'],
      ]),
    });
    expect(values(national)).toEqual([
      ['440000', 2025, 'total', 60000],
      ['330000', 2025, 'total', 30000],
      ['610000', 2025, 'total', 5000],
      ['100000', 2025, 'total', 100000],
    ]);
    const sum = national.problems.find((p) => p.code === 'total_row_sum')!;
    expect(sum).toMatchObject({
      severity: 'info',
      row: 3,
      params: { sum: 95000, difference: 5000, pct: 5, members: 3, memberLevel: 'province' },
    });

    const province = await run({
      fileName: '2025广东.csv',
      bytes: utf8([
        ['2025年广东各市（亿元）'],
        ['城市', '进出口'],
        ['深圳', '45000'],
        ['广州', '11000'],
        ['东莞', '13000'],
        ['全省合计', '80000'],
      ]),
    });
    expect(province.figures.at(-1)).toMatchObject({
      code: '440000',
      value: 80000,
      from_total_row: true,
      row: 6,
    });
    expect(province.figures[0]).toMatchObject({ code: '440300', total_row: 6 });
    expect(province.problems.find((p) => p.code === 'total_row_sum')).toMatchObject({
      severity: 'warning',
      params: { sum: 69000, difference: 11000, members: 3, memberLevel: 'city' },
    });

    const city = await run({
      fileName: '2025金华.csv',
      bytes: utf8([
        ['2025年金华各县市（亿元）'],
        ['地区', '进出口'],
        ['全市合计', '6000'],
        ['义乌', '5000'],
        ['东阳', '500'],
        ['永康', '480'],
      ]),
    });
    expect(values(city).at(-1)).toEqual(['330700', 2025, 'total', 6000]);
    expect(city.problems.find((p) => p.code === 'total_row_sum')).toMatchObject({
      severity: 'info',
      params: { sum: 5980, members: 3, memberLevel: 'county_city' },
    });
    expect(
      problemMessage(
        city.problems.find((p) => p.code === 'total_row_sum')!,
        'zh-CN',
        null,
      ),
    ).toBe(
      '第 3 行 B 列（进出口）：3 个县级市的进出口合计为 5,980；合计行（金华）为 6,000（相差 20，0.3%）。',
    );
  });
});

describe('encodings and workbooks', () => {
  it('GBK: a city-year table without a BOM reads as GB18030', async () => {
    const text = rowsToDelimited([
      ['城市', '年份', '进出口总额(万元)'],
      ['深圳市', '2025', '450005000'],
    ]);
    const report = await run({
      fileName: 'gbk.csv',
      bytes: new Uint8Array(iconv.encode(text, 'gbk')),
    });
    expect(report.encoding).toBe('gb18030');
    expect(report.problems).toEqual([]);
    expect(values(report)).toEqual([['440300', 2025, 'total', 45000.5]]);
  });

  it('merged xlsx headers: labels follow the merged ranges, values in 亿元', async () => {
    const bytes = await synthXlsx({ merged: true, titleRows: 2, unit: '万元', scale: 10000 });
    const prepared = await prepareImport(
      bytesSource(bytes),
      '2025.xlsx',
      { overrides: {}, fixes: [], recipe: null },
      { entities, dataset: null },
    );
    const report = prepared.report!;
    expect(report.mapping.columns.map((c) => c.header)).toEqual([
      '地区',
      '进出口 金额',
      '进出口 同比%',
      '出口 金额',
      '出口 同比%',
      '进口 金额',
      '进口 同比%',
    ]);
    expect(report.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    expect(values(report).slice(0, 3)).toEqual([
      ['440300', 2025, 'total', 45000.5],
      ['440300', 2025, 'exports', 27000.3],
      ['440300', 2025, 'imports', 18000.2],
    ]);
  });
});

describe('USD tables', () => {
  it('亿美元 / 万美元 / 千美元 headers: figures kept in USD, a 亿元 cell only at a published rate', async () => {
    const report = await run({
      fileName: 'usd.csv',
      bytes: utf8([
        ['城市', '年份', '进出口总额(万美元)', '出口(千美元)'],
        ['深圳', '2025', '64000000', '38000000'],
        ['深圳', '2026', '65000000', ''],
      ]),
    });
    expect(report.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    expect(report.figures.map((f) => [f.year, f.metric, f.value, f.currency])).toEqual([
      [2025, 'total', 6400, 'USD'],
      [2025, 'exports', 380, 'USD'],
      [2026, 'total', 6500, 'USD'],
    ]);
    const rate = {
      year: 2025,
      cnyPerUsd: 7.1551,
      sourceId: 'S589' as never,
      kind: 'implied' as const,
      note: '',
    };
    const additions = toUserLayerAdditions(
      report.figures,
      { fileName: 'usd.csv', checksum: 'c'.repeat(64), importedOn: '2026-12-05' },
      { figures: [], rates: [rate] },
    );
    const y2025 = additions.figures.find((r) => r.year === 2025)!;
    expect(y2025.usd!.total!.value).toBe(6400);
    // 6400 亿美元 × 7.1551 = 45792.64 亿元, derived and saying at which rate.
    expect(y2025.cells.total).toMatchObject({
      value: 45792.64,
      flag: 'derived',
      derivation: { kind: 'usd', usdValue: 6400, rate: 7.1551, rateSourceId: 'S589' },
    });
    expect(additions.figures.find((r) => r.year === 2026)!.cells.total).toBeUndefined();
  });
});
