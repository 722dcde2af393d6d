import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMeResponse } from '@/testing/access-factories';
import { buildOrganizationList } from '@/testing/factories';
import {
  errorResponse,
  jsonResponse,
  mockFetch,
  requestedUrls,
  sentHeaders,
} from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render-app';

const UNAUTHENTICATED = {
  statusCode: 401,
  code: 'unauthenticated',
  message: 'Sign in to continue',
} as const;

function menuItemNames(): string[] {
  const nav = screen.getByRole('navigation', { name: 'Main' });
  return within(nav)
    .getAllByRole('menuitem')
    .map((item) => item.textContent ?? '');
}

describe('the session', () => {
  it('sends a person who is not signed in to the sign-in page, keeping where they were going', async () => {
    const fetchMock = mockFetch((url) =>
      url.pathname === '/api/auth/me'
        ? errorResponse(UNAUTHENTICATED)
        : jsonResponse(buildOrganizationList([])),
    );

    const { location } = renderApp('/organizations?q=casa', { session: 'from-api' });

    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(location().pathname).toBe('/sign-in');
    expect(new URLSearchParams(location().search).get('next')).toBe('/organizations?q=casa');
    // Nothing of the dashboard was asked for without a session.
    expect(requestedUrls(fetchMock).map((url) => url.pathname)).toEqual(['/api/auth/me']);
  });

  it('returns to the sign-in page when the session expires during use', async () => {
    mockFetch(() => errorResponse(UNAUTHENTICATED));

    const { location } = renderApp('/organizations?county=Suffolk');

    expect(await screen.findByText('Your session has ended')).toBeInTheDocument();
    expect(location().pathname).toBe('/sign-in');
    expect(new URLSearchParams(location().search).get('next')).toBe(
      '/organizations?county=Suffolk',
    );
  });

  it('says so when the server cannot be reached at start-up, and tries again', async () => {
    let up = false;
    mockFetch((url) => {
      if (!up) return errorResponse({ statusCode: 503, code: 'http_error', message: 'Down' });
      return url.pathname === '/api/auth/me'
        ? jsonResponse(buildMeResponse())
        : jsonResponse(buildOrganizationList([]));
    });
    const { user } = renderApp('/organizations', { session: 'from-api' });

    expect(await screen.findByText('Could not reach Coalition CRM')).toBeInTheDocument();
    up = true;
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Organizations' }),
    ).toBeInTheDocument();
  });

  it("shows the signed-in person's name and role in the header", async () => {
    mockFetch(() => jsonResponse(buildOrganizationList([])));

    renderApp('/organizations', {
      session: buildMeResponse({ name: 'Lee Leadership', role: 'leadership' }),
    });

    const header = await screen.findByRole('banner');
    const menu = within(header).getByRole('button', { name: 'Account menu of Lee Leadership' });
    expect(within(menu).getByText('Lee Leadership')).toBeInTheDocument();
    expect(within(menu).getByText('Leadership')).toBeInTheDocument();
  });

  it('signs out with the CSRF token, then shows the sign-in page without a return address', async () => {
    const fetchMock = mockFetch((url) =>
      url.pathname === '/api/auth/logout'
        ? new Response(null, { status: 204 })
        : jsonResponse(buildOrganizationList([])),
    );
    const { user, location } = renderApp('/organizations', {
      session: buildMeResponse({ name: 'Sam Staff', role: 'staff' }, { csrfToken: 'tok-123' }),
    });

    await user.click(await screen.findByRole('button', { name: 'Account menu of Sam Staff' }));
    await user.click(await screen.findByRole('menuitem', { name: /Sign out/ }));

    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(location().pathname).toBe('/sign-in');
    expect(location().search).toBe('');
    expect(screen.queryByText('Your session has ended')).not.toBeInTheDocument();
    const [headers] = sentHeaders(fetchMock, 'POST', '/api/auth/logout');
    expect(headers?.get('X-CSRF-Token')).toBe('tok-123');
  });
});

describe('navigation by role', () => {
  it("leaves Users, Audit trail and Segments out of a viewer's navigation, but shows drives' progress", async () => {
    mockFetch(() => jsonResponse(buildOrganizationList([])));

    renderApp('/organizations', { session: buildMeResponse({ role: 'viewer' }) });

    await screen.findByRole('heading', { level: 2, name: 'Organizations' });
    const names = menuItemNames();
    expect(names).toEqual(['Organizations', 'Contacts', 'Issues', 'Campaigns', 'Meetings', 'Outreach']);
  });

  it('shows an admin Users and Audit trail as working links', async () => {
    mockFetch(() => jsonResponse(buildOrganizationList([])));

    renderApp('/organizations', { session: buildMeResponse({ role: 'admin' }) });

    await screen.findByRole('heading', { level: 2, name: 'Organizations' });
    expect(menuItemNames()).toEqual(
      expect.arrayContaining(['Segments', 'Outreach', 'Reports', 'Users', 'Audit trail']),
    );
    expect(screen.getByRole('link', { name: 'Users' })).toHaveAttribute('href', '/users');
    expect(screen.getByRole('link', { name: 'Audit trail' })).toHaveAttribute('href', '/audit');
  });

  it('gives leadership the audit trail and reports, but not users', async () => {
    mockFetch(() => jsonResponse(buildOrganizationList([])));

    renderApp('/organizations', { session: buildMeResponse({ role: 'leadership' }) });

    await screen.findByRole('heading', { level: 2, name: 'Organizations' });
    const names = menuItemNames();
    expect(names).toEqual(expect.arrayContaining(['Reports', 'Audit trail']));
    expect(names).not.toContain('Users');
    expect(screen.getByRole('link', { name: 'Reports' })).toHaveAttribute('href', '/reports');
  });

  it('answers a typed address the role may not use without asking the API', async () => {
    const fetchMock = mockFetch(() => jsonResponse(buildOrganizationList([])));

    renderApp('/users', { session: buildMeResponse({ role: 'viewer' }) });

    expect(await screen.findByText('Not available to your role')).toBeInTheDocument();
    await waitFor(() => expect(fetchMock).not.toHaveBeenCalled());
  });
});
