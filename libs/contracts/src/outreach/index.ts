export * from './outreach.schemas';
