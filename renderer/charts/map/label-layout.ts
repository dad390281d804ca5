/**
 * Which top-N map labels are drawn. The rule (README): labels are placed in rank order, largest
 * value first; a label whose box (text to the right of its point or bubble, as the option draws
 * it) would overlap a label already placed, or leave the chart, is hidden. So a lower-ranked
 * label never hides a higher-ranked one, and every hidden label is reported (the map says which),
 * never dropped silently as ECharts' own hideOverlap would.
 */
export interface LabelCandidate {
  code: string;
  text: string;
  /** Pixel position of the label's point in the chart; null when off the projection. */
  x: number;
  y: number;
  /** Bubble diameter the label sits beside (0: a dot). */
  diameter: number;
}

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const FONT_PX = 11;
/** Width of a text at 11 px: CJK characters are square, Latin ones about 0.6 em. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? FONT_PX : FONT_PX * 0.6;
  return w;
}

/** The box the option draws: `position: 'right'`, `distance: 3`, a 2 px halo. */
export function labelBox(c: LabelCandidate): Rect {
  const left = c.x + Math.max(c.diameter, 4) / 2 + 3 - 2;
  const half = FONT_PX / 2 + 1;
  return { left, top: c.y - half, right: left + textWidth(c.text) + 4, bottom: c.y + half };
}

const overlaps = (a: Rect, b: Rect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Candidates in rank order → the codes drawn and the codes hidden (each in rank order). */
export function layoutLabels(
  ranked: readonly LabelCandidate[],
  chart: { width: number; height: number },
): { shown: string[]; hidden: string[] } {
  const placed: Rect[] = [];
  const shown: string[] = [];
  const hidden: string[] = [];
  for (const c of ranked) {
    const box = labelBox(c);
    const inside =
      box.left >= 0 && box.top >= 0 && box.right <= chart.width && box.bottom <= chart.height;
    // Off the chart (panned away) is not a collision: it is simply out of view, not reported.
    if (!inside) continue;
    if (placed.some((p) => overlaps(p, box))) hidden.push(c.code);
    else {
      placed.push(box);
      shown.push(c.code);
    }
  }
  return { shown, hidden };
}
