export * from './campaign.schemas';
export * from './participation.schemas';
