export * from './issue.schemas';
export * from './bill.schemas';
export * from './interest.schemas';
