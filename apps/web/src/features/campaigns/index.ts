export { CampaignPage } from './pages/campaign-page';
export { CampaignsPage } from './pages/campaigns-page';
