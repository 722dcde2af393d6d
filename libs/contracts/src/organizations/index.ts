export * from './organization.schemas';
export * from './organization-list-query.schemas';
