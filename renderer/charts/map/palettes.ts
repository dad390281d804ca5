/**
 * Map colours. Levels read on a sequential ramp (light to dark on a light page, dark to bright
 * on a dark one, so "more" always stands out from the page); signed measures on a diverging ramp
 * whose two arms have the same intensity at the same distance from the centre. The arms follow
 * the gain-colour convention in effect (Settings): red up and blue down where gains are red (the
 * Chinese convention), teal-green up and red down where gains are green. Neither pair is
 * red-against-green, so both survive colour blindness.
 * "No published figure" is a neutral grey with hatching that no ramp contains.
 */
import TOKENS from './map-colours.json';

export type MapTheme = 'light' | 'dark';

export interface MapColours {
  /** Sequential stops, low to high. */
  sequential: string[];
  /** Diverging arms, each from next to the centre outwards. */
  below: string[];
  above: string[];
  centre: string;
  noData: string;
  /** Bubbles of places with a value but no published growth. */
  noGrowth: string;
  /** Hatching drawn over no-data regions. */
  noDataHatch: string;
  /** Regions outside a drilled-into province. */
  outside: string;
  /** Classes switched off in the legend. */
  filtered: string;
  border: string;
  provinceBorder: string;
  text: string;
  /** Outline around label text, so names stay readable over any fill. */
  halo: string;
  /** Behind legends that sit over the map in a narrow frame. */
  legendBackground: string;
}

/** The colours of each theme; the values live in map-colours.json, beside the teal arm. */
export const MAP_COLOURS: Readonly<Record<MapTheme, MapColours>> = TOKENS.colours;

/**
 * The map colours of a theme with the diverging arms of a gain convention: the theme's red arm
 * (`above`) and blue arm (`below`) where gains are red; teal up and red down where gains are green.
 */
export function mapColours(theme: MapTheme, gains: 'red-up' | 'green-up'): MapColours {
  const colours = MAP_COLOURS[theme];
  return gains === 'red-up'
    ? { ...colours }
    : { ...colours, above: TOKENS.tealArm[theme], below: colours.above };
}

function parseHex(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

const toHex = (rgb: number[]) =>
  `#${rgb
    .map((c) =>
      Math.round(Math.max(0, Math.min(255, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;

/** The colour at position t (0–1) along hex stops, interpolated in RGB. */
export function rampAt(stops: readonly string[], t: number): string {
  if (stops.length === 1) return stops[0]!;
  const x = Math.max(0, Math.min(1, t)) * (stops.length - 1);
  const i = Math.min(Math.floor(x), stops.length - 2);
  const a = parseHex(stops[i]!);
  const b = parseHex(stops[i + 1]!);
  return toHex(a.map((c, k) => c + (b[k]! - c) * (x - i)));
}

/** Colours of `k` sequential classes, spread over the whole ramp. */
export function sequentialColours(k: number, colours: MapColours): string[] {
  if (k <= 1) return [rampAt(colours.sequential, 0.6)];
  return Array.from({ length: k }, (_, i) => rampAt(colours.sequential, i / (k - 1)));
}

/**
 * Colours of diverging classes: `below` classes under the centre (farthest first) and `above`
 * at or over it (nearest first). Both arms use one step size, the larger side's, so a class two
 * steps from the centre is equally strong in red and in blue.
 */
export function divergingColours(below: number, above: number, colours: MapColours): string[] {
  const steps = Math.max(below, above, 1);
  // The nearest class takes the arm's palest colour, the farthest its strongest.
  const at = (arm: string[], d: number) => rampAt(arm, steps === 1 ? 0.6 : (d - 1) / (steps - 1));
  const down = Array.from({ length: below }, (_, i) => at(colours.below, below - i));
  const up = Array.from({ length: above }, (_, i) => at(colours.above, i + 1));
  return [...down, ...up];
}

/** Stops of a continuous diverging ramp from the strongest down colour to the strongest up. */
export function divergingStops(colours: MapColours): string[] {
  return [...[...colours.below].reverse(), colours.centre, ...colours.above];
}
