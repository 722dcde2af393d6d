import { screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMeResponse } from '@/testing/access-factories';
import { jsonResponse, mockFetch, requestedUrls, sentBodies } from '@/testing/fetch-mock';
import {
  buildActionItemList,
  buildMeetingList,
  buildMeetingSummary,
  buildOpenActionItem,
} from '@/testing/meeting-factories';
import { renderApp } from '@/testing/render-app';

const ISSUE_ID = '8b2b3c4d-5e6f-4a7b-8c9d-00000000e001';

beforeAll(async () => {
  await import('@/features/meetings');
}, 30_000);

describe('the meetings list', { timeout: 30_000 }, () => {
  it('shows each meeting with its counts and asks the API with the filters in the URL', async () => {
    const meeting = buildMeetingSummary({
      title: 'September general assembly',
      type: 'training',
      host: { id: '8b2b3c4d-5e6f-4a7b-8c9d-00000000b001', name: 'Chelsea Collaborative' },
      issues: [{ id: ISSUE_ID, title: 'Driver licenses for all' }],
      counts: { attended: 31, registered: 4, noShow: 2, organizations: 12 },
      openActionItems: 3,
    });
    const fetchMock = mockFetch((url) =>
      url.pathname === '/api/meetings'
        ? jsonResponse(buildMeetingList([meeting]))
        : jsonResponse({ items: [], total: 0, page: 1, pageSize: 100 }),
    );

    const { user, location } = renderApp(`/meetings?type=training&issueId=${ISSUE_ID}`, {
      session: buildMeResponse({ role: 'staff' }),
      userEvents: { pointerEventsCheck: 0 },
    });

    const link = await screen.findByRole('link', { name: 'September general assembly' });
    expect(link).toHaveAttribute('href', `/meetings/${meeting.id}`);
    const row = link.closest('tr')!;
    expect(within(row).getByText('Training')).toBeInTheDocument();
    expect(within(row).getByText('Chelsea Collaborative')).toBeInTheDocument();
    expect(within(row).getByText('Driver licenses for all')).toBeInTheDocument();
    expect(within(row).getByText('31')).toBeInTheDocument();
    expect(within(row).getByText('12')).toBeInTheDocument();
    expect(within(row).getByText('3')).toBeInTheDocument();
    const request = requestedUrls(fetchMock).find((u) => u.pathname === '/api/meetings');
    expect(request?.searchParams.getAll('type')).toEqual(['training']);
    expect(request?.searchParams.getAll('issueId')).toEqual([ISSUE_ID]);

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(location().search).toBe(''));
    expect(screen.getByRole('button', { name: /Log a meeting/ })).toBeInTheDocument();
  });
});

describe('the meetings calendar', { timeout: 30_000 }, () => {
  it('asks for the visible days of the month and shows each meeting on its day', async () => {
    const meeting = buildMeetingSummary({
      title: 'Calendar assembly',
      startsAt: '2025-09-18T16:00:00.000Z',
    });
    const fetchMock = mockFetch((url) =>
      jsonResponse(
        buildMeetingList(url.searchParams.get('from') === '2025-08-31' ? [meeting] : []),
      ),
    );
    const { user, location } = renderApp(
      '/meetings?view=month&on=2025-09-15&type=general_assembly',
      {
        session: buildMeResponse({ role: 'staff' }),
        userEvents: { pointerEventsCheck: 0 },
      },
    );

    const link = await screen.findByRole('link', { name: /Calendar assembly/ });
    expect(link).toHaveAttribute('href', `/meetings/${meeting.id}`);
    expect(link.closest('td')).toHaveAttribute('title', '2025-09-18');
    expect(screen.getByText('September 2025')).toBeInTheDocument();
    // The month's whole grid (six weeks from the Sunday before the 1st), with the filters.
    const asked = requestedUrls(fetchMock).filter((u) => u.pathname === '/api/meetings');
    expect(asked.map((u) => [u.searchParams.get('from'), u.searchParams.get('to')])).toEqual([
      ['2025-08-31', '2025-10-11'],
    ]);
    expect(asked[0]?.searchParams.getAll('type')).toEqual(['general_assembly']);

    await user.click(screen.getByRole('button', { name: 'Next month' }));
    expect(await screen.findByText('October 2025')).toBeInTheDocument();
    expect(new URLSearchParams(location().search).get('on')).toBe('2025-10-15');
    await waitFor(() => {
      const last = requestedUrls(fetchMock)
        .filter((u) => u.pathname === '/api/meetings')
        .at(-1);
      expect([last?.searchParams.get('from'), last?.searchParams.get('to')]).toEqual([
        '2025-09-28',
        '2025-11-08',
      ]);
    });
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: /Calendar assembly/ })).toBeNull(),
    );
  });
});

