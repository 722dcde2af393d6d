import { lazy } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { paths } from '@/lib/paths';
import { HomeRedirect } from './home-redirect';
import { AppShell } from './layout/app-shell';
import { PublicLayout } from './layout/public-layout';
import { useRecordEngagement } from './record-engagement';
import { useRecordHistory } from './record-history';
import { useRecordMeetings } from './record-meetings';
import { useRecordOutreach } from './record-outreach';
import { RequirePermission } from './require-permission';
import { RequireSession } from './require-session';
import { RouteErrorPage } from './route-error-page';

// Each feature is one lazy chunk: its pages and the antd pieces only they use.
const OrganizationsPage = lazy(() =>
  import('@/features/organizations').then((m) => ({ default: m.OrganizationsPage })),
);
const OrganizationPage = lazy(() =>
  import('@/features/organizations').then((m) => ({ default: m.OrganizationPage })),
);
/** An organization's page, with its history tab for roles that may read the audit trail. */
function OrganizationRecordPage() {
  return (
    <OrganizationPage
      renderHistory={useRecordHistory('organization')}
      renderOutreach={useRecordOutreach('organization')}
      renderMeetings={useRecordMeetings('organization')}
      renderEngagement={useRecordEngagement('organization')}
    />
  );
}
const ContactsPage = lazy(() =>
  import('@/features/contacts').then((m) => ({ default: m.ContactsPage })),
);
const ContactPage = lazy(() =>
  import('@/features/contacts').then((m) => ({ default: m.ContactPage })),
);
/** A person's page, with its history tab for roles that may read the audit trail. */
function ContactRecordPage() {
  return (
    <ContactPage
      renderHistory={useRecordHistory('contact')}
      renderOutreach={useRecordOutreach('contact')}
      renderMeetings={useRecordMeetings('contact')}
      renderEngagement={useRecordEngagement('contact')}
    />
  );
}
const IssuesPage = lazy(() => import('@/features/issues').then((m) => ({ default: m.IssuesPage })));
const IssuePage = lazy(() => import('@/features/issues').then((m) => ({ default: m.IssuePage })));
const CampaignsPage = lazy(() =>
  import('@/features/campaigns').then((m) => ({ default: m.CampaignsPage })),
);
const CampaignPage = lazy(() =>
  import('@/features/campaigns').then((m) => ({ default: m.CampaignPage })),
);
const SegmentsPage = lazy(() =>
  import('@/features/segments').then((m) => ({ default: m.SegmentsPage })),
);
const NewSegmentPage = lazy(() =>
  import('@/features/segments').then((m) => ({ default: m.NewSegmentPage })),
);
const SegmentPage = lazy(() =>
  import('@/features/segments').then((m) => ({ default: m.SegmentPage })),
);
const DrivesPage = lazy(() =>
  import('@/features/outreach').then((m) => ({ default: m.DrivesPage })),
);
const DrivePage = lazy(() => import('@/features/outreach').then((m) => ({ default: m.DrivePage })));
const CallerPage = lazy(() =>
  import('@/features/outreach').then((m) => ({ default: m.CallerPage })),
);
const MeetingsPage = lazy(() =>
  import('@/features/meetings').then((m) => ({ default: m.MeetingsPage })),
);
const NewMeetingPage = lazy(() =>
  import('@/features/meetings').then((m) => ({ default: m.NewMeetingPage })),
);
const MeetingPage = lazy(() =>
  import('@/features/meetings').then((m) => ({ default: m.MeetingPage })),
);
const StaffHomePage = lazy(() =>
  import('@/features/meetings').then((m) => ({ default: m.StaffHomePage })),
);
const SignInPage = lazy(() => import('@/features/auth').then((m) => ({ default: m.SignInPage })));
const AcceptInvitationPage = lazy(() =>
  import('@/features/auth').then((m) => ({ default: m.AcceptInvitationPage })),
);
const ReportsOverviewPage = lazy(() =>
  import('@/features/reports').then((m) => ({ default: m.ReportsOverviewPage })),
);
const BreakdownsPage = lazy(() =>
  import('@/features/reports').then((m) => ({ default: m.BreakdownsPage })),
);
const ActivityPage = lazy(() =>
  import('@/features/reports').then((m) => ({ default: m.ActivityPage })),
);
const ReportsPrintPage = lazy(() =>
  import('@/features/reports').then((m) => ({ default: m.ReportsPrintPage })),
);
const UsersPage = lazy(() => import('@/features/users').then((m) => ({ default: m.UsersPage })));
const ImportsPage = lazy(() =>
  import('@/features/imports').then((m) => ({ default: m.ImportsPage })),
);
const NewImportPage = lazy(() =>
  import('@/features/imports').then((m) => ({ default: m.NewImportPage })),
);
const ImportPage = lazy(() =>
  import('@/features/imports').then((m) => ({ default: m.ImportPage })),
);
const FullExportPage = lazy(() =>
  import('@/features/imports').then((m) => ({ default: m.FullExportPage })),
);
const AuditPage = lazy(() => import('@/features/audit').then((m) => ({ default: m.AuditPage })));
const NotFoundPage = lazy(() =>
  import('./not-found-page').then((m) => ({ default: m.NotFoundPage })),
);

