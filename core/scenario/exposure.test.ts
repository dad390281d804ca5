import { describe, expect, it } from 'vitest';
import { asAdcode, asSourceId } from '../model';
import { buildExposureProfiles, type ExposureInput } from './exposure';
import { applyShareOverrides } from './residual';
import { compareCandidates, periodMonths, type ShareCandidate } from './share-selection';
import type { ExposureProfile } from './types';

const CITY = asAdcode('340700');
const PROVINCE = asAdcode('340000');
const NATION = asAdcode('100000');

function row(over: Partial<ShareCandidate>): ShareCandidate {
  return {
    code: CITY,
    dimension: 'partner',
    basis: 'total',
    category: 'us',
    pct: 10,
    year: 2024,
    period: 'full_year',
    sourceId: asSourceId('S010'),
    sourceKind: 'news_agency',
    publishedDate: '',
    flag: null,
    derived: false,
    label: 'label',
    ...over,
  };
}

function build(candidates: ShareCandidate[], over: Partial<ExposureInput> = {}, year = 2025) {
  return buildExposureProfiles({ candidates, codes: [CITY], askUser: [], ...over }, year);
}

const shareOf = (p: ExposureProfile | undefined, dimension: string, category: string) =>
  p?.dimensions.find((d) => d.dimension === dimension)?.shares.find((s) => s.category === category);

describe('share selection', () => {
  it('counts months of a period', () => {
    expect([
      periodMonths('full_year'),
      periodMonths('Jan-Jul'),
      periodMonths('unspecified'),
    ]).toEqual([12, 7, 0]);
  });

  it('prefers latest year, then longer period, then no year_doubtful, then published, then kind', () => {
    const base = row({});
    const better = (a: Partial<ShareCandidate>, b: Partial<ShareCandidate>) =>
      compareCandidates(row(a), row(b)) < 0;
    expect(better({ year: 2024, period: 'Jan-Mar' }, { year: 2023, period: 'full_year' })).toBe(
      true,
    );
    expect(better({ period: 'Jan-Nov' }, { period: 'Jan-Jul' })).toBe(true);
    expect(better({ flag: null }, { flag: 'year_doubtful' })).toBe(true);
    expect(better({ derived: false }, { derived: true })).toBe(true);
    expect(better({ sourceKind: 'official_release' }, { sourceKind: 'news_repost' })).toBe(true);
    expect(compareCandidates(base, base)).toBe(0);
  });

  it('ignores rows after the base year and not_comparable rows', () => {
    const profiles = build(
      [
        row({ pct: 30, year: 2025 }),
        row({ pct: 20, year: 2023 }),
        row({ category: 'eu', pct: 50, flag: 'not_comparable' }),
      ],
      {},
      2024,
    );
    expect(shareOf(profiles[0], 'partner', 'us')?.pct).toBe(20);
    expect(shareOf(profiles[0], 'partner', 'eu')?.provenance).toBe('missing');
  });
});

