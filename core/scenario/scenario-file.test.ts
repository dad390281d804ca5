import { describe, expect, it } from 'vitest';
import { asAdcode } from '../model';
import { jsonErrorOffset, lineColumn, tooDeepAt } from './json-position';
import { presetSpec } from './presets';
import { DEFAULT_PROXY_RANGE } from './proxy-range';
import { describeFileProblem } from './scenario-file-words';
import {
  parseScenarioFile,
  scenarioFileFromSpec,
  serializeScenarioFile,
  type ScenarioFile,
} from './scenario-file';

const file = (): ScenarioFile =>
  scenarioFileFromSpec('US −20%', 2025, presetSpec('us_demand_minus_20')!, {
    monteCarlo: {
      draws: 10000,
      seed: 42,
      ranges: [
        { param: 'partner:us:exports', min: -30, max: -10, distribution: 'triangular', mode: -20 },
      ],
    },
    shareOverrides: [
      {
        code: asAdcode('340700'),
        dimension: 'import_commodity',
        basis: 'import',
        category: 'copper_ore',
        pct: 55,
      },
    ],
  });

const errors = (text: string, lang: 'en' | 'zh' = 'en'): string[] => {
  const r = parseScenarioFile(text);
  return r.ok ? [] : r.error.map((p) => describeFileProblem(p, lang));
};
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests write any shape into the file
const edited = (change: (f: Record<string, any>) => void): string => {
  const f = JSON.parse(serializeScenarioFile(file()));
  change(f);
  return JSON.stringify(f);
};

