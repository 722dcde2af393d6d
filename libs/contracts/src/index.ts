export * from './common';
export * from './geo';
export * from './health';
export * from './organizations';
