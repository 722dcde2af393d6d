import type { User } from '@coalition/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildInvitation, buildList, buildMeResponse, buildUser } from '@/testing/access-factories';
import {
  errorResponse,
  type FetchMock,
  jsonResponse,
  mockFetch,
  requestedUrls,
  sentBodies,
  sentHeaders,
} from '@/testing/fetch-mock';
import { renderApp, type RenderAppOptions } from '@/testing/render-app';

/** This page is rich in antd parts: skip user-event's slow pointer-events check (see renderApp). */
function openUsersPage(options: RenderAppOptions = {}) {
  return renderApp('/users', { userEvents: { pointerEventsCheck: 0 }, ...options });
}

function listRequests(fetchMock: FetchMock): URL[] {
  return requestedUrls(fetchMock).filter((url) => url.pathname === '/api/users');
}

function rowOf(name: string): HTMLElement {
  // The name may also be in the header (the signed-in admin's own row).
  const row = screen
    .getAllByText(name)
    .map((element) => element.closest('tr'))
    .find((tr) => tr !== null);
  if (!row) throw new Error(`${name} is not in a table row`);
  return row;
}

/**
 * A button of one row. `hidden: true` skips the accessibility-tree check of every ancestor,
 * which costs seconds under jsdom on this page; the row is on screen anyway.
 */
function rowButton(rowText: string, name: RegExp): HTMLElement {
  return within(rowOf(rowText)).getByRole('button', { name, hidden: true });
}