describe('scenario file', () => {
  it('round-trips, the proxy rule included', () => {
    const text = serializeScenarioFile(file());
    const parsed = parseScenarioFile(text);
    expect(parsed).toEqual({ ok: true, value: file() });
    expect(parsed.ok && serializeScenarioFile(parsed.value)).toBe(text);
    expect(parsed.ok && parsed.value.proxyRange).toEqual(DEFAULT_PROXY_RANGE);
  });

  it('fills optional parts (files saved before the proxy rule get the default)', () => {
    const { monteCarlo: _m, shareOverrides: _s, proxyRange: _p, ...rest } = file();
    const parsed = parseScenarioFile(JSON.stringify(rest));
    expect(parsed.ok && [parsed.value.monteCarlo, parsed.value.shareOverrides]).toEqual([null, []]);
    expect(parsed.ok && parsed.value.proxyRange).toEqual(DEFAULT_PROXY_RANGE);
  });

  it('round-trips the level: a province-level file opens at province level', () => {
    const province = { ...file(), level: 'province' as const };
    const text = serializeScenarioFile(province);
    expect(JSON.parse(text).level).toBe('province');
    const parsed = parseScenarioFile(text);
    expect(parsed).toEqual({ ok: true, value: province });
    expect(parsed.ok && serializeScenarioFile(parsed.value)).toBe(text);
  });

  it('always writes the level; a file saved before it existed opens at city level', () => {
    expect(JSON.parse(serializeScenarioFile(file())).level).toBe('city');
    const old = edited((f) => delete f.level);
    expect(JSON.parse(old)).not.toHaveProperty('level');
    const parsed = parseScenarioFile(old);
    expect(parsed.ok && parsed.value.level).toBe('city');
  });

  it('refuses a level no scenario is computed at, in the reader’s words', () => {
    const text = edited((f) => (f.level = 'county_city'));
    expect(errors(text)).toEqual([
      "level: unknown value 'county_city' (expected one of city, province)",
    ]);
    expect(errors(text, 'zh')).toEqual(['层级：未知的值“county_city”（可用：city、province）']);
  });

  it('keeps a user proxy rule and refuses factors out of range', () => {
    const rule = { ...DEFAULT_PROXY_RANGE, national: { low: 0.25, high: 2 } };
    const parsed = parseScenarioFile(edited((f) => (f.proxyRange = rule)));
    expect(parsed.ok && parsed.value.proxyRange.national).toEqual({ low: 0.25, high: 2 });
    const bad = edited((f) => (f.proxyRange = { ...rule, province: { low: 1.2, high: 9 } }));
    expect(errors(bad)).toEqual([
      'proxy range (province proxy): low factor 1.2 is outside 0…1',
      'proxy range (province proxy): high factor 9 is outside 1…5',
    ]);
    expect(errors(bad, 'zh')[0]).toBe('代理范围（省级代理）：下限倍数 1.2 超出范围 0…1');
  });

  it('reports bad JSON with line and column', () => {
    const text = '{\n  "schemaVersion": 1,\n  "name": }';
    expect(errors(text)).toEqual(['not valid JSON at line 3, column 11']);
    expect(errors(text, 'zh')).toEqual(['不是有效的 JSON（第 3 行，第 11 列）']);
  });

  it('rejects another schema version by name', () => {
    const text = serializeScenarioFile({ ...file(), schemaVersion: 2 as 1 });
    expect(errors(text)).toEqual(['unsupported schemaVersion 2: this version of the app reads 1']);
    expect(errors('{"name":"x"}')).toEqual(['schemaVersion is missing']);
    expect(errors('[1]')).toEqual(['a scenario file must be a JSON object']);
  });

  it("names the field in the user's words and language", () => {
    const text = edited((f) => (f.shocks[0].pct = '-20'));
    expect(errors(text, 'zh')).toEqual(['冲击 1：百分比必须是数字']);
    expect(errors(text)).toEqual(['shock 1: percentage must be a number']);
  });

  it('names an unknown category and what is allowed', () => {
    const f = file();
    f.shocks.push({ dimension: 'partner', category: 'usa', flow: 'exports', pct: -5 });
    expect(errors(serializeScenarioFile(f))).toEqual([
      expect.stringMatching(/^shock 2: unknown category 'usa' \(expected one of us, eu/),
    ]);
    expect(errors(serializeScenarioFile(f), 'zh')[0]).toMatch(
      /^冲击 2：未知的类别“usa”（可用：us、eu/,
    );
  });

  it('reports schema problems where they are', () => {
    const text = edited((f) => {
      f.year = '2025';
      f.shocks[0].categroy = 'us';
      f.monteCarlo.ranges[0].distribution = 'normal';
      delete f.elasticities.priceElasticity;
    });
    expect(errors(text)).toEqual(
      expect.arrayContaining([
        'base year: must be a number',
        "shock 1: unknown field 'categroy'",
        "Monte Carlo range 1: unknown distribution 'normal' (expected one of uniform, triangular)",
        'elasticities: price elasticity ε_P is missing',
      ]),
    );
    expect(errors(text, 'zh')).toEqual(
      expect.arrayContaining(['基准年：必须是数字', '冲击 1：未知字段“categroy”']),
    );
  });

  it('checks ranges, duplicates and overrides', () => {
    const f = file();
    f.shocks.push({ ...f.shocks[0]! });
    f.monteCarlo!.ranges.push({
      param: 'elasticity:speed',
      min: 0,
      max: 1,
      distribution: 'uniform',
    });
    f.shareOverrides.push({ ...f.shareOverrides[0]!, category: 'gold' });
    f.shareOverrides.push({ ...f.shareOverrides[0]!, category: 'other' });
    const messages = errors(serializeScenarioFile(f));
    expect(messages).toContain('shock: partner:us:exports is set twice');
    expect(messages).toContain("Monte Carlo range 2: unknown parameter 'elasticity:speed'");
    expect(messages.some((m) => m.startsWith("user share 2: unknown category 'gold'"))).toBe(true);
    // The residual is computed, never entered.
    expect(messages.some((m) => m.startsWith("user share 3: unknown category 'other'"))).toBe(true);
  });
});

// Issue 13, item 6: hostile scenario files.
describe('scenario file: hostile input', () => {
  it('a file of ten thousand [ is refused by its depth, not a RangeError', () => {
    const text = `{"a":${'['.repeat(10_000)}`;
    expect(() => parseScenarioFile(text)).not.toThrow();
    expect(errors(text)).toEqual([
      'nested more than 32 levels deep (line 1, column 37): not a scenario file',
    ]);
    // Brackets inside strings are text, not nesting.
    expect(tooDeepAt(`{"a":"${'['.repeat(100)}"}`, 32)).toBeNull();
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'dimension "%s" is an unknown dimension, not a TypeError',
    (word) => {
      const text = edited((f) => (f.shocks[0].dimension = word));
      expect(() => parseScenarioFile(text)).not.toThrow();
      expect(errors(text)).toEqual([
        expect.stringMatching(
          new RegExp(`^shock 1: unknown dimension '${word}' \\(expected one of partner,`),
        ),
      ]);
    },
  );

  it.each(['constructor', '__proto__', 'toString'])(
    'category "%s" of a shock or a user share is unknown, not a TypeError',
    (word) => {
      const text = edited((f) => {
        f.shocks[0].category = word;
        f.shareOverrides[0].category = word;
      });
      expect(errors(text)).toEqual([
        expect.stringMatching(`^shock 1: unknown category '${word}'`),
        expect.stringMatching(`^user share 1: unknown category '${word}'`),
      ]);
    },
  );

  it('a "__proto__" key is an unknown field', () => {
    const text = serializeScenarioFile(file()).replace('"name":', '"__proto__": {"x": 1}, "name":');
    expect(errors(text)).toEqual(["unknown field '__proto__'"]);
  });

  it('incomeElasticity -1e6 is out of range (and so is every other bound)', () => {
    const text = edited((f) => {
      f.elasticities.incomeElasticity = -1e6;
      f.elasticities.priceElasticity = 0.5;
      f.shocks[0].pct = -150;
      f.monteCarlo.ranges.push({
        param: 'elasticity:incomeElasticity',
        min: 0,
        max: 99,
        distribution: 'uniform',
      });
    });
    expect(errors(text)).toEqual([
      'shock 1: percentage -150 is outside -100…1000',
      'elasticities: income elasticity ε_Y -1000000 is outside 0…5',
      'elasticities: price elasticity ε_P 0.5 is outside -2…0',
    ]);
    const ranges = edited((f) =>
      f.monteCarlo.ranges.push({
        param: 'elasticity:incomeElasticity',
        min: 0,
        max: 99,
        distribution: 'uniform',
      }),
    );
    expect(errors(ranges)).toEqual(['Monte Carlo range 2: max 99 is outside 0…5']);
  });
});

describe('JSON error position', () => {
  it.each([
    ['{"a":}', 5],
    ['[1,2,,3]', 5],
    ['{"a":tru}', 8],
    ['{"a":1', 6],
    ['{"a":1}x', 7],
  ])('%s fails at %i', (text, at) => {
    expect(jsonErrorOffset(text)).toBe(at);
  });

  it('accepts valid JSON and counts lines', () => {
    expect(jsonErrorOffset('{"a":[1,-2.5e3,true,null,"x\\u00e9"]}')).toBeNull();
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
