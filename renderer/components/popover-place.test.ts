import { describe, expect, it } from 'vitest';
import { placePopover } from './popover-place';

const viewport = { width: 1280, height: 720 };
const pop = { width: 340, height: 200 };

describe('popover placement', () => {
  it('goes below its anchor, right edges aligned, when there is room', () => {
    const p = placePopover({ left: 900, top: 100, width: 40, height: 20 }, pop, viewport);
    expect(p).toEqual({ left: 600, top: 124, above: false });
  });

  it('shifts right of the navigation rail instead of hiding behind it', () => {
    const p = placePopover({ left: 230, top: 100, width: 40, height: 20 }, pop, viewport, {
      avoidLeft: 220,
    });
    expect(p.left).toBe(220);
  });

  it('shifts left at the right edge and flips above at the bottom', () => {
    const p = placePopover({ left: 1250, top: 680, width: 40, height: 20 }, pop, viewport);
    expect(p.left + pop.width).toBeLessThanOrEqual(1272);
    expect(p.above).toBe(true);
    expect(p.top).toBe(680 - 4 - 200);
  });

  it('stays inside a viewport smaller than itself from the top', () => {
    const p = placePopover({ left: 10, top: 50, width: 40, height: 20 }, pop, {
      width: 300,
      height: 150,
    });
    expect(p.left).toBe(8);
    expect(p.top).toBe(8);
  });

  it('lines up left edges for a dropdown, and still shifts at the right edge', () => {
    const a = { left: 300, top: 100, width: 120, height: 28 };
    expect(placePopover(a, pop, viewport, { align: 'start' }).left).toBe(300);
    const edge = { left: 1200, top: 100, width: 60, height: 28 };
    expect(placePopover(edge, pop, viewport, { align: 'start' }).left).toBe(1280 - 8 - 340);
  });
});
