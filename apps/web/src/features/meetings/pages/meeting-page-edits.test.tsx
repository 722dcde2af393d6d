import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMeResponse } from '@/testing/access-factories';
import { jsonResponse, mockFetch, sentBodies } from '@/testing/fetch-mock';
import { buildActionItem, buildMeetingDetail } from '@/testing/meeting-factories';
import { renderApp } from '@/testing/render-app';

const staff = {
  session: buildMeResponse({ role: 'staff' }),
  userEvents: { pointerEventsCheck: 0 },
};

beforeAll(async () => {
  await import('@/features/meetings');
}, 30_000);

describe('editing a meeting', { timeout: 30_000 }, () => {
  it('offers the latest version when someone else saved first, and saves on top of it', async () => {
    const meeting = buildMeetingDetail({ title: 'October coalition call', type: 'coalition_call' });
    const theirs = { ...meeting, title: 'October coalition call (moved)', version: 2 };
    const path = `/api/meetings/${meeting.id}`;
    let patches = 0;
    const fetchMock = mockFetch((url, init) => {
      if (init?.method !== 'PATCH') return jsonResponse(meeting);
      patches += 1;
      return patches === 1
        ? jsonResponse(
            {
              statusCode: 409,
              code: 'meeting_version_conflict',
              message:
                'This meeting was changed by someone else (now version 2); reload it and try again',
              fields: [{ path: 'version', message: 'is stale: the current version is 2' }],
              current: theirs,
            },
            409,
          )
        : jsonResponse({ ...theirs, notes: 'Moved to Thursday', version: 3 });
    });
    const { user } = renderApp(`/meetings/${meeting.id}`, staff);

    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const drawer = await screen.findByRole('dialog');
    await user.type(within(drawer).getByLabelText('Notes'), 'Moved to Thursday');
    await user.click(within(drawer).getByRole('button', { name: 'Save' }));

    expect(
      await within(drawer).findByText('Someone else saved this meeting meanwhile'),
    ).toBeInTheDocument();
    await user.click(within(drawer).getByRole('button', { name: 'Load latest' }));
    expect(within(drawer).getByLabelText('Title')).toHaveValue('October coalition call (moved)');
    expect(within(drawer).queryByText('Someone else saved this meeting meanwhile')).toBeNull();

    await user.type(within(drawer).getByLabelText('Notes'), 'Moved to Thursday');
    await user.click(within(drawer).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sentBodies(fetchMock, 'PATCH', path)).toHaveLength(2));
    const [first, second] = sentBodies(fetchMock, 'PATCH', path);
    expect(first).toMatchObject({
      title: 'October coalition call',
      notes: 'Moved to Thursday',
      version: 1,
    });
    expect(second).toMatchObject({
      title: 'October coalition call (moved)',
      notes: 'Moved to Thursday',
      version: 2,
    });
  });
});

describe('action items on a meeting page', { timeout: 30_000 }, () => {
  it('adds one, ticks one done with its version, and deletes one', async () => {
    const minutes = buildActionItem({ text: 'Send the minutes', version: 3 });
    const meeting = buildMeetingDetail({ actionItems: [minutes] });
    const items = `/api/meetings/${meeting.id}/action-items`;
    const fetchMock = mockFetch((url, init) => {
      if (url.pathname === items && init?.method === 'POST') {
        return jsonResponse(buildActionItem({ meetingId: meeting.id, text: 'Book the hall' }), 201);
      }
      if (init?.method === 'PATCH') return jsonResponse({ ...minutes, done: true, version: 4 });
      if (init?.method === 'DELETE') return new Response(null, { status: 204 });
      return jsonResponse(meeting);
    });
    const { user } = renderApp(`/meetings/${meeting.id}`, staff);

    await user.type(await screen.findByLabelText('New action item text'), 'Book the hall{Enter}');
    await waitFor(() =>
      expect(sentBodies(fetchMock, 'POST', items)).toEqual([
        { text: 'Book the hall', ownerUserId: null, ownerContactId: null, dueOn: null },
      ]),
    );
    // Saved: the box is empty for the next one.
    await waitFor(() => expect(screen.getByLabelText('New action item text')).toHaveValue(''));

    await user.click(screen.getByLabelText('Done: Send the minutes'));
    await waitFor(() =>
      expect(sentBodies(fetchMock, 'PATCH', `${items}/${minutes.id}`)).toEqual([
        { done: true, version: 3 },
      ]),
    );

    await user.click(screen.getByRole('button', { name: 'Delete Send the minutes' }));
    // A DELETE carries no body: one was sent to the item's address.
    await waitFor(() =>
      expect(sentBodies(fetchMock, 'DELETE', `${items}/${minutes.id}`)).toHaveLength(1),
    );
    expect(screen.queryByText('Could not save the action item')).toBeNull();
  });
});
