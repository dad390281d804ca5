/**
 * Where the window opens: where it was last time, unless that place is no longer on any screen
 * (a monitor was unplugged, the resolution changed), in which case it is moved back onto the
 * primary screen, shrunk to fit if need be.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

/** How much of the window must show on a screen to be reachable: its title bar, roughly. */
const MIN_VISIBLE = { width: 120, height: 40 };

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * `bounds` if enough of its top edge is on one of `screens` (work areas), else the same size
 * (at most the primary screen's) centred on `screens[0]`, the primary one.
 */
export function placeOnScreen(bounds: Rect, screens: readonly Rect[]): Rect {
  const titleBar = { ...bounds, height: Math.min(bounds.height, MIN_VISIBLE.height) };
  const reachable = screens.some((s) => {
    const o = overlap(titleBar, s);
    return (
      o.width >= MIN_VISIBLE.width && o.height >= Math.min(titleBar.height, MIN_VISIBLE.height)
    );
  });
  if (reachable) return bounds;
  const primary = screens[0]!;
  const width = Math.min(bounds.width, primary.width);
  const height = Math.min(bounds.height, primary.height);
  return {
    x: primary.x + Math.round((primary.width - width) / 2),
    y: primary.y + Math.round((primary.height - height) / 2),
    width,
    height,
  };
}

/** A window state read from disk, or null when it is not one (wrong types, absurd sizes). */
export function parseWindowState(raw: unknown): WindowState | null {
  const r = raw as { bounds?: Partial<Rect>; maximized?: unknown } | null;
  const b = r?.bounds;
  const ok = (n: unknown, min: number, max: number) =>
    typeof n === 'number' && Number.isFinite(n) && n >= min && n <= max;
  if (!b || !ok(b.x, -1e5, 1e5) || !ok(b.y, -1e5, 1e5)) return null;
  if (!ok(b.width, 200, 1e5) || !ok(b.height, 150, 1e5)) return null;
  return {
    bounds: { x: b.x!, y: b.y!, width: b.width!, height: b.height! },
    maximized: r?.maximized === true,
  };
}
