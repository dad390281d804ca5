import { describe, expect, it } from 'vitest';
import { labelBox, layoutLabels, textWidth } from './label-layout';

const chart = { width: 800, height: 600 };
const at = (code: string, x: number, y: number, text = code) => ({
  code,
  text,
  x,
  y,
  diameter: 0,
});

describe('map label layout', () => {
  it('keeps every label that has room', () => {
    const r = layoutLabels([at('a', 100, 100), at('b', 100, 200), at('c', 400, 100)], chart);
    expect(r).toEqual({ shown: ['a', 'b', 'c'], hidden: [] });
  });

  it('hides the lower-ranked of two colliding labels, and says so', () => {
    // 苏州 sits just below 上海: their boxes overlap.
    const r = layoutLabels(
      [at('上海', 300, 300), at('苏州', 290, 306), at('杭州', 280, 360)],
      chart,
    );
    expect(r.shown).toEqual(['上海', '杭州']);
    expect(r.hidden).toEqual(['苏州']);
  });

  it('never lets a lower rank hide a higher one, in any input order of places', () => {
    const r = layoutLabels([at('x', 300, 300), at('y', 300, 300), at('z', 300, 300)], chart);
    expect(r.shown).toEqual(['x']);
    expect(r.hidden).toEqual(['y', 'z']);
  });

  it('does not count a label panned out of view as hidden by overlap', () => {
    const r = layoutLabels([at('far', 900, 100), at('near', 100, 100)], chart);
    expect(r).toEqual({ shown: ['near'], hidden: [] });
  });

  it('sizes a label by its text: wide for CJK, narrower for Latin', () => {
    expect(textWidth('东莞')).toBe(22);
    expect(textWidth('Dongguan')).toBeCloseTo(52.8, 5);
    const box = labelBox({ code: 'b', text: '东莞', x: 100, y: 100, diameter: 20 });
    expect(box.left).toBe(111);
  });
});
