export * from './engagement.schemas';
export * from './report.schemas';
