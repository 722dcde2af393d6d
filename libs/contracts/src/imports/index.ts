export * from './import-fields';
export * from './import.schemas';
