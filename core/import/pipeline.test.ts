import { describe, expect, it } from 'vitest';
import { asAdcode } from '../model';
import {
  applyFix,
  problemMessage,
  runImport,
  toUserLayerAdditions,
  type ImportProblem,
} from './index';
import {
  SYNTH_CITIES,
  rowsToDelimited,
  synthCustomsTable,
  synthDataset,
  synthEntities,
} from './synth';

const context = { entities: synthEntities(), dataset: synthDataset() };
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const csv = (rows: string[][]): Uint8Array => utf8(rowsToDelimited(rows));
const en = (p: ImportProblem, file: string | null = null) => problemMessage(p, 'en', file);

describe('runImport', () => {
  it('imports a customs table: title, two-row header, totals and footnotes', async () => {
    const report = await runImport(
      {
        fileName: '各市.csv',
        bytes: csv(synthCustomsTable({ titleRows: 2, totalsRow: true, footnotes: true })),
      },
      context,
    );
    expect(report).toMatchObject({
      file: '各市.csv',
      encoding: 'utf-8',
      year: 2025,
      period: 'full_year',
      unit: '亿元',
      layout: 'wide',
      rows_read: 10,
    });
    expect(report.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    // 全省合计 over 深圳, 东莞, 广州 (广东) but also 义乌, 西安… is no one province's total.
    expect(report.problems.find((p) => p.code === 'total_row_unplaced')!.row).toBe(12);
    const shenzhen = report.figures.filter((f) => f.code === '440300');
    expect(shenzhen.map((f) => [f.metric, f.value, f.yoy_pct])).toEqual([
      ['total', 45000.5, 3.1],
      ['exports', 27000.3, null],
      ['imports', 18000.2, null],
    ]);
    expect(report.figures.find((f) => f.code === '330782')!.level).toBe('county_city');
    expect(report.preview.map((r) => r.kind).slice(0, 5)).toEqual([
      'title',
      'title',
      'header',
      'header',
      'data',
    ]);
  });

  it("converts 万元 to 亿元 and reads English tables with Xi'an spellings", async () => {
    const wan = await runImport(
      { fileName: 'w.csv', bytes: csv(synthCustomsTable({ unit: '万元', scale: 10000 })) },
      context,
    );
    expect(wan.figures.find((f) => f.code === '440300' && f.metric === 'total')!.value).toBe(
      45000.5,
    );
    const english = await runImport(
      {
        fileName: 'en-2025.csv',
        bytes: csv(
          synthCustomsTable({ english: true, nameStyle: 'english', unit: '100 million yuan' }),
        ),
      },
      context,
    );
    expect(english.figures.some((f) => f.code === '610100')).toBe(true);
    expect(en(english.problems.find((p) => p.code === 'ambiguous_name')!)).toContain('Taizhou');
  });

  it('reads USD tables in dollars: no rate is asked for or assumed', async () => {
    const rows = synthCustomsTable({ unit: '亿美元' });
    const usd = await runImport({ fileName: 'usd.csv', rows }, { ...context, dataset: null });
    expect(usd.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(usd.figures.find((f) => f.code === '440300' && f.metric === 'total')).toMatchObject({
      value: 45000.5,
      currency: 'USD',
    });
  });

  it('reads a long layout with a year column', async () => {
    const rows = [
      ['城市', '指标', '数值', '年份'],
      ['深圳', '进出口总额', '45000.5', '2025'],
      ['深圳', '出口', '27000.3', '2025'],
      ['深圳', '进出口同比', '3.1', '2025'],
    ];
    const report = await runImport(
      { fileName: 'long.csv', rows, overrides: { unit: '亿元' } },
      context,
    );
    expect(report.layout).toBe('long');
    expect(report.figures.map((f) => [f.metric, f.value, f.yoy_pct, f.year])).toEqual([
      ['total', 45000.5, 3.1, 2025],
      ['exports', 27000.3, null, 2025],
    ]);
  });

  it('stores partial-year tables with their period and says so', async () => {
    const report = await runImport(
      { fileName: 'h1.csv', rows: synthCustomsTable({ period: '1-6月' }) },
      { ...context, dataset: null },
    );
    expect(report.period).toBe('Jan-Jun');
    expect(report.figures[0]!.period).toBe('Jan-Jun');
    expect(report.problems.map((p) => p.code)).toContain('partial_period');
  });

  it('applies overrides for year, unit and aliases', async () => {
    const rows = synthCustomsTable({ unit: null, year: 2025 }).map((r) =>
      r.map((c) => (c === '深圳市' ? '鹏城' : c)),
    );
    const report = await runImport(
      {
        fileName: 'x.csv',
        rows,
        overrides: {
          year: 2024,
          unit: '亿元',
          aliases: [{ alias: '鹏城', code: asAdcode('440300') }],
        },
      },
      { ...context, dataset: null },
    );
    expect(report.year).toBe(2024);
    expect(report.figures.some((f) => f.code === '440300' && f.year === 2024)).toBe(true);
  });
});

describe('runImport on workbooks and large files', () => {
  it('picks the first sheet that holds a table, unless one is named', async () => {
    const sheets = [
      { name: '说明', rows: [['注：本表由统计局编制']] },
      { name: '2025', rows: synthCustomsTable() },
    ];
    expect((await runImport({ fileName: 'book.xlsx', sheets }, context)).sheet).toBe('2025');
    const named = await runImport({ fileName: 'book.xlsx', sheets, sheetName: '说明' }, context);
    expect(named.problems[0]).toMatchObject({ code: 'no_header' });
  });

  it('caps repeated problems and summarises the rest', async () => {
    const rows = synthCustomsTable();
    for (let i = 0; i < 250; i++) rows.push(['深圳市', 'n/a?', '', '', '', '', '']);
    const report = await runImport({ fileName: 'many.csv', rows }, context);
    const notNumbers = report.problems.filter((p) => p.code === 'not_a_number');
    expect(notNumbers).toHaveLength(100);
    const more = report.problems.find((p) => p.code === 'more_problems')!;
    expect(more).toMatchObject({ row: 111, params: { of: 'not_a_number', count: 150 } });
    expect(en(more, 'many.csv')).toBe('many.csv, row 111: …and 150 more like the above.');
  });
});

describe('applyFix and toUserLayerAdditions', () => {
  const cities = SYNTH_CITIES.map((c) =>
    c.zh === '西安' ? { ...c, exports: 300.0, imports: 198.79 } : c,
  );
  const reportOf = () =>
    runImport({ fileName: '2025.csv', rows: synthCustomsTable({ cities }) }, context);

  it('offers and applies the unit-slip fix', async () => {
    const report = await reportOf();
    const problem = report.problems.find(
      (p) => p.code === 'unit_slip' && p.fix?.kind === 'scale' && p.fix.metric === 'total',
    )!;
    expect(problem.fix).toMatchObject({ code: '610100', factor: 10, from: 498.79, to: 4987.9 });
    if (problem.fix?.kind !== 'scale') throw new Error('expected a scale fix');
    const fixed = applyFix(report, problem.fix);
    expect(fixed.figures.find((f) => f.code === '610100' && f.metric === 'total')!.value).toBe(
      4987.9,
    );
    expect(fixed.problems.some((p) => p.fix === problem.fix)).toBe(false);
    expect(fixed.problems.at(-1)).toMatchObject({ code: 'fix_applied' });
    expect(en(applyFix(fixed, problem.fix).problems.at(-1)!)).toContain('was not applied');
  });

  it('turns figures into FigureRecords with a user_import Source named after the file', async () => {
    const report = await reportOf();
    const { source, figures } = toUserLayerAdditions(report.figures, {
      fileName: '2025.csv',
      checksum: 'abcdef0123456789',
      importedOn: '2026-02-01',
    });
    expect(source).toEqual({
      id: 'Uabcdef012345',
      title: '2025.csv',
      publisher: '2025.csv',
      url: '',
      publishedDate: '2026-02-01',
      kind: 'user_import',
      checksum: 'abcdef0123456789',
    });
    const shenzhen = figures.find((r) => r.code === '440300')!;
    expect(shenzhen).toMatchObject({ year: 2025, period: 'full_year', ranks: [], gaps: [] });
    expect(shenzhen.cells.total).toMatchObject({
      value: 45000.5,
      sourceId: 'Uabcdef012345',
      precision: 'exact',
      note: '2025.csv, row 4',
    });
    expect(shenzhen.cells.total_yoy!.value).toBe(3.1);
  });
});
