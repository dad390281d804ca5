/**
 * Map colours. Levels read on a sequential ramp (light to dark on a light page, dark to bright
 * on a dark one, so "more" always stands out from the page); signed measures on a diverging ramp
 * whose two arms have the same intensity at the same distance from the centre. The arms follow
 * the gain-colour convention in effect (Settings): red up and blue down where gains are red (the
 * Chinese convention), teal-green up and red down where gains are green. Neither pair is
 * red-against-green, so both survive colour blindness.
 * "No published figure" is a neutral grey with hatching that no ramp contains.
 */

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

export const MAP_COLOURS: Record<MapTheme, MapColours> = {
  light: {
    sequential: ['#eef6d8', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'],
    below: ['#d1e5f0', '#92c5de', '#4393c3', '#2166ac', '#053061'],
    above: ['#fddbc7', '#f4a582', '#d6604d', '#b2182b', '#67001f'],
    centre: '#f7f7f7',
    noData: '#d6d9de',
    noGrowth: '#aab0ba',
    noDataHatch: 'rgba(110, 117, 130, 0.45)',
    outside: '#eceef1',
    filtered: '#f3f4f6',
    border: 'rgba(255, 255, 255, 0.9)',
    provinceBorder: '#4a5261',
    text: '#1c2330',
    halo: '#ffffff',
    legendBackground: 'rgba(255, 255, 255, 0.82)',
  },
  dark: {
    sequential: ['#35507a', '#2c728e', '#21918c', '#28ae80', '#5ec962', '#addc30', '#fde725'],
    below: ['#4a6a96', '#4f86c6', '#63a4e8', '#94c4fa', '#cfe4ff'],
    above: ['#9a5a4c', '#c9664f', '#ec7d5f', '#ffa285', '#ffd3c2'],
    centre: '#5b6270',
    noData: '#3b424e',
    noGrowth: '#8a93a3',
    noDataHatch: 'rgba(125, 134, 150, 0.45)',
    outside: '#1f252f',
    filtered: '#262c36',
    border: 'rgba(18, 22, 29, 0.85)',
    provinceBorder: '#c8cfdb',
    text: '#e4e8ef',
    halo: '#12161d',
    legendBackground: 'rgba(27, 33, 43, 0.85)',
  },
};

/** Arms of the diverging ramp, each from next to the centre outwards. */
const ARMS: Record<MapTheme, { red: string[]; blue: string[]; teal: string[] }> = {
  light: {
    red: MAP_COLOURS.light.above,
    blue: MAP_COLOURS.light.below,
    teal: ['#c7eae5', '#80cdc1', '#35978f', '#01665e', '#003c30'],
  },
  dark: {
    red: MAP_COLOURS.dark.above,
    blue: MAP_COLOURS.dark.below,
    teal: ['#3d6e68', '#3f8f85', '#4fb3a5', '#86d6c9', '#c8f0ea'],
  },
};

/** The map colours of a theme with the diverging arms of a gain convention. */
export function mapColours(theme: MapTheme, gains: 'red-up' | 'green-up'): MapColours {
  const arms = ARMS[theme];
  return gains === 'red-up'
    ? { ...MAP_COLOURS[theme], above: arms.red, below: arms.blue }
    : { ...MAP_COLOURS[theme], above: arms.teal, below: arms.red };
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
