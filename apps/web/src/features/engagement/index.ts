export { EngagementCard } from './components/engagement-card';
