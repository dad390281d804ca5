export * from './rounding';
export * from './precedence';
export * from './coverage';
