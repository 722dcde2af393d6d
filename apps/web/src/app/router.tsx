import { lazy } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { paths } from '@/lib/paths';
import { AppShell } from './layout/app-shell';
import { PublicLayout } from './layout/public-layout';
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
const SignInPage = lazy(() => import('@/features/auth').then((m) => ({ default: m.SignInPage })));
const AcceptInvitationPage = lazy(() =>
  import('@/features/auth').then((m) => ({ default: m.AcceptInvitationPage })),
);
const UsersPage = lazy(() => import('@/features/users').then((m) => ({ default: m.UsersPage })));
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
              { index: true, element: <Navigate to={paths.organizations} replace /> },
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
                    <OrganizationPage />
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