describe('archived meetings', { timeout: 30_000 }, () => {
  it('lists the archived ones instead when the switch is on, kept in the URL', async () => {
    const current = buildMeetingSummary({ title: 'October coalition call' });
    const gone = buildMeetingSummary({
      title: 'Cancelled lobby day',
      archivedAt: '2025-09-10T12:00:00.000Z',
    });
    const fetchMock = mockFetch((url) =>
      url.pathname === '/api/meetings'
        ? jsonResponse(
            buildMeetingList([url.searchParams.get('archived') === 'true' ? gone : current]),
          )
        : jsonResponse({ items: [], total: 0, page: 1, pageSize: 100 }),
    );
    const { user, location } = renderApp('/meetings?type=lobby_day', {
      session: buildMeResponse({ role: 'staff' }),
      userEvents: { pointerEventsCheck: 0 },
    });

    expect(await screen.findByRole('link', { name: 'October coalition call' })).toBeInTheDocument();
    const archived = screen.getByRole('switch', { name: 'Archived' });
    expect(archived).not.toBeChecked();
    await user.click(archived);

    expect(await screen.findByRole('link', { name: 'Cancelled lobby day' })).toBeInTheDocument();
    expect(new URLSearchParams(location().search).get('archived')).toBe('true');
    expect(new URLSearchParams(location().search).get('type')).toBe('lobby_day');
    const last = requestedUrls(fetchMock)
      .filter((u) => u.pathname === '/api/meetings')
      .at(-1);
    expect(last?.searchParams.get('archived')).toBe('true');
    expect(last?.searchParams.getAll('type')).toEqual(['lobby_day']);

    await user.click(screen.getByRole('switch', { name: 'Archived' }));
    expect(await screen.findByRole('link', { name: 'October coalition call' })).toBeInTheDocument();
    expect(location().search).toBe('?type=lobby_day');
  });

  it('opens with the switch on from a shared link', async () => {
    mockFetch(() => jsonResponse(buildMeetingList([])));
    renderApp('/meetings?archived=true', { session: buildMeResponse({ role: 'staff' }) });
    expect(await screen.findByText('No archived meetings.')).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Archived' })).toBeChecked();
  });
});

describe('the staff home', { timeout: 30_000 }, () => {
  it('lists my open action items by due date, overdue ones flagged, and marks one done', async () => {
    const overdue = buildOpenActionItem({ text: 'Send the minutes', dueOn: '2020-01-10' });
    const later = buildOpenActionItem({
      text: 'Book the hall',
      dueOn: dayjs().add(30, 'day').format('YYYY-MM-DD'),
    });
    const fetchMock = mockFetch((url, init) => {
      if (url.pathname === '/api/meetings/action-items')
        return jsonResponse(buildActionItemList([overdue, later]));
      if (init?.method === 'PATCH') return jsonResponse({ ...overdue, done: true, version: 2 });
      return jsonResponse(buildMeetingList([buildMeetingSummary({ title: 'Coalition call' })]));
    });

    const { user } = renderApp('/meetings/home', {
      session: buildMeResponse({ role: 'staff' }),
      userEvents: { pointerEventsCheck: 0 },
    });

    expect(await screen.findByText('Send the minutes')).toBeInTheDocument();
    expect(screen.getByText('Book the hall')).toBeInTheDocument();
    expect(screen.getByText('Overdue: due Jan 10, 2020')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Coalition call' })).toBeInTheDocument();
    const request = requestedUrls(fetchMock).find(
      (u) => u.pathname === '/api/meetings/action-items',
    );
    expect(request?.searchParams.get('owner')).toBe('me');

    await user.click(screen.getByLabelText('Done: Send the minutes'));
    await waitFor(() =>
      expect(
        sentBodies(
          fetchMock,
          'PATCH',
          `/api/meetings/${overdue.meetingId}/action-items/${overdue.id}`,
        ),
      ).toEqual([{ done: true, version: 1 }]),
    );
  });
});
