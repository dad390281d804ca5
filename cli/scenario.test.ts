import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asAdcode } from '../core/model';
import {
  DEFAULT_ELASTICITIES,
  presetSpec,
  scenarioFileFromSpec,
  serializeScenarioFile,
} from '../core/scenario';
import { atlas, atlasJson } from './test-support';

interface ShareJson {
  flow: string;
  dimension: string;
  category: string;
  pct: number;
  low: number;
  high: number;
  share_of: string;
  basis: string;
  step: string;
  year: number | null;
  source_id: string | null;
}

interface ScenarioJson {
  code: string;
  name_zh: string;
  result: 'point' | 'range' | 'not_computable' | 'no_baseline';
  baseline: number;
  scenario: number | null;
  delta: number | null;
  delta_pct: number | null;
  scenario_low: number | null;
  scenario_high: number | null;
  rank: number | null;
  new_rank: number | null;
  rank_change: number | null;
  uses_proxy: boolean;
  baseline_source_id: string | null;
  shares: ShareJson[];
  split: { export_share: number; low: number; high: number; basis: string } | null;
  missing_shares: string[];
  not_computable_reason: string | null;
}

const byName = (rows: ScenarioJson[], name: string) => rows.find((r) => r.name_zh === name)!;
const run = (...args: string[]) =>
  atlasJson<ScenarioJson[]>('scenario', ...args, '--format', 'json');
const usShock = (pct: number) => ['--shock', `partner:us:exports:${pct}`];

/**
 * The done-when of issue 11 for one year and level: every entity with trade loses under US −20%
 * (a point, or a range whose low end is negative) and names the basis of each share; none shows
 * Δ 0 resting on a missing share; a zero shock changes nothing; halving the shock halves every
 * change. Returns the −20% rows.
 */
async function holdsTheDoneWhen(year: string, level: string): Promise<ScenarioJson[]> {
  const at = ['--year', year, '--level', level];
  const full = await run(...at, ...usShock(-20));
  const half = await run(...at, ...usShock(-10));
  const zero = await run(...at, ...usShock(0));
  expect(full.length).toBeGreaterThan(0);
  for (const r of full) {
    if (r.result === 'no_baseline') continue;
    expect(r.result, r.name_zh).toBe('point');
    expect(r.delta!, r.name_zh).toBeLessThan(0);
    expect(r.scenario_low!, r.name_zh).toBeLessThan(r.baseline);
    expect(r.missing_shares).toEqual([]);
    expect(
      r.shares
        .map((s) => s.basis)
        .every((b) => /^(own|user|province proxy|national proxy)/.test(b)),
    ).toBe(true);
    const h = half.find((x) => x.code === r.code)!;
    expect(h.delta!, r.name_zh).toBeCloseTo(r.delta! / 2, 3);
    expect(h.scenario_low! - h.baseline).toBeCloseTo((r.scenario_low! - r.baseline) / 2, 3);
  }
  for (const r of zero) {
    if (r.result === 'no_baseline') continue;
    expect([r.delta, r.scenario_low, r.scenario_high]).toEqual([0, r.baseline, r.baseline]);
  }
  return full;
}

