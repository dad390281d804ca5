export * from './locale';
export * from './money';
export * from './percent';
export * from './names';
export * from './usd';
export * from './ranking';
export * from './coverage';
export * from './derivation';
