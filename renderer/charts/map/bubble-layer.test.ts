import { describe, expect, it } from 'vitest';
import { bubbleDiameter, bubbleItems, growthLabels, selectLabels } from './bubble-layer';

describe('bubbles', () => {
  it('scale by area, so four times the value is twice as wide', () => {
    expect(bubbleDiameter(100, 100, 40)).toBe(40);
    expect(bubbleDiameter(25, 100, 40)).toBe(20);
    expect(bubbleDiameter(0.0001, 100, 40, 5)).toBe(5);
  });

  it('draw only entities with a value and a place, largest first', () => {
    const items = bubbleItems([
      { code: 'a', coord: [1, 2], size: 10, growth: 3 },
      { code: 'b', coord: [1, 2], size: 40, growth: -12 },
      { code: 'c', coord: null, size: 90, growth: 1 },
      { code: 'd', coord: [1, 2], size: null, growth: 1 },
      { code: 'e', coord: [1, 2], size: 5, growth: null },
    ]);
    expect(items.map((i) => i.code)).toEqual(['b', 'a', 'e']);
    // Largest present value sets the scale: 'c' has no place and is not drawn.
    expect(items[0]!.diameter).toBe(44);
    expect(items.map((i) => i.growthClass)).toEqual([0, 3, -1]);
  });

  it('keep one scale across years when given the largest value of all years', () => {
    const [only] = bubbleItems([{ code: 'a', coord: [0, 0], size: 25, growth: 0 }], 100, 40);
    expect(only!.diameter).toBe(20);
  });

  it('colour growth in fixed classes', () => {
    expect(growthLabels((v) => `${v}%`)).toEqual([
      '< -10%',
      '-10% – -5%',
      '-5% – 0%',
      '0% – 5%',
      '5% – 10%',
      '≥ 10%',
    ]);
  });
});

describe('label selection', () => {
  it('labels the N largest, ties by code, never a gap', () => {
    const picked = selectLabels(
      [
        { code: '3', value: 10 },
        { code: '1', value: 50 },
        { code: '2', value: 10 },
        { code: '4', value: null },
        { code: '5', value: NaN },
      ],
      3,
    );
    expect(picked).toEqual(['1', '2', '3']);
    expect(selectLabels([{ code: '1', value: 1 }], 0)).toEqual([]);
  });
});
