export * from './locale';
export * from './money';
export * from './percent';
export * from './names';
