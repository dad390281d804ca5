/** The derived tables over the merged dataset: precedence, coverage, rankings, series, the Figures table. */
export * from './rounding';
export * from './precedence';
export * from './coverage';
export * from './merge';
export * from './rank';
export * from './board-metrics';
export * from './board-sort';
export * from './city-profile';
export * from './derive';
export * from './derived';
export * from './municipality-twins';
export * from './figure-sort';
export * from './figure-table';
export * from './filters';
export * from './map-measures';
export * from './movers';
export * from './rank-history';
export * from './ranking-board';
export * from './ranking-fixture';
export * from './series';
export * from './source-usage';
export * from './synth';
export * from './synth-fixtures';
export * from './year-index';
// Two modules name a row FigureRow: the merged record row (precedence) keeps the name, the
// Figures table's row is exported as FigureTableRow.
export type { FigureRow } from './precedence';
export type { FigureRow as FigureTableRow } from './figure-table';
