export * from './filter.schemas';
export * from './segment.schemas';
export * from './segment-export.schemas';
