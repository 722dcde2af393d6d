import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMeResponse } from '@/testing/access-factories';
import { type FetchMock, jsonResponse, mockFetch, requestedUrls } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render-app';
import { buildSegmentList, buildSegmentSummary } from '@/testing/segment-factories';

const ME = '10000000-0000-4000-8000-00000000a001';
const organizer = buildMeResponse({ id: ME, role: 'organizer', name: 'Ana Organizer' });

const mine = buildSegmentSummary({
  name: 'Worcester health centers',
  description: 'Spanish speakers who take calls',
  owner: { id: ME, name: 'Ana Organizer' },
  shared: false,
  counts: { organizations: 14, contacts: 1520 },
});
const theirs = buildSegmentSummary({
  name: 'Cover All Kids leaders',
  owner: { id: '10000000-0000-4000-8000-00000000b002', name: 'Rosa Lima' },
  shared: true,
  counts: { organizations: 3, contacts: 8 },
});

function listRequests(fetchMock: FetchMock): URL[] {
  return requestedUrls(fetchMock).filter((url) => url.pathname === '/api/segments');
}

function rowOf(name: string): HTMLElement {
  const row = screen.getByRole('link', { name }).closest('tr');
  if (!row) throw new Error(`No row for ${name}`);
  return row;
}

beforeAll(async () => {
  await import('@/features/segments');
}, 30_000);

describe('the segment list', () => {
  it('shows my segments and the shared ones with their live counts', async () => {
    mockFetch(() => jsonResponse(buildSegmentList([mine, theirs])));

    renderApp('/segments', { session: organizer });

    expect(
      await screen.findByRole('link', { name: 'Worcester health centers' }),
    ).toBeInTheDocument();
    expect(screen.getByText('2 segments')).toBeInTheDocument();
    const first = within(rowOf('Worcester health centers'));
    expect(first.getByText('Spanish speakers who take calls')).toBeInTheDocument();
    expect(first.getByText('You')).toBeInTheDocument();
    expect(first.getByText('Private')).toBeInTheDocument();
    expect(first.getByText('14')).toBeInTheDocument();
    expect(first.getByText('1,520')).toBeInTheDocument();
    const second = within(rowOf('Cover All Kids leaders'));
    expect(second.getByText('Rosa Lima')).toBeInTheDocument();
    expect(second.getByText('Shared')).toBeInTheDocument();
    expect(second.getByText('8')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Cover All Kids leaders' })).toHaveAttribute(
      'href',
      `/segments/${theirs.id}`,
    );
  });

  it('explains what a segment is when there is none, and opens the builder', async () => {
    mockFetch(() => jsonResponse(buildSegmentList([])));
    const { user, location } = renderApp('/segments', {
      session: organizer,
      userEvents: { pointerEventsCheck: 0 },
    });

    const explanation = await screen.findByText(/A segment is a saved filter/);
    const empty = explanation.closest<HTMLElement>('.ant-empty')!;
    expect(within(empty).getByText('No segments yet')).toBeInTheDocument();
    // The button's text, not its role: role queries are slow on antd's Empty under jsdom.
    await user.click(within(empty).getByText('New segment'));

    await waitFor(() => expect(location().pathname).toBe('/segments/new'));
  });

  it('searches by name and shows the archived ones on request, both in the URL', async () => {
    const fetchMock = mockFetch(() => jsonResponse(buildSegmentList([mine])));
    const { user, location } = renderApp('/segments', { session: organizer });
    await screen.findByRole('link', { name: 'Worcester health centers' });

    await user.type(screen.getByRole('searchbox', { name: 'Search segments' }), 'health{Enter}');
    await waitFor(() =>
      expect(listRequests(fetchMock).at(-1)?.searchParams.get('q')).toBe('health'),
    );

    await user.click(screen.getByRole('switch', { name: 'Show archived segments' }));
    await waitFor(() =>
      expect(listRequests(fetchMock).at(-1)?.searchParams.get('archived')).toBe('true'),
    );
    const params = new URLSearchParams(location().search);
    expect(params.get('q')).toBe('health');
    expect(params.get('archived')).toBe('true');
  });
});

describe('the Segments menu item', () => {
  it('takes an organizer to the segments', async () => {
    mockFetch(() => jsonResponse(buildSegmentList([])));
    renderApp('/no-such-page', { session: organizer });

    const item = await screen.findByRole('menuitem', { name: /Segments/ });
    expect(item).not.toHaveAttribute('aria-disabled', 'true');
    expect(within(item).getByRole('link', { name: 'Segments' })).toHaveAttribute(
      'href',
      '/segments',
    );
  });

  it.each(['viewer', 'staff'] as const)('is not shown to the %s role', async (role) => {
    mockFetch(() => jsonResponse(buildSegmentList([])));
    renderApp('/no-such-page', { session: buildMeResponse({ role }) });

    expect(await screen.findByRole('menuitem', { name: /Contacts/ })).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: /Segments/ })).not.toBeInTheDocument();
  });
});
