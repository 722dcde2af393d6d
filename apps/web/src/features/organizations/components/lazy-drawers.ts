import { lazy } from 'react';

// The form (date pickers, number input, the municipality list) loads when a drawer first
// opens, so reading the directory does not pay for editing it.
export const CreateOrganizationDrawer = lazy(() =>
  import('./create-organization-drawer').then((m) => ({ default: m.CreateOrganizationDrawer })),
);
export const EditOrganizationDrawer = lazy(() =>
  import('./edit-organization-drawer').then((m) => ({ default: m.EditOrganizationDrawer })),
);
