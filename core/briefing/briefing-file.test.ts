import { describe, expect, it } from 'vitest';
import { synthDataset, synthRecord } from '../data';
import { DEFAULT_ELASTICITIES, scenarioFileFromSpec } from '../scenario';
import {
  BRIEFING_FORMAT,
  BRIEFING_VERSION,
  briefingFileName,
  parseBriefingFile,
  serializeBriefingFile,
  type BriefingFile,
} from './briefing-file';
import { pinFingerprint } from './fingerprint';
import type { PinState } from './pin-state';

const rankings: PinState = {
  view: 'rankings',
  tab: 'board',
  level: 'city',
  metric: 'total',
  year: 2025,
  baseYear: 2024,
  spanStart: 2020,
  filter: { provinces: [], region: null, coast: null, minTotal: null, search: '' },
  sort: { key: 'rank', direction: 'ascending' },
  currency: 'CNY',
  userRate: null,
  historyCodes: null,
};
const map: PinState = {
  view: 'map',
  level: 'province',
  metric: 'yoy',
  year: 2025,
  baseGap: 1,
  spanStart: 2020,
  method: 'quantile',
  classes: 5,
  customText: '',
  bubbles: true,
  labelCount: 10,
  compare: 'off',
  compareYear: 2024,
  focusProvince: null,
};
const scenario: PinState = {
  view: 'scenarios',
  level: 'city',
  file: scenarioFileFromSpec('美国需求 −20%', 2025, {
    shocks: [{ dimension: 'partner', category: 'us', flow: 'exports', pct: -20 }],
    elasticities: { ...DEFAULT_ELASTICITIES },
  }) as unknown as Record<string, unknown>,
  focus: '440300',
  sort: { key: 'delta', direction: 'ascending' },
  monteCarlo: false,
};

const briefing = (states: PinState[]): BriefingFile => ({
  format: BRIEFING_FORMAT,
  version: BRIEFING_VERSION,
  title: '外贸简报',
  author: '分析员',
  createdAt: '2026-05-01T08:00:00.000Z',
  items: states.map((state, i) => ({
    id: `pin-${i + 1}`,
    heading: `第 ${i + 1} 节`,
    notes: 'Notes\nover two lines',
    pinnedAt: '2026-05-01T08:00:00.000Z',
    data: { revisionId: 0, revisionDate: '2026-04-01', fingerprint: '0123456789abcdef' },
    state,
  })),
});

describe('briefing files', () => {
  it('read back exactly what was saved', () => {
    const file = briefing([rankings, map, scenario]);
    const parsed = parseBriefingFile(serializeBriefingFile(file));
    expect(parsed.ok && parsed.value).toEqual(file);
  });

  it('refuse a file of another kind, version or shape, saying where', () => {
    const bad = (text: string) => {
      const r = parseBriefingFile(text);
      return r.ok ? [] : r.error;
    };
    expect(bad('{"a":')[0]).toMatchObject({ code: 'json', detail: 'line 1, column 6' });
    expect(bad('[]')[0]!.code).toBe('not_object');
    expect(bad('{"schemaVersion":1}')[0]!.code).toBe('not_briefing');
    expect(bad(JSON.stringify({ ...briefing([]), version: 9 }))[0]!.code).toBe('version');
    const wrongYear = briefing([{ ...rankings, year: 20250 } as PinState]);
    expect(bad(JSON.stringify(wrongYear))[0]).toMatchObject({
      code: 'invalid',
      path: 'items.0.state.year',
      item: 1,
    });
    expect(bad('['.repeat(100))[0]!.code).toBe('too_deep');
  });

  it("checks a scenario pin's scenario with the scenario parser", () => {
    const file = briefing([
      rankings,
      { ...scenario, file: { ...(scenario as { file: object }).file, shocks: 'many' } } as PinState,
    ]);
    const r = parseBriefingFile(JSON.stringify(file));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error[0]).toMatchObject({ code: 'scenario', item: 2 });
  });

  it('names files after the title', () => {
    expect(briefingFileName('外贸 简报: 5月')).toBe('外贸-简报-5月.briefing.json');
    expect(briefingFileName('  ')).toBe('briefing.briefing.json');
  });
});

describe('pin fingerprints', () => {
  const data = synthDataset([
    synthRecord('440300', 2024, { total: 45000 }),
    synthRecord('440300', 2025, { total: 45500 }),
  ]);
  it('change when a figure the pin shows changes, not when another year does', () => {
    const before = pinFingerprint(rankings, data);
    expect(pinFingerprint(rankings, synthDataset([...data.figures].reverse()))).toBe(before);
    const other = synthDataset([...data.figures, synthRecord('440300', 2019, { total: 1 })]);
    expect(pinFingerprint(rankings, other)).toBe(before);
    const changed = synthDataset([data.figures[0]!, synthRecord('440300', 2025, { total: 45501 })]);
    expect(pinFingerprint(rankings, changed)).not.toBe(before);
    expect(before).toMatch(/^[0-9a-f]{16}$/);
  });

  it('of a map rest on the base year the map shows, the nearest with data when year − gap has none', () => {
    // 2025 − 3 = 2022 has no figures; the map compares with 2023, the nearest year with data.
    const pin: PinState = {
      ...map,
      level: 'city',
      year: 2025,
      baseGap: 3,
      spanStart: 2025,
      compareYear: 2025,
    };
    const years = [2019, 2023, 2024, 2025];
    const figures = years.map((y) => synthRecord('440300', y, { total: 40000 + y }));
    const before = pinFingerprint(pin, synthDataset(figures), null, years);
    const in2023 = figures.map((r) =>
      r.year === 2023 ? synthRecord('440300', 2023, { total: 1 }) : r,
    );
    expect(pinFingerprint(pin, synthDataset(in2023), null, years)).not.toBe(before);
    const in2019 = figures.map((r) =>
      r.year === 2019 ? synthRecord('440300', 2019, { total: 1 }) : r,
    );
    expect(pinFingerprint(pin, synthDataset(in2019), null, years)).toBe(before);
  });

  it('take what the dataset does not hold (the revision list) as extra', () => {
    const pin: PinState = { view: 'import' };
    expect(pinFingerprint(pin, data, [1, 2])).not.toBe(pinFingerprint(pin, data, [1]));
  });
});
