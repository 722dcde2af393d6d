import { lazy } from 'react';

// The forms load when a drawer first opens, so reading the agenda does not pay for editing it.
export const CreateIssueDrawer = lazy(() =>
  import('./create-issue-drawer').then((m) => ({ default: m.CreateIssueDrawer })),
);
export const EditIssueDrawer = lazy(() =>
  import('./edit-issue-drawer').then((m) => ({ default: m.EditIssueDrawer })),
);
