/**
 * Where a popover goes so it stays on screen: below its anchor, right-aligned with it by default
 * (`align: 'start'` lines up left edges, as a dropdown does); flipped above when there is no room
 * below (and more above), and shifted sideways to stay `margin` px inside the viewport.
 * `avoidLeft` keeps it clear of the navigation rail. Pure, for `position: fixed` coordinates;
 * every popover, tooltip and menu of the app is placed through it (use-popover.ts).
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  /** True when flipped above the anchor. */
  above: boolean;
}

export function placePopover(
  anchor: Box,
  pop: { width: number; height: number },
  viewport: { width: number; height: number },
  opts: { gap?: number; margin?: number; avoidLeft?: number; align?: 'start' | 'end' } = {},
): Placement {
  const gap = opts.gap ?? 4;
  const margin = opts.margin ?? 8;
  const minLeft = Math.max(margin, opts.avoidLeft ?? 0);
  const below = viewport.height - (anchor.top + anchor.height) - gap - margin;
  const aboveRoom = anchor.top - gap - margin;
  const above = pop.height > below && aboveRoom > below;
  let top = above ? anchor.top - gap - pop.height : anchor.top + anchor.height + gap;
  top = Math.max(margin, Math.min(top, viewport.height - margin - pop.height));
  // Right edges aligned (a chip sits at a row's end) or left edges (a dropdown under its
  // button), then shifted inside the viewport.
  let left = opts.align === 'start' ? anchor.left : anchor.left + anchor.width - pop.width;
  left = Math.min(left, viewport.width - margin - pop.width);
  left = Math.max(left, minLeft);
  return { left, top, above };
}
