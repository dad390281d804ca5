import { describe, expect, it } from 'vitest';
import { asAdcode, asSourceId, type Dataset } from '../model';
import { addShareUsage, sourceUsage } from './source-usage';

const S = asSourceId;
const dataset: Dataset = {
  schemaVersion: 1,
  builtFrom: 'test',
  unit: '亿元',
  rates: [],
  dataAsOf: '',
  sources: ['S1', 'S2', 'S3', 'S4'].map((id) => ({
    id: S(id),
    title: id,
    publisher: 'p',
    url: '',
    publishedDate: '',
    kind: 'news_agency' as const,
  })),
  figures: [
    {
      code: asAdcode('440300'),
      year: 2025,
      period: 'full_year',
      cells: {
        total: {
          value: 100,
          sourceId: S('S1'),
          flag: null,
          precision: 'exact',
          note: '',
          confirmedBy: [S('S2')],
          alternates: [
            {
              value: 100,
              sourceId: S('S2'),
              period: 'full_year',
              flag: null,
              note: '',
              status: 'agrees',
            },
            {
              value: 90,
              sourceId: S('S3'),
              period: 'full_year',
              flag: 'conflict',
              note: '',
              status: 'lost',
            },
          ],
        },
      },
      ranks: [],
      gaps: [],
    },
  ],
};

describe('sourceUsage', () => {
  it('records chosen, confirming and alternate roles, and lists unused sources empty', () => {
    const u = sourceUsage(dataset);
    expect(u.get(S('S1'))?.map((x) => x.role)).toEqual(['chosen']);
    expect(u.get(S('S2'))?.map((x) => x.role)).toEqual(['confirms']);
    expect(u.get(S('S3'))?.map((x) => x.role)).toEqual(['alternate']);
    expect(u.get(S('S4'))).toEqual([]);
  });
});

describe('addShareUsage', () => {
  it('adds one share use per entity, year, period and dimension', () => {
    const u = addShareUsage(sourceUsage(dataset), [
      {
        code: asAdcode('440000'),
        year: 2024,
        period: 'full_year',
        dimension: 'partner',
        sourceId: S('S4'),
      },
      {
        code: asAdcode('440000'),
        year: 2024,
        period: 'full_year',
        dimension: 'partner',
        sourceId: S('S4'),
      },
      {
        code: asAdcode('440000'),
        year: 2024,
        period: 'full_year',
        dimension: 'product',
        sourceId: S('S4'),
      },
    ]);
    expect(u.get(S('S4'))?.map((x) => x.measure)).toEqual(['share_partner', 'share_product']);
    expect(u.get(S('S4'))?.every((x) => x.role === 'share')).toBe(true);
  });
});

describe('rate sources', () => {
  it('back the year they give a rate for', () => {
    const withRate = {
      ...dataset,
      rates: [
        {
          year: 2024,
          cnyPerUsd: 7.1,
          sourceId: S('S4'),
          kind: 'annual_average' as const,
          note: '',
        },
      ],
    };
    expect(sourceUsage(withRate).get(S('S4'))).toContainEqual({
      code: '100000',
      year: 2024,
      period: 'full_year',
      measure: 'rate',
      role: 'rate',
    });
  });
});
