import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import dayjs from 'dayjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMeResponse } from '@/testing/access-factories';
import {
  errorResponse,
  type FetchMock,
  jsonResponse,
  mockFetch,
  requestedUrls,
  sentBodies,
} from '@/testing/fetch-mock';
import {
  buildCallerList,
  buildCommitmentList,
  buildDriveDetail,
  buildDriveList,
  buildDriveProgress,
  buildDriveSummary,
  buildSegment,
} from '@/testing/outreach-factories';
import { renderApp } from '@/testing/render-app';

const DRIVE_ID = '5d1c2a4e-8b3d-4c5e-9f60-718293a4b5c6';
const SEGMENT_ID = '5d1c2a4e-8b3d-4c5e-9f60-00000000a001';

const drive = buildDriveSummary({
  id: DRIVE_ID,
  name: 'Know your rights turnout',
  goal: '40 people at the training',
  channel: 'phone',
  segment: { id: SEGMENT_ID, name: 'Lowell ESOL families' },
  startsOn: '2025-09-02',
  endsOn: '2025-09-30',
  progress: buildDriveProgress({ targets: 120, worked: 48, reached: 30, committed: 12, done: 35 }),
  myOpenTargets: 9,
});
const callers = buildCallerList(['Rosa Martinez', 'Tomás Silva']);

/** GETs answer the list, the segments and the callers; a POST is answered by `create`. */
function mockOutreachApi(create: () => Response): FetchMock {
  return mockFetch((url, init) => {
    if (init?.method === 'POST') return create();
    switch (url.pathname) {
      case `/api/segments/${SEGMENT_ID}`:
        return jsonResponse(
          buildSegment({
            id: SEGMENT_ID,
            name: 'Lowell ESOL families',
            counts: { organizations: 3, contacts: 120 },
          }),
        );
      case '/api/outreach/callers':
        return jsonResponse(callers);
      case `/api/outreach/drives/${DRIVE_ID}`:
        return jsonResponse(buildDriveDetail({ ...drive }));
      case `/api/outreach/drives/${DRIVE_ID}/commitments`:
        return jsonResponse(buildCommitmentList([]));
      default:
        return jsonResponse(buildDriveList([drive]));
    }
  });
}

async function fill(user: UserEvent, drawer: HTMLElement, label: string, text: string) {
  await user.click(within(drawer).getByRole('textbox', { name: label }));
  await user.paste(text);
}

// Load the lazily imported feature and drawer once, outside the first test's waits.
beforeAll(async () => {
  await Promise.all([import('@/features/outreach'), import('../components/create-drive-drawer')]);
}, 30_000);

describe('DrivesPage', { timeout: 30_000 }, () => {
  it('shows a viewer each drive with its progress, and no work buttons', async () => {
    mockOutreachApi(() => jsonResponse({}));

    renderApp('/outreach', { session: buildMeResponse({ role: 'viewer' }) });

    const link = await screen.findByRole('link', { name: 'Know your rights turnout' });
    expect(link).toHaveAttribute('href', `/outreach/${DRIVE_ID}`);
    const row = link.closest('tr')!;
    expect(within(row).getByText('Phone calls')).toBeInTheDocument();
    expect(within(row).getByText('Sep 2, 2025 – Sep 30, 2025')).toBeInTheDocument();
    // A viewer may not open segments: the name only.
    expect(within(row).getByText('Lowell ESOL families')).toBeInTheDocument();
    expect(within(row).queryByRole('link', { name: 'Lowell ESOL families' })).toBeNull();
    expect(within(row).getByText('48 / 120 worked')).toBeInTheDocument();
    expect(within(row).getByText('30 reached · 12 committed')).toBeInTheDocument();
    expect(
      within(row).getByRole('progressbar', { name: 'Worked: 40% of the targets' }),
    ).toHaveAttribute('aria-valuenow', '40');
    expect(screen.queryByRole('button', { name: /New drive/ })).not.toBeInTheDocument();
    expect(screen.queryByText('My open targets')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Start calling/ })).not.toBeInTheDocument();
  });

  it('shows an organizer their open targets, and starts calling from there', async () => {
    mockOutreachApi(() => jsonResponse({}));

    const { user, location } = renderApp('/outreach', {
      session: buildMeResponse({ role: 'organizer' }),
    });

    const start = await screen.findByRole('button', {
      name: 'Start calling for Know your rights turnout',
    });
    expect(within(start.closest('tr')!).getByText('9')).toBeInTheDocument();
    expect(
      within(start.closest('tr')!).getByRole('link', { name: 'Lowell ESOL families' }),
    ).toHaveAttribute('href', `/segments/${SEGMENT_ID}`);
    await user.click(start);
    await waitFor(() => expect(location().pathname).toBe(`/outreach/${DRIVE_ID}/call`));
  });

  it('opens the new-drive drawer on the segment in the link, and creates the drive', async () => {
    const fetchMock = mockOutreachApi(() =>
      jsonResponse(
        buildDriveDetail({ ...drive, progress: buildDriveProgress({ targets: 120 }) }),
        201,
      ),
    );
    const { user, location } = renderApp(`/outreach?new=1&segmentId=${SEGMENT_ID}`, {
      session: buildMeResponse({ role: 'organizer' }),
      userEvents: { pointerEventsCheck: 0 },
    });

    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText('Lowell ESOL families (120 people)')).toBeVisible();
    await fill(user, drawer, 'Name', 'Know your rights turnout');
    await fill(user, drawer, 'Goal', '40 people at the training');
    await user.click(within(drawer).getByRole('combobox', { name: 'Split evenly between' }));
    await user.click(await screen.findByTitle('Rosa Martinez'));
    await user.click(within(drawer).getByRole('button', { name: 'Create drive' }));

    await waitFor(() => expect(location().pathname).toBe(`/outreach/${DRIVE_ID}`));
    expect(sentBodies(fetchMock, 'POST', '/api/outreach/drives')).toEqual([
      {
        name: 'Know your rights turnout',
        segmentId: SEGMENT_ID,
        goal: '40 people at the training',
        channel: 'phone',
        startsOn: dayjs().format('YYYY-MM-DD'),
        endsOn: null,
        assignment: { mode: 'even', organizerIds: [callers.items[0]?.id] },
      },
    ]);
  });

  it('shows on the segment field that it selects nobody reachable', async () => {
    const fetchMock = mockOutreachApi(() =>
      errorResponse({
        statusCode: 400,
        code: 'outreach_no_targets',
        message: 'body field segmentId: selects nobody who can be reached on this channel (phone)',
        fields: [
          {
            path: 'segmentId',
            message: 'selects nobody who can be reached on this channel (phone)',
          },
        ],
      }),
    );
    const { user, location } = renderApp(`/outreach?new=1&segmentId=${SEGMENT_ID}`, {
      userEvents: { pointerEventsCheck: 0 },
    });

    const drawer = await screen.findByRole('dialog');
    await fill(user, drawer, 'Name', 'Text reminders');
    await user.click(within(drawer).getByRole('button', { name: 'Create drive' }));

    expect(
      await within(drawer).findByText(
        'Segment selects nobody who can be reached on this channel (phone)',
      ),
    ).toBeInTheDocument();
    expect(location().pathname).toBe('/outreach');
    expect(sentBodies(fetchMock, 'POST', '/api/outreach/drives')).toHaveLength(1);
    // The segment came from the link: its name was asked for by id.
    expect(requestedUrls(fetchMock).some((u) => u.pathname === `/api/segments/${SEGMENT_ID}`)).toBe(
      true,
    );
  });
});
