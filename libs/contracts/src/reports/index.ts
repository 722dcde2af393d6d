export * from './engagement.schemas';
