import type { MeResponse } from '@coalition/contracts';
import { render } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppProviders } from '@/app/providers';
import { routes } from '@/app/router';
import { createQueryClient } from '@/lib/query-client';
import { sessionQueryOptions } from '@/lib/session-api';
import { buildMeResponse } from './access-factories';

export interface RenderAppOptions {
  /**
   * Who is signed in when the app opens: an admin unless said otherwise (so page tests need
   * not answer `/api/auth/me`), `null` for nobody, or `'from-api'` to let the app ask the
   * mocked API as it does at start-up.
   */
  session?: MeResponse | null | 'from-api';
  /**
   * Options for the simulated person. On pages with many antd parts, checking before each click
   * that nothing above the target has `pointer-events: none` (a computed style for every
   * ancestor) is slow under jsdom; `{ pointerEventsCheck: 0 }` skips it.
   */
  userEvents?: Parameters<typeof userEvent.setup>[0];
}

/** Renders the whole dashboard (real routes, shell, providers) at a URL, as a person would open it. */
export function renderApp(initialPath: string, options: RenderAppOptions = {}) {
  const { session = buildMeResponse(), userEvents } = options;
  const router = createMemoryRouter(routes, { initialEntries: [initialPath] });
  const queryClient = createQueryClient({ queries: { retry: false, staleTime: 0 } });
  if (session !== 'from-api') queryClient.setQueryData(sessionQueryOptions().queryKey, session);
  const user: UserEvent = userEvent.setup(userEvents);
  const view = render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  const location = () => router.state.location;
  return { ...view, router, user, location, queryClient };
}
