export * from './meeting.schemas';
