export * from './affiliation.schemas';
export * from './contact.schemas';