export const routes: RouteObject[] = [
  {
    // Open to everyone: how a person gets a session.
    element: <PublicLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { path: paths.signIn, element: <SignInPage /> },
      { path: paths.acceptInvitation, element: <AcceptInvitationPage /> },
    ],
  },
  {
    path: paths.home,
    element: <RequireSession />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        element: <AppShell />,
        children: [
          {
            // A page that throws keeps the shell (navigation) around its error.
            errorElement: <RouteErrorPage />,
            children: [
              { index: true, element: <HomeRedirect /> },
              {
                path: 'organizations',
                element: (
                  <RequirePermission permission="members.read">
                    <OrganizationsPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'organizations/:organizationId',
                element: (
                  <RequirePermission permission="members.read">
                    <OrganizationRecordPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'contacts',
                element: (
                  <RequirePermission permission="members.read">
                    <ContactsPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'contacts/:contactId',
                element: (
                  <RequirePermission permission="members.read">
                    <ContactRecordPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'issues',
                element: (
                  <RequirePermission permission="members.read">
                    <IssuesPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'issues/:issueId',
                element: (
                  <RequirePermission permission="members.read">
                    <IssuePage />
                  </RequirePermission>
                ),
              },
              {
                path: 'campaigns',
                element: (
                  <RequirePermission permission="members.read">
                    <CampaignsPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'campaigns/:campaignId',
                element: (
                  <RequirePermission permission="members.read">
                    <CampaignPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'segments',
                element: (
                  <RequirePermission permission="segments.write">
                    <SegmentsPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'segments/new',
                element: (
                  <RequirePermission permission="segments.write">
                    <NewSegmentPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'segments/:segmentId',
                element: (
                  <RequirePermission permission="segments.write">
                    <SegmentPage />
                  </RequirePermission>
                ),
              },
              {
                // Leadership and viewers read how drives go; working a list needs outreach.write.
                path: 'outreach',
                element: (
                  <RequirePermission permission="members.read">
                    <DrivesPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'outreach/:driveId',
                element: (
                  <RequirePermission permission="members.read">
                    <DrivePage />
                  </RequirePermission>
                ),
              },
              {
                path: 'outreach/:driveId/call',
                element: (
                  <RequirePermission permission="outreach.write">
                    <CallerPage />
                  </RequirePermission>
                ),
              },
              {
                // Everyone who reads members follows meetings; logging them needs meetings.write.
                path: 'meetings',
                element: (
                  <RequirePermission permission="members.read">
                    <MeetingsPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'meetings/new',
                element: (
                  <RequirePermission permission="meetings.write">
                    <NewMeetingPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'meetings/home',
                element: (
                  <RequirePermission permission="meetings.write">
                    <StaffHomePage />
                  </RequirePermission>
                ),
              },
              {
                path: 'meetings/:meetingId',
                element: (
                  <RequirePermission permission="members.read">
                    <MeetingPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'reports',
                element: (
                  <RequirePermission permission="reports.read">
                    <ReportsOverviewPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'reports/breakdowns/:dimension',
                element: (
                  <RequirePermission permission="reports.read">
                    <BreakdownsPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'reports/activity',
                element: (
                  <RequirePermission permission="reports.read">
                    <ActivityPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'reports/print',
                element: (
                  <RequirePermission permission="reports.read">
                    <ReportsPrintPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'users',
                element: (
                  <RequirePermission permission="users.manage">
                    <UsersPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'audit',
                element: (
                  <RequirePermission permission="audit.read">
                    <AuditPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'imports',
                element: (
                  <RequirePermission permission="imports.run">
                    <ImportsPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'imports/new',
                element: (
                  <RequirePermission permission="imports.run">
                    <NewImportPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'imports/:importId',
                element: (
                  <RequirePermission permission="imports.run">
                    <ImportPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'data',
                element: (
                  <RequirePermission permission="backup.run">
                    <FullExportPage />
                  </RequirePermission>
                ),
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
