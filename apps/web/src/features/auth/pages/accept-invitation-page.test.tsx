import { screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildMeResponse } from '@/testing/access-factories';
import { buildOrganizationList } from '@/testing/factories';
import { errorResponse, jsonResponse, mockFetch, sentBodies } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render-app';

const TOKEN = 'a-one-time-token-of-forty-three-characters-x';

/** Pastes into a field: typing character by character is slow under antd and jsdom. */
async function fill(user: UserEvent, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

describe('accepting an invitation', () => {
  it('sets the chosen password and signs the new user in', async () => {
    const me = buildMeResponse({ name: 'Nia Newcomer', role: 'staff' });
    const fetchMock = mockFetch((url) =>
      url.pathname === '/api/auth/accept-invitation'
        ? jsonResponse(me)
        : jsonResponse(buildOrganizationList([])),
    );
    const { user, location } = renderApp(`/accept-invitation?token=${TOKEN}`, { session: null });

    await fill(user, await screen.findByLabelText('New password'), 'correct horse battery');
    await fill(user, screen.getByLabelText('Confirm password'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Choose password and sign in' }));

    await waitFor(() => expect(location().pathname).toBe('/organizations'));
    expect(await screen.findByText('Nia Newcomer')).toBeInTheDocument();
    expect(sentBodies(fetchMock, 'POST', '/api/auth/accept-invitation')).toEqual([
      { token: TOKEN, password: 'correct horse battery' },
    ]);
  });

  it('refuses a short password or a confirmation that differs, without asking the API', async () => {
    const fetchMock = mockFetch(() => jsonResponse(buildMeResponse()));
    const { user } = renderApp(`/accept-invitation?token=${TOKEN}`, { session: null });

    await fill(user, await screen.findByLabelText('New password'), 'too short');
    await fill(user, screen.getByLabelText('Confirm password'), 'something else');
    await user.click(screen.getByRole('button', { name: 'Choose password and sign in' }));

    expect(
      await screen.findByText('New password must be at least 12 characters'),
    ).toBeInTheDocument();
    expect(await screen.findByText('The two passwords are not the same')).toBeInTheDocument();
    expect(sentBodies(fetchMock, 'POST', '/api/auth/accept-invitation')).toEqual([]);
  });

  it('says when the link is used or expired, and whom to ask', async () => {
    mockFetch(() =>
      errorResponse({
        statusCode: 400,
        code: 'invitation_invalid',
        message: 'This invitation link is invalid, expired or already used',
        fields: [{ path: 'token', message: 'is invalid, expired or already used' }],
      }),
    );
    const { user, location } = renderApp(`/accept-invitation?token=${TOKEN}`, { session: null });

    await fill(user, await screen.findByLabelText('New password'), 'correct horse battery');
    await fill(user, screen.getByLabelText('Confirm password'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Choose password and sign in' }));

    expect(
      await screen.findByText(
        'This invitation link is invalid, expired or already used. Ask the admin who invited you for a new link.',
      ),
    ).toBeInTheDocument();
    expect(location().pathname).toBe('/accept-invitation');
  });

  it('explains a link without its token', async () => {
    mockFetch(() => jsonResponse(buildMeResponse()));

    renderApp('/accept-invitation', { session: null });

    expect(await screen.findByText('This invitation link is incomplete')).toBeInTheDocument();
  });
});
