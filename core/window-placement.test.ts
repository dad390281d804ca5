import { describe, expect, it } from 'vitest';
import { parseWindowState, placeOnScreen } from './window-placement';

const primary = { x: 0, y: 0, width: 1920, height: 1040 };
const right = { x: 1920, y: 0, width: 1280, height: 1000 };

describe('placeOnScreen', () => {
  it('keeps a window that is on a screen, even partly', () => {
    const bounds = { x: 100, y: 50, width: 1360, height: 880 };
    expect(placeOnScreen(bounds, [primary])).toEqual(bounds);
    const straddling = { x: 1700, y: 100, width: 1000, height: 700 };
    expect(placeOnScreen(straddling, [primary, right])).toEqual(straddling);
  });

  it('moves a window left on an unplugged monitor back onto the primary screen', () => {
    const onGoneMonitor = { x: 2500, y: 200, width: 1360, height: 880 };
    expect(placeOnScreen(onGoneMonitor, [primary])).toEqual({
      x: 280,
      y: 80,
      width: 1360,
      height: 880,
    });
  });

  it('brings back a window whose title bar is above the screen, and shrinks one too big', () => {
    const above = { x: 100, y: -900, width: 1000, height: 800 };
    expect(placeOnScreen(above, [primary]).y).toBeGreaterThanOrEqual(0);
    const huge = { x: -5000, y: 0, width: 4000, height: 3000 };
    expect(placeOnScreen(huge, [primary])).toEqual({ x: 0, y: 0, width: 1920, height: 1040 });
  });
});

describe('parseWindowState', () => {
  it('reads a saved state and refuses junk', () => {
    const state = { bounds: { x: 10, y: 20, width: 1200, height: 800 }, maximized: true };
    expect(parseWindowState(state)).toEqual(state);
    expect(parseWindowState({ bounds: { x: 10, y: 20, width: 10, height: 800 } })).toBeNull();
    expect(parseWindowState({ bounds: { x: 'a', y: 0, width: 1200, height: 800 } })).toBeNull();
    expect(parseWindowState(null)).toBeNull();
  });
});
