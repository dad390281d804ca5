import { describe, expect, it } from 'vitest';
import { DEFAULT_ELASTICITIES, type ScenarioSpec } from '../../../core/scenario';
import { defaultRange, rangesFor, toMcRanges, type EditableRange } from './mc-ranges';

const spec: ScenarioSpec = {
  shocks: [
    { dimension: 'partner', category: 'us', flow: 'exports', pct: -20 },
    { dimension: 'import_commodity', category: 'iron_ore', flow: 'imports', pct: 4 },
  ],
  elasticities: { ...DEFAULT_ELASTICITIES, processingImportContent: 0.4 },
};

describe('Monte Carlo starting ranges', () => {
  it('shocks ± max(5, |x|/2), elasticities their sourced range, κ ±50%', () => {
    expect(defaultRange(spec, 'partner:us:exports')).toMatchObject({
      min: -30,
      max: -10,
      distribution: 'triangular',
    });
    expect(defaultRange(spec, 'import_commodity:iron_ore:imports')).toMatchObject({
      min: -1,
      max: 9,
    });
    expect(defaultRange(spec, 'elasticity:priceElasticity')).toMatchObject({
      min: -0.3,
      max: 0,
      distribution: 'uniform',
    });
    expect(defaultRange(spec, 'elasticity:processingImportContent')).toMatchObject({
      min: 0.2,
      max: 0.6,
    });
    // ε_Y is not used by these shocks, so it has no range.
    expect(defaultRange(spec, 'elasticity:incomeElasticity')).toBeNull();
  });

  it('keeps the user’s ranges, drops inactive ones, and sends only the enabled', () => {
    const mine: EditableRange = {
      param: 'partner:us:exports',
      min: -40,
      max: 0,
      distribution: 'uniform',
      enabled: false,
    };
    const stale: EditableRange = { ...mine, param: 'partner:eu:exports' };
    const ranges = rangesFor(
      spec,
      new Map([
        [mine.param, mine],
        [stale.param, stale],
      ]),
    );
    expect(ranges.map((r) => r.param)).toEqual([
      'partner:us:exports',
      'import_commodity:iron_ore:imports',
      'elasticity:priceElasticity',
      'elasticity:processingImportContent',
    ]);
    expect(ranges[0]).toBe(mine);
    const sent = toMcRanges(ranges);
    expect(sent.map((r) => r.param)).not.toContain('partner:us:exports');
    expect(sent.every((r) => !('enabled' in r))).toBe(true);
  });
});
