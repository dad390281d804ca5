import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Flag, Precision, RankScope, SourceKind } from '../model';
import { asAdcode, asSourceId } from '../model';
import type { FigureRow, SourceFacts } from './precedence';
import { resolveCell, resolveRank, resolveRecord, resolveRecords } from './precedence';
import { agreeWithinRounding, printedResolution } from './rounding';

// Synthesised fixtures: invented cities, sources and values, not copied from the bundled data.
const CITY = asAdcode('990100');

interface RowSpec {
  source: string;
  total?: number;
  exports?: number;
  totalYoy?: number;
  precision?: Precision;
  period?: string;
  flag?: Flag;
  rank?: [number, RankScope];
  code?: string;
  year?: number;
}

function row(spec: RowSpec): FigureRow {
  const values: FigureRow['values'] = {};
  const precision: FigureRow['precision'] = {};
  if (spec.total !== undefined) {
    values.total = spec.total;
    precision.total = spec.precision ?? 'exact';
  }
  if (spec.exports !== undefined) {
    values.exports = spec.exports;
    precision.exports = spec.precision ?? 'exact';
  }
  if (spec.totalYoy !== undefined) values.total_yoy = spec.totalYoy;
  return {
    code: asAdcode(spec.code ?? CITY),
    year: spec.year ?? 2030,
    period: spec.period ?? 'full_year',
    values,
    precision,
    rank: spec.rank ? { rank: spec.rank[0], scope: spec.rank[1] } : null,
    sourceId: asSourceId(spec.source),
    flag: spec.flag ?? null,
    note: `note of ${spec.source}`,
  };
}

function sources(...list: [string, SourceKind, string?][]): Map<string, SourceFacts> {
  return new Map(list.map(([id, kind, date]) => [id, { kind, publishedDate: date ?? '' }]));
}

const NEWS = sources(['X1', 'news_repost'], ['X2', 'news_repost'], ['X3', 'news_repost']);

describe('printed resolution and agreement (rule 3)', () => {
  it('infers the resolution of rounded values from trailing zeros in 亿', () => {
    expect(printedResolution(45500, 'rounded')).toBe(100); // "4.55万亿"
    expect(printedResolution(5800, 'rounded')).toBe(100); // "580 billion", read coarsely
    expect(printedResolution(5880, 'rounded')).toBe(10); // "588 billion"
    expect(printedResolution(12.5, 'rounded')).toBeCloseTo(0.1);
  });

  it('takes the last printed decimal for exact values and percentages', () => {
    expect(printedResolution(10508.6, 'exact')).toBeCloseTo(0.1);
    expect(printedResolution(1265, 'exact')).toBe(1);
    expect(printedResolution(8000, 'exact')).toBe(1);
    expect(printedResolution(10135.57, 'exact')).toBeCloseTo(0.01);
    expect(printedResolution(13, null)).toBe(1);
  });

  it('agrees when the finer value rounds to the coarser one', () => {
    const at = (value: number, p: Precision) => ({
      value,
      resolution: printedResolution(value, p),
    });
    expect(agreeWithinRounding(at(10500, 'rounded'), at(10508.6, 'exact'))).toBe(true);
    expect(agreeWithinRounding(at(10500, 'rounded'), at(10550, 'exact'))).toBe(true); // half rounds
    expect(agreeWithinRounding(at(10500, 'rounded'), at(10551, 'exact'))).toBe(false);
    expect(agreeWithinRounding(at(3100, 'rounded'), at(3200, 'rounded'))).toBe(false);
    expect(agreeWithinRounding(at(7204, 'exact'), at(7203.7, 'exact'))).toBe(true);
    expect(agreeWithinRounding(at(7203.6, 'exact'), at(7203.7, 'exact'))).toBe(false);
  });
});

