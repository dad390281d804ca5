import { describe, expect, it } from 'vitest';
import { synthCustomsTable } from './synth';
import { classifyBodyRow, findPeriod, findTable, findUnit, findYear } from './table-detect';

describe('findTable', () => {
  it('finds title rows and a two-row header with merged group labels carried forward', () => {
    const rows = synthCustomsTable({ titleRows: 2 });
    const shape = findTable(rows)!;
    expect(shape.titleRows).toEqual([0, 1]);
    expect(shape.headerRows).toEqual([2, 3]);
    expect(shape.bodyStart).toBe(4);
    expect(shape.headers).toEqual([
      '地区',
      '进出口 金额',
      '进出口 同比%',
      '出口 金额',
      '出口 同比%',
      '进口 金额',
      '进口 同比%',
    ]);
  });

  it('finds a one-row English header with no title', () => {
    const shape = findTable(
      synthCustomsTable({ titleRows: 0, twoRowHeader: false, english: true }),
    )!;
    expect(shape.headerRows).toEqual([0]);
    expect(shape.headers[1]).toBe('Total');
  });

  it('does not take a data row with only missing marks for a header continuation', () => {
    const shape = findTable([
      ['地区', '进出口', '出口'],
      ['拉萨', '—', '—'],
      ['深圳', '1', '2'],
    ])!;
    expect(shape.headerRows).toEqual([0]);
  });

  it('does not carry a plain label over a column that has its own sub-header only', () => {
    const shape = findTable([
      ['地区', '', '进出口', ''],
      ['', '排名', '金额', '同比'],
      ['深圳', '1', '2', '3'],
    ])!;
    expect(shape.headers).toEqual(['地区', '排名', '进出口 金额', '进出口 同比']);
  });

  it('returns null when nothing looks like a header', () => {
    expect(
      findTable([
        ['1', '2'],
        ['3', '4'],
      ]),
    ).toBeNull();
  });
});

describe('classifyBodyRow', () => {
  const header = ['地区', '进出口'];
  it.each([
    [['注：数据为初步统计', ''], 'footnote'],
    [['资料来源：海关', ''], 'footnote'],
    [['Source: customs', ''], 'footnote'],
    [['全省', '100'], 'total'],
    [['广东省合计', '100'], 'total'],
    [['Total', '100'], 'total'],
    [['一、珠三角', ''], 'title'],
    [['', ''], 'blank'],
    [['地区', '进出口'], 'header'],
    [['深圳市', '45000'], 'data'],
  ])('%j → %s', (row, kind) => {
    expect(classifyBodyRow(row, 0, [1], false, header)).toBe(kind);
  });

  it('treats one-cell lines after a footnote as its continuation', () => {
    expect(classifyBodyRow(['2. 增速按可比口径计算', ''], 0, [1], true, header)).toBe('footnote');
  });
});

describe('title facts', () => {
  it.each([
    ['2025年1-12月各市进出口情况（单位：亿元）', '亿元'],
    ['单位：万元', '万元'],
    ['(千美元)', '千美元'],
    ['金额：亿美元', '亿美元'],
    ['Trade by city (100 million yuan)', '亿元'],
    ['Unit: billion yuan', '十亿元'],
    ['USD million', '百万美元'],
    ['单位:元', '元'],
  ])('unit in %s → %s', (text, id) => {
    expect(findUnit(text)).toMatchObject({ unit: { id } });
  });

  it('reports a stated unit it does not know, and ignores 制表单位', () => {
    expect(findUnit('单位：万吨')).toEqual({ unrecognised: '万吨' });
    expect(findUnit('制表单位：统计局')).toBeNull();
    expect(findUnit('单位：%')).toBeNull();
  });

  it('finds years, preferring one followed by 年, never inside a longer number', () => {
    expect(findYear('2025年1-12月')).toBe(2025);
    expect(findYear('trade_20250115 2024年版')).toBe(2024);
    expect(findYear('20250115')).toBeNull();
    expect(findYear('２０２４年')).toBe(2024);
  });

  it.each([
    ['2025年1-12月各市进出口', 'full_year'],
    ['2025年各市进出口', 'full_year'],
    ['2025年1—6月', 'Jan-Jun'],
    ['2025年上半年', 'Jan-Jun'],
    ['2025年前三季度', 'Jan-Sep'],
    ['2025年12月各市进出口', 'Dec'],
    ['January-June 2025', 'Jan-Jun'],
    ['January-December 2025', 'full_year'],
  ])('period of %s → %s', (text, period) => {
    expect(findPeriod(text)).toBe(period);
  });
});
