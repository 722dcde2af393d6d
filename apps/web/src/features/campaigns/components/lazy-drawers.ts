import { lazy } from 'react';

// The forms (date pickers, number inputs, the issue list) load when a drawer first opens, so
// reading campaigns does not pay for editing them.
export const CreateCampaignDrawer = lazy(() =>
  import('./create-campaign-drawer').then((m) => ({ default: m.CreateCampaignDrawer })),
);
export const EditCampaignDrawer = lazy(() =>
  import('./edit-campaign-drawer').then((m) => ({ default: m.EditCampaignDrawer })),
);
