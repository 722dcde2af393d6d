import { lazy } from 'react';

// The form loads when the drawer first opens, so reading segments does not pay for editing them.
export const EditSegmentDrawer = lazy(() =>
  import('./edit-segment-drawer').then((m) => ({ default: m.EditSegmentDrawer })),
);
