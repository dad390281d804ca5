export * from './rounding';
export * from './precedence';
export * from './coverage';
export * from './merge';
export * from './rank';
