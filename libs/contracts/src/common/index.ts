export * from './fields';
export * from './enums';
export * from './languages';
export * from './errors';
export * from './ids';
export * from './pagination';
export * from './query';
export * from './record-query';
