import { lazy } from 'react';

// The forms (date pickers, the segment search) load when a drawer first opens, so reading
// drives does not pay for creating and editing them.
export const CreateDriveDrawer = lazy(() =>
  import('./create-drive-drawer').then((m) => ({ default: m.CreateDriveDrawer })),
);
export const EditDriveDrawer = lazy(() =>
  import('./edit-drive-drawer').then((m) => ({ default: m.EditDriveDrawer })),
);
