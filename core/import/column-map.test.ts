import { describe, expect, it } from 'vitest';
import { classifyHeader, classifyIndicator, proposeMapping } from './column-map';
import { problemMessage, problemText } from './problem-text';

const base = { file: 't.csv', body: [['深圳', '1', '2']], headerRow: 3, year: 2025, titleText: '' };

describe('classifyHeader', () => {
  it.each([
    ['地区', 'name'],
    ['城市名称', 'name'],
    ['City', 'name'],
    ['行政区划代码', 'code'],
    ['进出口 金额', 'total'],
    ['进出口总值(亿元)', 'total'],
    ['进出口 同比%', 'total_yoy'],
    ['出口 比上年增长(%)', 'exports_yoy'],
    ['进口', 'imports'],
    ['Imports and exports', 'total'],
    ['Exports YoY %', 'exports_yoy'],
    ['Total trade value', 'total'],
    ['出口 比重%', 'ignore'],
    ['排名', 'rank'],
    ['序号', 'ignore'],
    ['上年同期 进出口', 'ignore'],
    ['2024年 进出口', 'ignore'],
    ['2025年 进出口', 'total'],
    ['指标', 'indicator'],
    ['数值', 'value'],
    ['年份', 'year'],
  ])('%s → %s', (header, field) => {
    expect(classifyHeader(header, 2025)).toBe(field);
  });

  it('maps long-layout indicators', () => {
    expect(classifyIndicator('进出口总额')).toEqual({ metric: 'total', growth: false });
    expect(classifyIndicator('出口同比增长')).toEqual({ metric: 'exports', growth: true });
    expect(classifyIndicator('利用外资')).toBeNull();
  });
});

describe('proposeMapping', () => {
  it('detects a long layout', () => {
    const { mapping, problems } = proposeMapping({
      ...base,
      headers: ['城市', '指标', '数值', '年份'],
    });
    expect(mapping.layout).toBe('long');
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('applies overrides by letter, number and header text, and rejects unknown ones', () => {
    const { mapping, problems } = proposeMapping({
      ...base,
      headers: ['地区', 'A值', 'B值', '其他'],
      overrides: { B: 'total', '3': 'exports', 其他: 'skip', Z: 'total', D: 'banana' },
    });
    expect(mapping.columns.map((c) => c.field)).toEqual(['name', 'total', 'exports', 'ignore']);
    expect(mapping.columns[1]!.via).toBe('override');
    expect(problems.map((p) => problemText(p, 'en'))).toEqual([
      expect.stringContaining('cannot apply --map Z=total: column "Z" is not in the table'),
      expect.stringContaining('"banana" is not a field'),
    ]);
  });

  it('guesses the name column from text content and the measure from the title', () => {
    const { mapping, problems } = proposeMapping({
      ...base,
      headers: ['', '金额', '同比'],
      titleText: '2025年各市出口情况',
    });
    expect(mapping.columns.map((c) => c.field)).toEqual(['name', 'exports', 'exports_yoy']);
    expect(problems.map((p) => p.code).sort()).toEqual([
      'name_column_guessed',
      'value_column_guessed',
      'value_column_guessed',
    ]);
  });

  it('keeps the first of two columns with the same field and warns', () => {
    const { mapping, problems } = proposeMapping({
      ...base,
      headers: ['地区', '进出口', '进出口总额'],
    });
    expect(mapping.columns[2]!.field).toBe('ignore');
    expect(problems[0]).toMatchObject({ code: 'duplicate_field', row: 3, column: '进出口总额' });
  });

  it('reports missing name and value columns as errors naming the header row', () => {
    const { problems } = proposeMapping({ ...base, body: [['1', '2']], headers: ['备注', '说明'] });
    expect(problems.map((p) => p.code)).toEqual(['missing_name_column', 'missing_value_columns']);
    expect(problemMessage(problems[0]!, 'en', 't.csv')).toMatch(
      /^t\.csv, row 3: no column with city names/,
    );
    expect(problemMessage(problems[0]!, 'zh-CN', 't.csv')).toMatch(
      /^t\.csv 第 3 行：没有城市名称或代码列/,
    );
  });

  it("reads a bare growth column after an amount as that amount's growth", () => {
    const { mapping, problems } = proposeMapping({
      ...base,
      headers: ['城市', '进出口(亿元)', '比上年增长(%)', '出口(亿元)', '比上年增长(%)'],
    });
    expect(mapping.columns.map((c) => c.field)).toEqual([
      'name',
      'total',
      'total_yoy',
      'exports',
      'exports_yoy',
    ]);
    expect(problems.map((p) => [p.code, p.params])).toEqual([
      ['growth_column_guessed', { field: 'total_yoy', after: 'B' }],
      ['growth_column_guessed', { field: 'exports_yoy', after: 'D' }],
    ]);
  });
});
