import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildMeResponse } from '@/testing/access-factories';
import {
  errorResponse,
  jsonResponse,
  mockFetch,
  sentBodies,
  sentHeaders,
} from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render-app';

async function openChangePassword(user: UserEvent): Promise<HTMLElement> {
  await user.click(await screen.findByRole('button', { name: /Account menu of/ }));
  await user.click(await screen.findByRole('menuitem', { name: /Change password/ }));
  const dialog = await screen.findByRole('dialog');
  await within(dialog).findByLabelText('Current password');
  return dialog;
}

/** Pastes into a field: typing character by character is slow under antd and jsdom. */
async function fill(user: UserEvent, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

async function fillPasswords(user: UserEvent, dialog: HTMLElement, current: string, next: string) {
  await fill(user, within(dialog).getByLabelText('Current password'), current);
  await fill(user, within(dialog).getByLabelText('New password'), next);
  await fill(user, within(dialog).getByLabelText('Confirm new password'), next);
  await user.click(within(dialog).getByRole('button', { name: 'Change password' }));
}

// The menu is in the shell of every page; the page-not-found one loads the least around it.
const A_LIGHT_PAGE = '/no-such-page';
/** Skips user-event's slow pointer-events check on every click (see renderApp). */
const FAST_CLICKS = { pointerEventsCheck: 0 } as const;

describe('changing one’s password', () => {
  it('sends the current and new password with the CSRF token', async () => {
    const fetchMock = mockFetch((url) =>
      url.pathname === '/api/auth/password'
        ? new Response(null, { status: 204 })
        : jsonResponse({}),
    );
    const { user } = renderApp(A_LIGHT_PAGE, {
      userEvents: FAST_CLICKS,
      session: buildMeResponse({}, { csrfToken: 'csrf-abc' }),
    });
    const dialog = await openChangePassword(user);

    await fillPasswords(user, dialog, 'the old password', 'a brand new passphrase');

    expect(await screen.findByText(/Your password was changed/)).toBeInTheDocument();
    expect(sentBodies(fetchMock, 'POST', '/api/auth/password')).toEqual([
      { currentPassword: 'the old password', newPassword: 'a brand new passphrase' },
    ]);
    expect(sentHeaders(fetchMock, 'POST', '/api/auth/password')[0]?.get('X-CSRF-Token')).toBe(
      'csrf-abc',
    );
  });

  it('marks the current password when the API says it is wrong', async () => {
    mockFetch((url) =>
      url.pathname === '/api/auth/password'
        ? errorResponse({
            statusCode: 400,
            code: 'wrong_password',
            message: 'The current password is incorrect',
            fields: [{ path: 'currentPassword', message: 'is incorrect' }],
          })
        : jsonResponse({}),
    );
    const { user } = renderApp(A_LIGHT_PAGE, { userEvents: FAST_CLICKS });
    const dialog = await openChangePassword(user);

    await fillPasswords(user, dialog, 'not my password', 'a brand new passphrase');

    expect(await within(dialog).findByText('Current password is incorrect')).toBeInTheDocument();
    expect(screen.queryByText(/Your password was changed/)).not.toBeInTheDocument();
  });
});
