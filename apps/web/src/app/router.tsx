import { lazy } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { paths } from '@/lib/paths';
import { AppShell } from './layout/app-shell';
import { RouteErrorPage } from './route-error-page';

// Each feature is one lazy chunk: its pages and the antd pieces only they use.
const OrganizationsPage = lazy(() =>
  import('@/features/organizations').then((m) => ({ default: m.OrganizationsPage })),
);
const OrganizationPage = lazy(() =>
  import('@/features/organizations').then((m) => ({ default: m.OrganizationPage })),
);
const NotFoundPage = lazy(() =>
  import('./not-found-page').then((m) => ({ default: m.NotFoundPage })),
);

export const routes: RouteObject[] = [
  {
    path: paths.home,
    element: <AppShell />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        // A page that throws keeps the shell (navigation) around its error.
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <Navigate to={paths.organizations} replace /> },
          { path: 'organizations', element: <OrganizationsPage /> },
          { path: 'organizations/:organizationId', element: <OrganizationPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
