export * from './ids';
export * from './entity';
export * from './source';
export * from './figure';
export * from './dataset';
export * from './user-layer';
export * from './boundaries';
export * from './revision-kind';