describe('resolveCell', () => {
  it('rule 0: drops not_comparable rows but shows them as excluded alternates', () => {
    const rows = [
      row({ source: 'X1', total: 90000, precision: 'rounded', flag: 'not_comparable' }),
      row({ source: 'X2', total: 3000.5 }),
    ];
    const cell = resolveCell(rows, 'total', NEWS)!;
    expect(cell.value).toBe(3000.5);
    expect(cell.alternates).toEqual([
      expect.objectContaining({ sourceId: 'X1', value: 90000, status: 'excluded' }),
    ]);
  });

  it('rule 0: a measure printed only by not_comparable rows has no cell', () => {
    const rows = [row({ source: 'X1', total: 90000, flag: 'not_comparable' })];
    expect(resolveCell(rows, 'total', NEWS)).toBeNull();
    expect(resolveRecord(rows, NEWS).gaps.map((g) => g.sourceId)).toEqual(['X1']);
  });

  it('rule 1: a full-year value beats a partial-period one, even from a weaker source', () => {
    const src = sources(['OFF', 'official_release'], ['BLOG', 'blog_or_qa']);
    const rows = [
      row({ source: 'OFF', total: 1500, period: 'Jan-Jun' }),
      row({ source: 'BLOG', total: 3100 }),
    ];
    const cell = resolveCell(rows, 'total', src)!;
    expect(cell).toMatchObject({ value: 3100, sourceId: 'BLOG' });
    expect(cell.alternates[0]).toMatchObject({
      sourceId: 'OFF',
      period: 'Jan-Jun',
      status: 'lost',
    });
  });

  it('rule 2: year_doubtful and unit_slip rows lose to unflagged rows', () => {
    const src = sources(['OFF', 'official_release'], ['BLOG', 'blog_or_qa']);
    const rows = [
      row({ source: 'OFF', total: 2222, flag: 'year_doubtful', totalYoy: 4 }),
      row({ source: 'BLOG', total: 2000, totalYoy: 4 }),
    ];
    expect(resolveCell(rows, 'total', src)).toMatchObject({ value: 2000, sourceId: 'BLOG' });
    // An agreeing row of a demoted tier is shown as agreeing but does not count as confirmation.
    const yoy = resolveCell(rows, 'total_yoy', src)!;
    expect(yoy).toMatchObject({ sourceId: 'BLOG', confirmedBy: [] });
    expect(yoy.alternates[0]).toMatchObject({ sourceId: 'OFF', status: 'agrees' });
  });

  it('rule 2: a demoted row still gives the value when it is the only candidate', () => {
    const rows = [row({ source: 'X1', total: 1700.1, flag: 'year_doubtful' })];
    expect(resolveCell(rows, 'total', NEWS)).toMatchObject({
      value: 1700.1,
      flag: 'year_doubtful',
    });
  });

  it('rule 3: rounded and exact values that agree are one figure cited by its exact value', () => {
    const src = sources(
      ['OFF', 'official_release'],
      ['REPOST', 'news_repost'],
      ['BLOG', 'blog_or_qa'],
    );
    const rows = [
      row({ source: 'OFF', total: 7300, precision: 'rounded' }),
      row({ source: 'BLOG', total: 7288.4 }),
      row({ source: 'REPOST', total: 7288.4 }),
    ];
    const cell = resolveCell(rows, 'total', src)!;
    expect(cell).toMatchObject({ value: 7288.4, sourceId: 'REPOST', precision: 'exact' });
    expect(cell.confirmedBy).toEqual(['OFF', 'BLOG']);
    expect(cell.alternates.map((a) => a.status)).toEqual(['agrees', 'agrees']);
  });

  it('rule 3: a rounded value that does not cover the exact one is a different figure', () => {
    const src = sources(['OFF', 'official_release'], ['REPOST', 'news_repost']);
    const rows = [
      row({ source: 'OFF', total: 7400, precision: 'rounded' }),
      row({ source: 'REPOST', total: 7288.4 }),
    ];
    const cell = resolveCell(rows, 'total', src)!;
    expect(cell).toMatchObject({ value: 7400, sourceId: 'OFF', confirmedBy: [] });
    expect(cell.alternates[0]).toMatchObject({ sourceId: 'REPOST', status: 'lost' });
  });

  it('rules 4–6 compare whole figures: an exact value confirmed by an official source', () => {
    const src = sources(
      ['OFF1', 'official_release', '2031-02-01'],
      ['OFF2', 'official_release', '2031-01-01'],
      ['REPOST', 'news_repost', '2031-01-15'],
    );
    const rows = [
      row({ source: 'OFF1', total: 7300, precision: 'rounded' }),
      row({ source: 'REPOST', total: 7288.4 }),
      row({ source: 'OFF2', total: 7400 }),
    ];
    // 7288.4 (repost) + 7300 (official) is one official, exact figure, published later than 7400.
    expect(resolveCell(rows, 'total', src)).toMatchObject({ value: 7288.4, confirmedBy: ['OFF1'] });
  });

  it('rule 4: source kind decides between disagreeing figures', () => {
    const src = sources(
      ['A', 'news_agency'],
      ['R', 'news_repost'],
      ['P', 'research_paper'],
      ['B', 'blog_or_qa'],
      ['O', 'other'],
    );
    const pick = (...ids: string[]) =>
      resolveCell(
        ids.map((id, i) => row({ source: id, total: 100 + i })),
        'total',
        src,
      )!.sourceId;
    expect(pick('R', 'A')).toBe('A');
    expect(pick('P', 'R')).toBe('R');
    expect(pick('B', 'P')).toBe('P');
    expect(pick('O', 'B')).toBe('B');
  });

  it('rule 5: exact beats rounded when kinds tie', () => {
    const rows = [
      row({ source: 'X1', total: 6100, precision: 'rounded' }),
      row({ source: 'X2', total: 6234.5 }),
    ];
    expect(resolveCell(rows, 'total', NEWS)!.sourceId).toBe('X2');
  });

  it('rule 6: the latest published date wins; blank is oldest; then the lowest id', () => {
    const dated = sources(
      ['X1', 'news_repost', '2031-01-20'],
      ['X2', 'news_repost', '2031-09-01'],
      ['X3', 'news_repost', ''],
    );
    const rows = [
      row({ source: 'X3', total: 301 }),
      row({ source: 'X1', total: 302 }),
      row({ source: 'X2', total: 303 }),
    ];
    const cell = resolveCell(rows, 'total', dated)!;
    expect(cell.sourceId).toBe('X2');
    expect(cell.alternates.map((a) => a.sourceId)).toEqual(['X1', 'X3']);
    const undated = [row({ source: 'X2', total: 401 }), row({ source: 'X1', total: 402 })];
    expect(resolveCell(undated, 'total', NEWS)!.sourceId).toBe('X1');
  });

  it('never averages: the chosen value is always one of the printed values', () => {
    const kinds: SourceKind[] = ['official_release', 'news_agency', 'news_repost', 'blog_or_qa'];
    const rowArb = fc.record({
      value: fc.integer({ min: 1, max: 99999 }).map((n) => n / 10),
      rounded: fc.boolean(),
      kind: fc.constantFrom(...kinds),
      flag: fc.constantFrom<Flag | undefined>(undefined, 'conflict', 'year_doubtful'),
    });
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 6 }), (specs) => {
        const src = new Map(specs.map((s, i) => [`Z${i}`, { kind: s.kind, publishedDate: '' }]));
        const rows = specs.map((s, i) =>
          row({
            source: `Z${i}`,
            total: s.rounded ? Math.round(s.value / 100) * 100 || 100 : s.value,
            precision: s.rounded ? 'rounded' : 'exact',
            flag: s.flag,
          }),
        );
        const cell = resolveCell(rows, 'total', src)!;
        expect(rows.map((r) => r.values.total)).toContain(cell.value);
        expect(cell.alternates).toHaveLength(rows.length - 1);
      }),
    );
  });
});

