import { screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildMeResponse } from '@/testing/access-factories';
import { buildOrganizationList } from '@/testing/factories';
import { errorResponse, jsonResponse, mockFetch, sentBodies } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render-app';

/** Pastes into a field: typing character by character is slow under antd and jsdom. */
async function fill(user: UserEvent, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

async function signIn(user: UserEvent, email: string, password: string) {
  await fill(user, await screen.findByRole('textbox', { name: 'Email' }), email);
  await fill(user, screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('the sign-in page', () => {
  it('signs in and returns to the page the person was going to', async () => {
    const me = buildMeResponse({ role: 'organizer', name: 'Rosa Organizer' });
    const fetchMock = mockFetch((url) =>
      url.pathname === '/api/auth/login'
        ? jsonResponse(me)
        : jsonResponse(buildOrganizationList([], { total: 0 })),
    );
    const { user, location } = renderApp('/sign-in?next=%2Forganizations%3Fq%3Dcasa', {
      session: null,
    });

    await signIn(user, 'rosa@example.org', 'a long enough password');

    await waitFor(() => expect(location().pathname).toBe('/organizations'));
    expect(location().search).toBe('?q=casa');
    expect(sentBodies(fetchMock, 'POST', '/api/auth/login')).toEqual([
      { email: 'rosa@example.org', password: 'a long enough password' },
    ]);
    expect(await screen.findByText('Rosa Organizer')).toBeInTheDocument();
  });

  it('never follows a next address that leaves the dashboard', async () => {
    mockFetch((url) =>
      url.pathname === '/api/auth/login'
        ? jsonResponse(buildMeResponse())
        : jsonResponse(buildOrganizationList([])),
    );
    const { user, location } = renderApp('/sign-in?next=%2F%2Fevil.example%2Fphish', {
      session: null,
    });

    await signIn(user, 'admin@example.org', 'a long enough password');

    await waitFor(() => expect(location().pathname).toBe('/organizations'));
  });

  it("shows the API's message when the email or password is wrong", async () => {
    mockFetch(() =>
      errorResponse({
        statusCode: 401,
        code: 'invalid_credentials',
        message: 'The email or password is incorrect',
      }),
    );
    const { user, location } = renderApp('/sign-in', { session: null });

    await signIn(user, 'rosa@example.org', 'not the password');

    expect(await screen.findByText('The email or password is incorrect')).toBeInTheDocument();
    expect(screen.getByText('Could not sign in')).toBeInTheDocument();
    expect(location().pathname).toBe('/sign-in');
  });

  it('says to wait when there were too many attempts', async () => {
    mockFetch(() =>
      errorResponse({
        statusCode: 429,
        code: 'too_many_attempts',
        message: 'Too many failed sign-ins; try again in 15 minutes',
      }),
    );
    const { user } = renderApp('/sign-in', { session: null });

    await signIn(user, 'rosa@example.org', 'not the password');

    expect(await screen.findByText('Too many attempts')).toBeInTheDocument();
    expect(
      screen.getByText('Too many failed sign-ins; try again in 15 minutes'),
    ).toBeInTheDocument();
  });

  it('says when the account is disabled', async () => {
    mockFetch(() =>
      errorResponse({
        statusCode: 403,
        code: 'account_disabled',
        message: 'This account is disabled; ask an admin',
      }),
    );
    const { user } = renderApp('/sign-in', { session: null });

    await signIn(user, 'rosa@example.org', 'the old password');

    expect(await screen.findByText('This account is disabled')).toBeInTheDocument();
    expect(screen.getByText('This account is disabled; ask an admin')).toBeInTheDocument();
  });

  it('checks the form with the contract before asking the API', async () => {
    const fetchMock = mockFetch(() => jsonResponse(buildMeResponse()));
    const { user } = renderApp('/sign-in', { session: null });

    await user.type(await screen.findByRole('textbox', { name: 'Email' }), 'rosa at example');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Email must be an email address')).toBeInTheDocument();
    expect(await screen.findByText('Password is required')).toBeInTheDocument();
    expect(sentBodies(fetchMock, 'POST', '/api/auth/login')).toEqual([]);
  });

  it('goes straight on when the person is already signed in', async () => {
    mockFetch(() => jsonResponse(buildOrganizationList([])));
    const { location } = renderApp('/sign-in?next=%2Forganizations');

    await waitFor(() => expect(location().pathname).toBe('/organizations'));
  });
});
