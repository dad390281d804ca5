/**
 * Series colours for rank charts: twelve hues that stay apart on light and dark backgrounds,
 * assigned by position so an entity keeps its colour between the bump chart and the value chart.
 */
export const SERIES_COLOURS = [
  '#c0392b',
  '#2e6bd6',
  '#d68910',
  '#1f8f5f',
  '#8e44ad',
  '#16a2b8',
  '#b9770e',
  '#e05a9b',
  '#5d6d7e',
  '#7dab1e',
  '#a04000',
  '#3b4cc0',
];

export const colourAt = (i: number): string => SERIES_COLOURS[i % SERIES_COLOURS.length]!;
