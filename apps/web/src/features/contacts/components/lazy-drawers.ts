import { lazy } from 'react';

// The form (the municipality list, the organization search) loads when a drawer first opens,
// so reading the directory does not pay for editing it.
export const CreateContactDrawer = lazy(() =>
  import('./create-contact-drawer').then((m) => ({ default: m.CreateContactDrawer })),
);
export const EditContactDrawer = lazy(() =>
  import('./edit-contact-drawer').then((m) => ({ default: m.EditContactDrawer })),
);
