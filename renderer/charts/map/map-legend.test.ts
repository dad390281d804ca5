import { describe, expect, it } from 'vitest';
import { classesBelow, classLabels, classOf, resolveLegend, type LegendSpec } from './map-legend';
import { divergingColours, MAP_COLOURS, rampAt, sequentialColours } from './palettes';

const colours = MAP_COLOURS.light;
const format = (v: number) => String(Math.round(v * 10) / 10);
const spec = (s: Partial<LegendSpec>): LegendSpec => ({
  kind: 'sequential',
  method: 'equal',
  classes: 4,
  label: 'Total',
  format,
  noDataLabel: 'no published figure',
  ...s,
});

describe('palettes', () => {
  it('interpolates between stops', () => {
    expect(rampAt(['#000000', '#ffffff'], 0.5)).toBe('#808080');
    expect(rampAt(['#000000', '#ffffff'], 2)).toBe('#ffffff');
    expect(rampAt(['#123456'], 0.3)).toBe('#123456');
  });

  it('spreads sequential classes over the whole ramp, light to dark', () => {
    const c = sequentialColours(4, colours);
    expect(c[0]).toBe(colours.sequential[0]);
    expect(c[3]).toBe(colours.sequential.at(-1));
    expect(new Set(c).size).toBe(4);
  });

  it('gives both diverging arms the same strength at the same distance', () => {
    const c = divergingColours(2, 3, colours);
    expect(c).toHaveLength(5);
    // Nearest class each side is each arm's palest colour; two steps out is equally far along.
    expect(c[1]).toBe(colours.below[0]);
    expect(c[2]).toBe(colours.above[0]);
    expect(c[0]).toBe(rampAt(colours.below, 0.5));
    expect(c[3]).toBe(rampAt(colours.above, 0.5));
    expect(c[4]).toBe(colours.above.at(-1));
  });

  it('keeps no-data apart from every ramp colour in both themes', () => {
    for (const theme of ['light', 'dark'] as const) {
      const p = MAP_COLOURS[theme];
      const all = [...p.sequential, ...p.below, ...p.above, p.centre, p.filtered];
      expect(all).not.toContain(p.noData);
    }
  });
});

describe('legend resolution', () => {
  it('labels classes as half-open ranges', () => {
    expect(classLabels({ min: 0, max: 100, inner: [25, 50] }, format)).toEqual([
      '< 25',
      '25 – 50',
      '≥ 50',
    ]);
    expect(classLabels({ min: 3, max: 3, inner: [] }, format)).toEqual(['3']);
  });

  it('classes a sequential metric from the basis values, not only the year shown', () => {
    const l = resolveLegend(spec({}), [0, 100], colours);
    expect(l.mode).toBe('classes');
    if (l.mode !== 'classes') return;
    expect(l.breaks.inner).toEqual([25, 50, 75]);
    expect(classOf(60, l)).toBe(2);
    expect(l.colours).toHaveLength(4);
  });

  it('splits a diverging legend at zero with blue below and red above', () => {
    const l = resolveLegend(spec({ kind: 'diverging', classes: 2 }), [-10, 30], colours);
    if (l.mode !== 'classes') throw new Error('classes expected');
    expect(l.breaks.inner).toEqual([0, 10]);
    expect(classesBelow(l.breaks, 0)).toBe(1);
    expect(l.colours[0]).toBe(colours.below[0]);
    expect(l.colours[1]).toBe(colours.above[0]);
  });

  it('centres a diverging legend on the national rate when asked', () => {
    const l = resolveLegend(
      spec({ kind: 'diverging', classes: 2, centre: 3.8 }),
      [-4, 12],
      colours,
    );
    if (l.mode !== 'classes') throw new Error('classes expected');
    expect(l.breaks.inner).toContain(3.8);
    expect(l.labels).toContain('≥ 4');
    // Classes: < 3.8 (below), 3.8 – 4 and ≥ 4 (above).
    expect(classesBelow(l.breaks, 3.8)).toBe(1);
  });

  it('colours a diverging legend with one arm only when every value is on one side', () => {
    const l = resolveLegend(spec({ kind: 'diverging', classes: 3 }), [1, 2, 3, 9], colours);
    if (l.mode !== 'classes') throw new Error('classes expected');
    expect(
      l.colours.every((c) => [...colours.above].includes(c) || !colours.below.includes(c)),
    ).toBe(true);
    expect(classesBelow(l.breaks, 0)).toBe(0);
  });

  it('uses custom thresholds as typed', () => {
    const l = resolveLegend(spec({ method: 'custom', breaks: [10, 1000] }), [5, 50, 5000], colours);
    if (l.mode !== 'classes') throw new Error('classes expected');
    expect(l.labels).toEqual(['< 10', '10 – 1000', '≥ 1000']);
  });

  it('makes a continuous diverging ramp symmetric about its centre', () => {
    const l = resolveLegend(
      spec({ kind: 'diverging', method: 'continuous', centre: 2 }),
      [-4, 5],
      colours,
    );
    expect(l).toMatchObject({ mode: 'continuous', min: -4, max: 8 });
  });

  it('ignores gaps in the basis (they have their own legend entry)', () => {
    const l = resolveLegend(spec({ method: 'continuous' }), [NaN, 4, 9], colours);
    expect(l).toMatchObject({ min: 4, max: 9 });
  });
});