describe('resolveRank', () => {
  it('chooses within one scope; equal ranks agree, different ones lose', () => {
    const rows = [
      row({ source: 'X1', rank: [5, 'national_city'] }),
      row({ source: 'X2', rank: [5, 'national_city'] }),
      row({ source: 'X3', rank: [6, 'national_city'] }),
      row({ source: 'X3', rank: [2, 'in_province'] }),
    ];
    const rank = resolveRank(rows, 'national_city', NEWS)!;
    expect(rank).toMatchObject({ rank: 5, sourceId: 'X1', scope: 'national_city' });
    expect(rank.alternates.map((a) => [a.sourceId, a.status])).toEqual([
      ['X2', 'agrees'],
      ['X3', 'lost'],
    ]);
    expect(resolveRank(rows, 'in_province', NEWS)).toMatchObject({ rank: 2, sourceId: 'X3' });
    expect(resolveRank(rows, 'national_province', NEWS)).toBeNull();
  });
});

describe('resolveRecord / resolveRecords', () => {
  it('turns value-less rows and unit slips into gap notes, and shows the withheld total', () => {
    const rows = [
      row({ source: 'X1', total: 888.8, totalYoy: 12 }),
      row({ source: 'X2', flag: 'unit_slip' }),
      row({ source: 'X3' }),
      row({ source: 'X2', rank: [3, 'in_province'] }),
    ];
    const record = resolveRecord(rows, NEWS);
    expect(record.gaps.map((g) => [g.sourceId, g.flag])).toEqual([
      ['X2', 'unit_slip'],
      ['X3', null],
    ]);
    expect(record.cells.total!.alternates).toEqual([
      expect.objectContaining({ sourceId: 'X2', value: null, status: 'excluded' }),
    ]);
    expect(record.ranks).toHaveLength(1);
  });

  it('keeps each period as its own record, sorted by code, year and full_year first', () => {
    const rows = [
      row({ source: 'X1', total: 10, period: 'Jan-Jun', year: 2031 }),
      row({ source: 'X2', total: 30, year: 2031 }),
      row({ source: 'X3', total: 5, year: 2030, code: '990200' }),
      row({ source: 'X1', total: 20, year: 2030 }),
    ];
    const keys = resolveRecords(rows, NEWS).map((r) => `${r.code} ${r.year} ${r.period}`);
    expect(keys).toEqual([
      '990100 2030 full_year',
      '990100 2031 full_year',
      '990100 2031 Jan-Jun',
      '990200 2030 full_year',
    ]);
  });

  it('fails loudly on an unknown source', () => {
    expect(() => resolveRecord([row({ source: 'NOPE', total: 1 })], NEWS)).toThrow(/NOPE/);
  });
});