/** Pastes into a field: typing character by character is slow under antd and jsdom. */
async function fill(user: UserEvent, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

/** Answers the confirmation titled `title` (found by text: role queries are slow on big pages). */
async function confirm(user: UserEvent, title: string, button: string) {
  const titles = await screen.findAllByText(title);
  const dialog = titles.map((t) => t.closest<HTMLElement>('.ant-modal')).find((d) => d !== null);
  if (!dialog) throw new Error(`"${title}" is not in a dialog`);
  await user.click(within(dialog).getByRole('button', { name: button }));
}

/** The API of one list of users, answering writes with `answer`. */
function usersApi(users: User[], answer: (url: URL, init?: RequestInit) => Response) {
  return mockFetch((url, init) =>
    (init?.method ?? 'GET') === 'GET' ? jsonResponse(buildList(users)) : answer(url, init),
  );
}

describe('UsersPage', () => {
  // The page's code (and the antd parts it uses) loads once here, not inside a test's wait.
  beforeAll(() => import('./users-page'), 60_000);

  it('lists each account with its role, status and last sign-in', async () => {
    usersApi(
      [
        buildUser({ name: 'Rosa Organizer', role: 'organizer', status: 'active' }),
        buildUser({ name: 'Nia Newcomer', role: 'staff', status: 'invited', lastSignInAt: null }),
      ],
      () => jsonResponse({}),
    );

    openUsersPage();

    await screen.findByText('Rosa Organizer');
    expect(within(rowOf('Rosa Organizer')).getByText('Organizer')).toBeInTheDocument();
    expect(within(rowOf('Rosa Organizer')).getByText('Active')).toBeInTheDocument();
    const invited = rowOf('Nia Newcomer');
    expect(within(invited).getByText('Invited')).toBeInTheDocument();
    expect(within(invited).getByText('Never')).toBeInTheDocument();
    expect(rowButton('Nia Newcomer', /New invitation link/)).toBeInTheDocument();
    expect(screen.getByText('2 users')).toBeInTheDocument();
  });

  it('puts the role filter in the URL and asks the API with it', async () => {
    const fetchMock = usersApi([], () => jsonResponse({}));
    const { user, location } = openUsersPage();
    await waitFor(() => expect(listRequests(fetchMock)).toHaveLength(1));

    await user.click(screen.getByRole('combobox', { name: 'Filter by role' }));
    await user.click(await screen.findByTitle('Leadership'));

    await waitFor(() => expect(listRequests(fetchMock)).toHaveLength(2));
    expect(new URLSearchParams(location().search).getAll('role')).toEqual(['leadership']);
    expect(listRequests(fetchMock).at(-1)?.searchParams.getAll('role')).toEqual(['leadership']);
  });

  it('shows the invitation link once, to copy, and forgets it when the drawer closes', async () => {
    const invitation = buildInvitation({ name: 'Nia Newcomer', email: 'nia@example.org' });
    const fetchMock = usersApi([], () => jsonResponse(invitation, 201));
    const { user } = openUsersPage({
      session: buildMeResponse({ role: 'admin' }, { csrfToken: 'csrf-admin' }),
    });

    await user.click(await screen.findByRole('button', { name: /Invite user/ }));
    let drawer = await screen.findByRole('dialog');
    await fill(user, within(drawer).getByRole('textbox', { name: 'Email' }), 'nia@example.org');
    await fill(user, within(drawer).getByRole('textbox', { name: 'Name' }), 'Nia Newcomer');
    await user.click(within(drawer).getByRole('button', { name: 'Create invitation' }));

    const link = await within(drawer).findByRole('textbox', { name: 'Invitation link' });
    expect(link).toHaveValue(invitation.invitationUrl);
    expect(
      within(drawer).getByText(/Send this link to the person; it works once, for 7 days/),
    ).toBeInTheDocument();
    await user.click(within(drawer).getByRole('button', { name: /Copy link/ }));
    expect(await navigator.clipboard.readText()).toBe(invitation.invitationUrl);
    expect(sentBodies(fetchMock, 'POST', '/api/users')).toEqual([
      { email: 'nia@example.org', name: 'Nia Newcomer', role: 'viewer' },
    ]);
    expect(sentHeaders(fetchMock, 'POST', '/api/users')[0]?.get('X-CSRF-Token')).toBe('csrf-admin');

    await user.click(within(drawer).getByRole('button', { name: 'Done' }));
    await user.click(screen.getByRole('button', { name: /Invite user/ }));
    drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByRole('textbox', { name: 'Email' })).toHaveValue('');
    expect(screen.queryByDisplayValue(invitation.invitationUrl)).not.toBeInTheDocument();
  });

  it('changes a role after confirming, with the version it was read at', async () => {
    const rosa = buildUser({ name: 'Rosa Organizer', role: 'organizer', version: 3 });
    const fetchMock = usersApi([rosa], () => jsonResponse({ ...rosa, role: 'leadership' }));
    const { user } = openUsersPage();

    await user.click(
      await screen.findByRole('combobox', { name: 'Change role of Rosa Organizer' }),
    );
    await user.click(await screen.findByTitle('Leadership'));
    await confirm(user, 'Make Rosa Organizer Leadership?', 'Change role');

    expect(await screen.findByText('Rosa Organizer is now Leadership.')).toBeInTheDocument();
    expect(sentBodies(fetchMock, 'PATCH', `/api/users/${rosa.id}`)).toEqual([
      { role: 'leadership', version: 3 },
    ]);
  });

  it('disables an account after confirming, and says when someone changed it first', async () => {
    const sam = buildUser({ name: 'Sam Staff', version: 2 });
    const fetchMock = usersApi([sam], () =>
      errorResponse({
        statusCode: 409,
        code: 'user_version_conflict',
        message: 'This user was changed by someone else; reload and try again',
      }),
    );
    const { user } = openUsersPage();

    await screen.findByText('Sam Staff');
    await user.click(rowButton('Sam Staff', /Disable/));
    await confirm(user, 'Disable Sam Staff?', 'Disable');

    expect(await screen.findByText(/Someone else changed Sam Staff meanwhile/)).toBeInTheDocument();
    expect(sentBodies(fetchMock, 'PATCH', `/api/users/${sam.id}`)).toEqual([
      { disabled: true, version: 2 },
    ]);
  });

  it('makes a new invitation link for someone who has not signed in yet', async () => {
    const nia = buildUser({ name: 'Nia Newcomer', status: 'invited', lastSignInAt: null });
    const invitation = { ...buildInvitation(), user: nia };
    const fetchMock = usersApi([nia], () => jsonResponse(invitation, 201));
    const { user } = openUsersPage();

    await screen.findByText('Nia Newcomer');
    await user.click(rowButton('Nia Newcomer', /New invitation link/));

    expect(await screen.findByDisplayValue(invitation.invitationUrl)).toBeInTheDocument();
    expect(
      screen.getByText('New invitation link', { selector: '.ant-modal-title' }),
    ).toBeInTheDocument();
    expect(requestedUrls(fetchMock).map((url) => url.pathname)).toContain(
      `/api/users/${nia.id}/invitation`,
    );
  });

  it('keeps an admin from changing their own role or disabling themselves', async () => {
    const me = buildMeResponse({ name: 'Ada Admin', role: 'admin' });
    usersApi(
      [buildUser({ id: me.user.id, name: 'Ada Admin', email: 'ada@example.org', role: 'admin' })],
      () => jsonResponse({}),
    );

    openUsersPage({ session: me });

    await screen.findByText('ada@example.org');
    expect(rowButton('ada@example.org', /Disable/)).toBeDisabled();
    expect(
      within(rowOf('ada@example.org')).getByRole('combobox', {
        name: 'Change role of Ada Admin',
        hidden: true,
      }),
    ).toBeDisabled();
  });
});
