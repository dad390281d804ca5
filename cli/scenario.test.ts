import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asAdcode } from '../core/model';
import {
  DEFAULT_ELASTICITIES,
  scenarioFileFromSpec,
  serializeScenarioFile,
} from '../core/scenario';
import { atlas, atlasJson } from './test-support';

interface ScenarioJson {
  code: string;
  name_zh: string;
  baseline: number;
  scenario: number | null;
  delta: number | null;
  delta_pct: number | null;
  rank: number | null;
  new_rank: number | null;
  result: 'point' | 'range';
  scenario_low: number | null;
  scenario_high: number | null;
  depends_on_missing_share: boolean;
  baseline_source_id: string | null;
}

const byName = (rows: ScenarioJson[], name: string) => rows.find((r) => r.name_zh === name)!;

describe('atlas scenario', () => {
  it('runs the US −20% preset: Shanghai loses its US exports share, biggest loss first', async () => {
    const rows = await atlasJson<ScenarioJson[]>(
      'scenario',
      '--preset',
      'us_demand_minus_20',
      '--format',
      'json',
    );
    // Shanghai 2025: total 45100, exports 20200 (S034); US share 14.3% of total trade (S126),
    // standing in for the export share: 45100 − 20200 × 0.143 × 0.20 = 45100 − 577.72.
    expect(rows[0]).toMatchObject({
      code: '310100',
      name_zh: '上海',
      baseline: 45100,
      scenario: 44522.28,
      delta: -577.72,
      rank: 2,
      new_rank: 2,
      result: 'point',
      baseline_source_id: 'S034',
    });
    expect(rows[0]!.delta_pct).toBeCloseTo(-1.281, 3);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(
        expect.arrayContaining([
          'code',
          'name_zh',
          'baseline',
          'scenario',
          'delta',
          'delta_pct',
          'rank',
          'new_rank',
        ]),
      );
    }
  });

  it('gives a total without exports and imports as a range, with scenario null', async () => {
    const rows = await atlasJson<ScenarioJson[]>(
      'scenario',
      '--shock',
      'partner:us:exports:-20',
      '--format',
      'json',
    );
    // Suzhou 2025: total 28119.3 only; US 20.3% of exports (S132). All exports: 28119.3 × (1 −
    // 0.203 × 0.2) = 26977.6564; all imports: unchanged 28119.3.
    expect(byName(rows, '苏州')).toMatchObject({
      scenario: null,
      delta: null,
      delta_pct: null,
      rank: null,
      result: 'range',
      scenario_low: 26977.6564,
      scenario_high: 28119.3,
    });
    // Shenzhen has no published US share: unchanged, and flagged.
    expect(byName(rows, '深圳')).toMatchObject({
      scenario: 45533.89,
      delta: 0,
      depends_on_missing_share: true,
    });
  });

  it('runs a saved scenario file with its year and its user share (Tongling copper ore)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-scenario-'));
    const spec = {
      shocks: [
        {
          dimension: 'import_commodity' as const,
          category: 'copper_ore',
          flow: 'imports' as const,
          pct: -20,
        },
      ],
      elasticities: { ...DEFAULT_ELASTICITIES },
    };
    const file = scenarioFileFromSpec('copper −20%', 2025, spec, {
      shareOverrides: [
        {
          code: asAdcode('340700'),
          dimension: 'import_commodity',
          basis: 'import',
          category: 'copper_ore',
          pct: 35,
        },
      ],
    });
    writeFileSync(join(dir, 'copper.scenario.json'), serializeScenarioFile(file));
    const rows = await atlasJson<ScenarioJson[]>(
      'scenario',
      join(dir, 'copper.scenario.json'),
      '--format',
      'json',
    );
    // Imports change by 0.35 × ((1 − 0.2)(1 + 0.1 × 0.2) − 1) = 0.35 × −0.184 = −6.44%; Tongling
    // publishes only its total 1265, so the result runs from 1265 × 0.9356 to 1265.
    const tongling = byName(rows, '铜陵');
    expect(tongling.scenario_low).toBeCloseTo(1183.534, 3);
    expect(tongling.scenario_high).toBe(1265);
    expect(tongling.depends_on_missing_share).toBe(false);
  });

  it('prints assumptions above the table and names the presets', async () => {
    const table = await atlas('scenario', '--preset', 'us_demand_minus_20');
    expect(table.exitCode).toBe(0);
    expect(table.stdout).toMatch(/^Scenario: US demand −20% · base year 2025 · cities/);
    expect(table.stdout).toContain('Elasticities: ε_Y 1.3');
    expect(table.stdout).toContain('range: total only');
    const presets = await atlasJson<{ id: string }[]>(
      'scenario',
      '--list-presets',
      '--format',
      'json',
    );
    expect(presets.map((p) => p.id)).toContain('commodity_prices_minus_20');
    expect((await atlas('scenario', '--list-presets')).stdout).toContain('us_demand_minus_20');
  });

  it('exits 2 naming the bad argument', async () => {
    const cases: [string[], RegExp][] = [
      [[], /give a scenario FILE, --preset NAME or at least one --shock/],
      [['--shock', 'partner:mars:exports:-20'], /--shock: .*unknown category 'mars'/],
      [['--shock', 'partner:us:exports'], /--shock: .*expected 4 parts/],
      [['--preset', 'nope'], /--preset: unknown preset 'nope'/],
      [['--preset', 'us_demand_minus_20', '--year', '20x5'], /--year: expected a year/],
      [['--shock', 'partner:us:exports:-5', '--level', 'county'], /--level: expected one of/],
      [['missing.json'], /FILE: cannot read 'missing.json'/],
      [
        ['--shock', 'trade_mode:processing:both:-5', '--shock', 'trade_mode:processing:exports:-5'],
        /--shock: trade_mode:processing:exports is set twice/,
      ],
    ];
    for (const [args, message] of cases) {
      const r = await atlas('scenario', ...args);
      expect(r.exitCode, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
    }
    const dir = mkdtempSync(join(tmpdir(), 'atlas-scenario-'));
    writeFileSync(join(dir, 'bad.json'), '{"schemaVersion": 1, "name": "x"');
    const bad = await atlas('scenario', join(dir, 'bad.json'));
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toMatch(
      /FILE: .* not a usable scenario file:\n {2}not valid JSON at line 1/,
    );
  });
});