describe('atlas scenario', () => {
  it('runs the US −20% preset: Shanghai loses its US exports share, with its basis and range', async () => {
    const rows = await run('--preset', 'us_demand_minus_20');
    // Shanghai 2025: total 45100, exports 20200 (S034); its own US share is 14.3% of total trade
    // (S126, Jan–Jul 2023), standing in for the export share: 45100 − 20200 × 0.143 × 0.20 =
    // 45100 − 577.72. An own share of an earlier year ranges ×0.8–×1.2: 11.44%…17.16%, so the
    // result runs from 45100 − 693.264 to 45100 − 462.176.
    const shanghai = byName(rows, '上海');
    expect(shanghai).toMatchObject({
      code: '310100',
      result: 'point',
      baseline: 45100,
      scenario: 44522.28,
      delta: -577.72,
      scenario_low: 44406.736,
      scenario_high: 44637.824,
      baseline_source_id: 'S034',
    });
    expect(shanghai.shares).toEqual([
      expect.objectContaining({
        category: 'us',
        pct: 14.3,
        share_of: 'total',
        basis: 'own 2023',
        source_id: 'S126',
      }),
    ]);
    // Base ranks are the Rankings view's, for the same year and level.
    const ranks = await atlasJson<{ rank: number; name_zh: string }[]>(
      'rank',
      '--year',
      '2025',
      '--format',
      'json',
    );
    for (const r of rows) {
      expect(r.rank, r.name_zh).toBe(ranks.find((x) => x.name_zh === r.name_zh)?.rank ?? null);
    }
  });

  it('issue 11: Shenzhen and Dongguan lose under US −20%, each naming its basis', async () => {
    const rows = await run('--year', '2025', '--preset', 'us_demand_minus_20');
    for (const name of ['深圳', '东莞']) {
      const r = byName(rows, name);
      expect(r.scenario_low!, name).toBeLessThan(r.baseline);
      expect(r.delta!, name).toBeLessThan(0);
      expect(r.shares[0]!.basis, name).toMatch(
        /^(own \d{4}|province proxy 广东 \d{4}|national proxy \d{4})$/,
      );
      expect(r.uses_proxy).toBe(true);
    }
  });

  it('issue 11 done-when: cities 2025', async () => {
    await holdsTheDoneWhen('2025', 'city');
  });

  it('issue 11 done-when: provinces 2025', async () => {
    await holdsTheDoneWhen('2025', 'province');
  });

  it('issue 11 done-when: cities 2023 (the yearbook year)', async () => {
    await holdsTheDoneWhen('2023', 'city');
  });

  it('issue 11 done-when: provinces 2023', async () => {
    await holdsTheDoneWhen('2023', 'province');
  });

  it('borrows an export/import split for a total published alone, and says whose', async () => {
    const rows = await run(...usShock(-20));
    const borrowed = rows.filter((r) => r.split !== null);
    expect(borrowed.length).toBeGreaterThan(0);
    for (const r of borrowed) {
      expect(r.split!.basis).toMatch(
        /^(own \d{4}|province proxy .+ \d{4}|national proxy \d{4}) split$/,
      );
      expect(r.split!.low).toBeLessThanOrEqual(r.split!.export_share);
    }
  });

  it('is not computable where no step has a share, never 0', async () => {
    // Tongling: the data says to ask for its copper-ore share; no proxy may stand in.
    const rows = await run('--shock', 'import_commodity:copper_ore:imports:-20');
    const tongling = byName(rows, '铜陵');
    expect(tongling).toMatchObject({
      result: 'not_computable',
      scenario: null,
      delta: null,
      new_rank: null,
      missing_shares: ['imports:import_commodity:copper_ore'],
    });
    expect(tongling.not_computable_reason).toContain('enter it as a user share');
    for (const r of rows) if (r.delta === 0) expect(r.missing_shares).toEqual([]);
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
    // publishes only its total 1265 and borrows its import share of trade (1 − w) along the
    // split chain: Δ = 1265 × (1 − w) × −0.0644.
    const tongling = byName(rows, '铜陵');
    expect(tongling.result).toBe('point');
    expect(tongling.shares[0]).toMatchObject({ category: 'copper_ore', pct: 35, basis: 'user' });
    const w = tongling.split!.export_share;
    expect(tongling.delta).toBeCloseTo(1265 * (1 - w) * -0.0644, 1);
  });

  it('runs a saved scenario file at its level unless --level says otherwise', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-scenario-'));
    const path = join(dir, 'provinces.scenario.json');
    const spec = presetSpec('us_demand_minus_20')!;
    writeFileSync(
      path,
      serializeScenarioFile(scenarioFileFromSpec('p', 2025, spec, { level: 'province' })),
    );
    const own = await atlas('scenario', path);
    expect(own.exitCode).toBe(0);
    expect(own.stdout).toMatch(/^Scenario: p · base year 2025 · provinces/);
    const asked = await atlas('scenario', path, '--level', 'city');
    expect(asked.stdout).toMatch(/^Scenario: p · base year 2025 · cities/);
  });

  it('prints assumptions above the table and names the presets', async () => {
    const table = await atlas('scenario', '--preset', 'us_demand_minus_20');
    expect(table.exitCode).toBe(0);
    expect(table.stdout).toMatch(/^Scenario: US demand −20% · base year 2025 · cities/);
    expect(table.stdout).toContain('Elasticities: ε_Y 1.3');
    expect(table.stdout).toMatch(
      /Stand-in shares \(proxy rule: own earlier year ×0.8–×1.2, province ×0.5–×1.5, national ×0.5–×1.5\): .*上海 \(own 2023\)/,
    );
    expect(table.stdout).toMatch(/ Basis +Notes/);
    const wide = await atlas(
      'scenario',
      '--preset',
      'us_demand_minus_20',
      '--proxy-range',
      '0.25:2',
    );
    expect(wide.stdout).toContain('province ×0.25–×2, national ×0.25–×2');
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
        ['--shock', 'partner:us:exports:-5', '--proxy-range', '2:1'],
        /--proxy-range: the low factor 2/,
      ],
      // Issue 13, item 6: these were a TypeError and exit 1.
      [['--shock', 'constructor:us:exports:-20'], /--shock: .*unknown dimension 'constructor'/],
      [['--shock', '__proto__:us:exports:-20'], /--shock: .*unknown dimension '__proto__'/],
      [['--shock', 'partner:toString:exports:-20'], /--shock: .*unknown category 'toString'/],
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

  // Issue 13, item 6: hostile scenario files exit 2 with a sentence, never a stack.
  it('refuses a deeply nested file, a "constructor" dimension and an absurd elasticity (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-scenario-'));
    const good = scenarioFileFromSpec('x', 2025, {
      shocks: [{ dimension: 'partner', category: 'us', flow: 'exports', pct: -20 }],
      elasticities: { ...DEFAULT_ELASTICITIES },
    });
    const files: [string, string, RegExp][] = [
      ['deep.json', `{"a":${'['.repeat(10_000)}`, /nested more than 32 levels deep/],
      [
        'proto.json',
        JSON.stringify({ ...good, shocks: [{ ...good.shocks[0], dimension: 'constructor' }] }),
        /shock 1: unknown dimension 'constructor'/,
      ],
      [
        'elasticity.json',
        JSON.stringify({ ...good, elasticities: { ...good.elasticities, incomeElasticity: -1e6 } }),
        /elasticities: income elasticity ε_Y -1000000 is outside 0…5/,
      ],
    ];
    for (const [name, text, message] of files) {
      writeFileSync(join(dir, name), text);
      const r = await atlas('scenario', join(dir, name));
      expect(r.exitCode, name).toBe(2);
      expect(r.stderr, name).toMatch(message);
      expect(r.stderr, name).not.toMatch(/at .*\.ts:\d+/);
    }
  });
});
