import { describe, expect, it } from 'vitest';
import { commodityValueChange, findDuplicateShock, parseShockArg, shockGrowth } from './shocks';
import { DEFAULT_ELASTICITIES } from './shocks';
import { PRESETS, presetSpec } from './presets';
import { checkShockKey, type Shock } from './shocks';
import { compileShocks, slotIndex } from './slots';

describe('parseShockArg', () => {
  it('parses the documented forms', () => {
    expect(parseShockArg('partner:us:exports:-20')).toEqual({
      ok: true,
      value: { dimension: 'partner', category: 'us', flow: 'exports', pct: -20 },
    });
    const ore = parseShockArg('import_commodity:iron_ore:imports:+15');
    expect(ore.ok && ore.value.pct).toBe(15);
    const both = parseShockArg(' trade_mode:processing:both:-15% ');
    expect(both.ok && both.value.flow).toBe('both');
  });

  it.each([
    ['partner:us:-20', 'expected 4 parts dimension:category:flow:pct, got 3'],
    ['partners:us:exports:-20', "unknown dimension 'partners'"],
    ['partner:usa:exports:-20', "unknown category 'usa' for dimension 'partner'"],
    ['product:autos:imports:-5', "flow 'imports' is not allowed for dimension 'product'"],
    ['import_commodity:iron_ore:exports:5', "flow 'exports' is not allowed"],
    ['partner:us:exports:minus20', "change 'minus20' is not a number"],
    ['partner:us:exports:-120', 'outside -100…+1000%'],
    ['partner:us:exports:', "change '' is not a number"],
  ])('rejects %s naming the bad part', (arg, message) => {
    const r = parseShockArg(arg);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toContain(message);
      expect(r.error).toContain(`'${arg}'`);
    }
  });

  it('finds a key set twice, counting both as each flow', () => {
    const us = { dimension: 'partner' as const, category: 'us', pct: -1 };
    expect(
      findDuplicateShock([
        { ...us, flow: 'exports' },
        { ...us, flow: 'imports' },
      ]),
    ).toBeNull();
    expect(
      findDuplicateShock([
        { ...us, flow: 'both' },
        { ...us, flow: 'imports' },
      ]),
    ).toBe('partner:us:imports');
  });
});

describe('elasticities', () => {
  it('uses pass-through 1.0 for demand shocks and ε_Y for partner GDP', () => {
    const e = DEFAULT_ELASTICITIES;
    expect(
      shockGrowth({ dimension: 'partner', category: 'us', flow: 'exports', pct: -20 }, e),
    ).toBeCloseTo(-0.2, 12);
    // 1.3 × −2% = −2.6%
    expect(
      shockGrowth({ dimension: 'partner_gdp', category: 'us', flow: 'exports', pct: -2 }, e),
    ).toBeCloseTo(-0.026, 12);
  });

  it('turns a price change into a value change: (1+Δp)(1+ε_P·Δp) − 1', () => {
    // Δp = −20%, ε_P = −0.1: 0.8 × 1.02 − 1 = −0.184
    expect(commodityValueChange(-0.2, -0.1)).toBeCloseTo(-0.184, 12);
    // ε_P = 0: value moves one-for-one with price
    expect(commodityValueChange(0.15, 0)).toBeCloseTo(0.15, 12);
  });

  it('has no default for the import content of processing exports', () => {
    expect(DEFAULT_ELASTICITIES.processingImportContent).toBeNull();
  });
});

describe('presets', () => {
  it('use only valid shock keys and carry both languages', () => {
    for (const p of PRESETS) {
      for (const s of p.shocks) expect(checkShockKey(s.dimension, s.category, s.flow)).toBeNull();
      expect(p.name.zh && p.name.en && p.assumptions.zh && p.assumptions.en).toBeTruthy();
    }
    expect(presetSpec('us_demand_minus_20')?.shocks).toHaveLength(1);
    expect(presetSpec('nope')).toBeNull();
  });
});

describe('compileShocks', () => {
  it('follows a shock edited in place (same object, new flow or category)', () => {
    const shock: Shock = { dimension: 'partner', category: 'us', flow: 'exports', pct: -20 };
    const us = (flow: 'exports' | 'imports') => slotIndex(flow, 'partner', 'us');
    let c = compileShocks([shock], DEFAULT_ELASTICITIES);
    expect(c.raw[us('exports')]).toBeCloseTo(-0.2);
    expect(c.raw[us('imports')]).toBe(0);
    shock.flow = 'imports';
    c = compileShocks([shock], DEFAULT_ELASTICITIES);
    expect(c.raw[us('exports')]).toBe(0);
    expect(c.raw[us('imports')]).toBeCloseTo(-0.2);
    shock.category = 'eu';
    c = compileShocks([shock], DEFAULT_ELASTICITIES);
    expect(c.raw[us('imports')]).toBe(0);
    expect(c.raw[slotIndex('imports', 'partner', 'eu')]).toBeCloseTo(-0.2);
  });
});

// Issue 13, item 6: words that are keys of every JS object.
describe('shock keys: own vocabulary only', () => {
  it.each(['constructor', '__proto__', 'toString', 'valueOf'])(
    '--shock %s:us:exports:-20 is an unknown dimension, not a TypeError',
    (word) => {
      const r = parseShockArg(`${word}:us:exports:-20`);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error).toMatch(new RegExp(`unknown dimension '${word}'`));
      expect(checkShockKey('partner', word, 'exports')).toMatch(/unknown category/);
      expect(checkShockKey('partner', 'us', word)).toMatch(/flow '.*' is not allowed/);
    },
  );

  it('a compiled shock with an unknown dimension touches no slot', () => {
    const bad = { dimension: 'constructor', category: 'us', flow: 'exports', pct: -20 } as never;
    expect(compileShocks([bad], DEFAULT_ELASTICITIES).activeCount).toBe(0);
  });
});
