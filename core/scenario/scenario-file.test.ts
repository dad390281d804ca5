import { describe, expect, it } from 'vitest';
import { asAdcode } from '../model';
import { jsonErrorOffset, lineColumn } from './json-position';
import { presetSpec } from './presets';
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

const errors = (text: string): string[] => {
  const r = parseScenarioFile(text);
  return r.ok ? [] : r.error;
};

describe('scenario file', () => {
  it('round-trips', () => {
    const text = serializeScenarioFile(file());
    const parsed = parseScenarioFile(text);
    expect(parsed).toEqual({ ok: true, value: file() });
    expect(parsed.ok && serializeScenarioFile(parsed.value)).toBe(text);
  });

  it('fills optional parts', () => {
    const { monteCarlo: _m, shareOverrides: _s, ...rest } = file();
    const parsed = parseScenarioFile(JSON.stringify(rest));
    expect(parsed.ok && [parsed.value.monteCarlo, parsed.value.shareOverrides]).toEqual([null, []]);
  });

  it('reports bad JSON with line and column', () => {
    const text = '{\n  "schemaVersion": 1,\n  "name": }';
    expect(errors(text)[0]).toMatch(/^not valid JSON at line 3, column 11 \(character 34\)/);
  });

  it('rejects another schema version by name', () => {
    const text = serializeScenarioFile({ ...file(), schemaVersion: 2 as 1 });
    expect(errors(text)).toEqual(['unsupported schemaVersion 2: this version of the app reads 1']);
    expect(errors('{"name":"x"}')).toEqual(['schemaVersion is missing']);
    expect(errors('[1]')).toEqual(['a scenario file must be a JSON object']);
  });

  it('names an unknown category key and its position', () => {
    const f = file();
    f.shocks.push({ dimension: 'partner', category: 'usa', flow: 'exports', pct: -5 });
    expect(errors(serializeScenarioFile(f))).toEqual([
      expect.stringMatching(
        /^shocks\[1\]: unknown category 'usa' for dimension 'partner' \(expected one of us, eu/,
      ),
    ]);
  });

  it('reports schema problems with their path', () => {
    const f = JSON.parse(serializeScenarioFile(file()));
    f.year = '2025';
    f.shocks[0].categroy = 'us';
    f.monteCarlo.ranges[0].distribution = 'normal';
    const messages = errors(JSON.stringify(f));
    expect(messages.some((m) => m.startsWith('year: '))).toBe(true);
    expect(messages.some((m) => m.startsWith('shocks.0.categroy'))).toBe(true);
    expect(messages.some((m) => m.startsWith('monteCarlo.ranges.0.distribution'))).toBe(true);
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
    const messages = errors(serializeScenarioFile(f));
    expect(messages).toContain('shocks: partner:us:exports is set twice');
    expect(messages.some((m) => m.includes("unknown elasticity 'speed'"))).toBe(true);
    expect(messages.some((m) => m.includes("shareOverrides[1]: unknown category 'gold'"))).toBe(
      true,
    );
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