describe('exposure profiles', () => {
  it('keeps published shares as they are and adds an explicit residual', () => {
    const p = build([row({ pct: 12.3 }), row({ category: 'eu', pct: 20, derived: true })])[0];
    expect(shareOf(p, 'partner', 'us')).toMatchObject({ pct: 12.3, provenance: 'published' });
    expect(shareOf(p, 'partner', 'eu')).toMatchObject({ pct: 20, provenance: 'derived' });
    // 100 − 12.3 − 20 = 67.7, which also holds the unknown groups
    expect(shareOf(p, 'partner', 'rest_of_world')).toMatchObject({
      pct: 67.7,
      provenance: 'derived',
    });
    expect(shareOf(p, 'partner', 'japan')?.pct).toBeNull();
  });

  it('never adds overlapping groups, and lists them as excluded', () => {
    const p = build([
      row({}),
      row({ category: 'belt_and_road', pct: 60 }),
      row({ category: 'uk', pct: 3 }),
    ])[0];
    expect(shareOf(p, 'partner', 'rest_of_world')?.pct).toBe(90);
    const memo = p!.dimensions[0]!.memo.map((m) => `${m.category}:${m.role}`).sort();
    expect(memo).toEqual(['belt_and_road:excluded', 'uk:in_residual']);
  });

  it('sums components of one release and marks a partial sum', () => {
    const p = build([row({ category: 'russia', pct: 17.7 })])[0];
    const s = shareOf(p, 'partner', 'russia_central_asia');
    expect(s?.pct).toBe(17.7);
    expect(s?.note).toContain('partial: only russia published');
  });

  it("holds the entity's own rows only: a province's or the nation's shares stay theirs", () => {
    const others = [
      row({ code: PROVINCE, pct: 11.2 }),
      row({ code: NATION, category: 'eu', pct: 13.3 }),
    ];
    expect(build(others)).toEqual([]);
    const all = build(others, { codes: [CITY, PROVINCE, NATION] });
    expect(all.map((p) => p.code)).toEqual([PROVINCE, NATION]);
    expect(shareOf(all[0], 'partner', 'us')).toMatchObject({ pct: 11.2, provenance: 'published' });
    expect(all[0]!.dimensions[0]!.origin).toBe('own');
  });

  it('drops an old share that would push the known sum above 100', () => {
    // 2025: general 46.1 + bonded 28.1; 2014: processing 67 → 141.2, so processing is dropped.
    const p = build([
      row({ dimension: 'trade_mode', category: 'general', pct: 46.1, year: 2025 }),
      row({ dimension: 'trade_mode', category: 'bonded_logistics', pct: 28.1, year: 2025 }),
      row({
        dimension: 'trade_mode',
        category: 'processing',
        pct: 67,
        year: 2014,
        period: 'Jan-Sep',
      }),
    ])[0];
    expect(shareOf(p, 'trade_mode', 'processing')?.pct).toBeNull();
    expect(shareOf(p, 'trade_mode', 'processing')?.note).toContain('dropped 67%');
    expect(shareOf(p, 'trade_mode', 'other')?.pct).toBe(25.8);
  });

  it('keeps "of which" shares out of the 100% partition', () => {
    const p = build([
      row({ dimension: 'product', basis: 'export', category: 'mech_elec', pct: 70 }),
      row({ dimension: 'product', basis: 'export', category: 'high_tech', pct: 25 }),
    ])[0];
    expect(shareOf(p, 'product', 'other')?.pct).toBe(30);
    expect(shareOf(p, 'product', 'high_tech')?.pct).toBe(25);
  });

  it('notes the question on a share no source gives (Tongling copper ore)', () => {
    const ask = {
      code: CITY,
      dimension: 'import_commodity' as const,
      basis: 'import' as const,
      category: 'copper_ore',
      note: 'ask',
    };
    const provinceOre = row({
      code: PROVINCE,
      dimension: 'import_commodity',
      basis: 'import',
      category: 'copper_ore',
      pct: 41.5,
    });
    const p = build([provinceOre], { askUser: [ask] })[0];
    expect(shareOf(p, 'import_commodity', 'copper_ore')).toMatchObject({
      pct: null,
      provenance: 'missing',
      note: 'ask',
    });
    const alone = build([], { askUser: [ask] })[0];
    expect(shareOf(alone, 'import_commodity', 'copper_ore')?.note).toBe('ask');
    expect(shareOf(alone, 'import_commodity', 'other')?.pct).toBeNull();
  });

  it('applies user shares and recomputes the residual', () => {
    const profiles = applyShareOverrides(
      [],
      [
        {
          code: CITY,
          dimension: 'import_commodity',
          basis: 'import',
          category: 'copper_ore',
          pct: 60,
        },
      ],
      2025,
    );
    expect(shareOf(profiles[0], 'import_commodity', 'copper_ore')).toMatchObject({
      pct: 60,
      provenance: 'user',
    });
    expect(shareOf(profiles[0], 'import_commodity', 'other')?.pct).toBe(40);
  });
});
