import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorResponse, jsonResponse, mockFetch, requestedUrls } from '@/testing/fetch-mock';
import { buildOrganizationList, buildOrganizationSummary } from '@/testing/factories';
import { renderApp } from '@/testing/render-app';

function listRequests(fetchMock: ReturnType<typeof mockFetch>): URL[] {
  return requestedUrls(fetchMock).filter((url) => url.pathname === '/api/organizations');
}

function lastListRequest(fetchMock: ReturnType<typeof mockFetch>): URL {
  const requests = listRequests(fetchMock);
  const last = requests.at(-1);
  if (!last) throw new Error('The page has not asked for organizations');
  return last;
}

// The pages load lazily; compile them once here so the first test's waits measure the page,
// not the test runner transforming the feature on a busy machine.
beforeAll(async () => {
  await import('@/features/organizations');
}, 30_000);

describe('OrganizationsPage', () => {
  it('shows the organizations and the total the API returns', async () => {
    const items = [
      buildOrganizationSummary({
        name: 'Casa Nueva Worcester',
        kind: 'community_group',
        membershipStatus: 'active',
        city: 'Worcester',
        county: 'Worcester',
        joinedOn: '2021-04-15',
        languages: ['es', 'pt'],
      }),
      buildOrganizationSummary({
        name: 'Lowell Khmer Association',
        kind: 'ethnic_association',
        membershipStatus: 'lapsed',
        city: 'Lowell',
        county: 'Middlesex',
        joinedOn: null,
        languages: ['km'],
      }),
    ];
    mockFetch(() => jsonResponse(buildOrganizationList(items, { total: 152 })));

    renderApp('/organizations');

    const link = await screen.findByRole('link', { name: 'Casa Nueva Worcester' });
    expect(link).toHaveAttribute('href', `/organizations/${items[0]?.id}`);
    expect(screen.getByText('152 organizations')).toBeInTheDocument();
    const row = link.closest('tr');
    if (!row) throw new Error('The name is not inside a table row');
    expect(within(row).getByText('Community-based group')).toBeInTheDocument();
    expect(within(row).getByText('Active')).toBeInTheDocument();
    expect(within(row).getByText('Apr 15, 2021')).toBeInTheDocument();
    expect(within(row).getByText('Spanish, Portuguese')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Lowell Khmer Association' })).toBeInTheDocument();
    expect(screen.getByText('Ethnic association')).toBeInTheDocument();
  });

  it('puts the search in the URL once typing pauses and asks the API with it', async () => {
    const fetchMock = mockFetch((url) =>
      jsonResponse(
        buildOrganizationList(
          url.searchParams.get('q') === 'casa'
            ? [buildOrganizationSummary({ name: 'Casa Nueva Worcester' })]
            : [],
        ),
      ),
    );
    const { user, location } = renderApp('/organizations');
    await waitFor(() => expect(listRequests(fetchMock)).toHaveLength(1));

    await user.type(screen.getByRole('searchbox', { name: 'Search organizations' }), 'casa');

    expect(await screen.findByRole('link', { name: 'Casa Nueva Worcester' })).toBeInTheDocument();
    expect(new URLSearchParams(location().search).get('q')).toBe('casa');
    // One request for the whole word, not one per keystroke.
    expect(listRequests(fetchMock).map((url) => url.searchParams.get('q'))).toEqual([null, 'casa']);
  });

  it('sends the chosen kind to the API and returns to the first page', async () => {
    const fetchMock = mockFetch(() =>
      jsonResponse(buildOrganizationList([buildOrganizationSummary()], { total: 152, page: 3 })),
    );
    const { user, location } = renderApp('/organizations?page=3');
    await waitFor(() => expect(lastListRequest(fetchMock).searchParams.get('page')).toBe('3'));

    await user.click(screen.getByRole('combobox', { name: 'Filter by kind' }));
    await user.click(await screen.findByTitle('School'));

    await waitFor(() =>
      expect(lastListRequest(fetchMock).searchParams.getAll('kind')).toEqual(['school']),
    );
    expect(lastListRequest(fetchMock).searchParams.get('page')).toBeNull();
    const params = new URLSearchParams(location().search);
    expect(params.getAll('kind')).toEqual(['school']);
    expect(params.get('page')).toBeNull();
  });

  it('reads filters from a shared link and sends them to the API', async () => {
    const fetchMock = mockFetch(() =>
      jsonResponse(buildOrganizationList([buildOrganizationSummary()])),
    );

    renderApp(
      '/organizations?kind=school&kind=labor_union&status=active&county=Suffolk&sort=-joinedOn&page=2',
    );

    await waitFor(() => expect(listRequests(fetchMock)).toHaveLength(1));
    const params = lastListRequest(fetchMock).searchParams;
    expect(params.getAll('kind')).toEqual(['school', 'labor_union']);
    expect(params.getAll('status')).toEqual(['active']);
    expect(params.getAll('county')).toEqual(['Suffolk']);
    expect(params.get('sort')).toBe('-joinedOn');
    expect(params.get('page')).toBe('2');
  });

  it('asks the API for the order of the column clicked', async () => {
    const fetchMock = mockFetch(() =>
      jsonResponse(buildOrganizationList([buildOrganizationSummary()])),
    );
    const { user, location } = renderApp('/organizations');
    await screen.findByRole('link', { name: /Member Organization/ });

    await user.click(screen.getByRole('columnheader', { name: /City/ }));

    await waitFor(() => expect(lastListRequest(fetchMock).searchParams.get('sort')).toBe('city'));
    expect(new URLSearchParams(location().search).get('sort')).toBe('city');
  });

  it('moves to another page through the pagination', async () => {
    const fetchMock = mockFetch((url) =>
      jsonResponse(
        buildOrganizationList([buildOrganizationSummary()], {
          total: 152,
          page: Number(url.searchParams.get('page') ?? 1),
        }),
      ),
    );
    const { user, location } = renderApp('/organizations');
    await screen.findByText('152 organizations');

    await user.click(screen.getByTitle('2'));

    await waitFor(() => expect(lastListRequest(fetchMock).searchParams.get('page')).toBe('2'));
    expect(new URLSearchParams(location().search).get('page')).toBe('2');
  });

  it('says so when no organization matches the filters', async () => {
    mockFetch(() => jsonResponse(buildOrganizationList([])));

    renderApp('/organizations?q=nothing-like-this');

    expect(await screen.findByText('No organizations match these filters.')).toBeInTheDocument();
    expect(screen.getByText('0 organizations')).toBeInTheDocument();
  });

  it("shows the API's message when the list cannot be loaded", async () => {
    mockFetch(() =>
      errorResponse({
        statusCode: 500,
        code: 'internal_error',
        message: 'Something went wrong on our side.',
      }),
    );

    renderApp('/organizations');

    expect(await screen.findByText('Could not load organizations')).toBeInTheDocument();
    expect(screen.getByText('Something went wrong on our side.')).toBeInTheDocument();
  });

  it('says the server cannot be reached when the request fails outright', async () => {
    mockFetch(() => Promise.reject(new TypeError('Failed to fetch')));

    renderApp('/organizations');

    expect(
      await screen.findByText('Could not reach the server. Check your connection and try again.'),
    ).toBeInTheDocument();
  });

  it('names the status when the answer is not from the API (a gateway error page)', async () => {
    mockFetch(
      () => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    );

    renderApp('/organizations');

    expect(await screen.findByText('The server answered 502 Bad Gateway.')).toBeInTheDocument();
  });

  it('clears every filter at once and keeps the sort', async () => {
    const fetchMock = mockFetch(() => jsonResponse(buildOrganizationList([])));
    const { user, location } = renderApp(
      '/organizations?q=casa&kind=school&county=Suffolk&sort=city&page=2',
    );
    const search = await screen.findByRole('searchbox', { name: 'Search organizations' });
    expect(search).toHaveValue('casa');

    await user.click(await screen.findByRole('button', { name: 'Clear filters' }));

    await waitFor(() => expect(location().search).toBe('?sort=city'));
    expect(search).toHaveValue('');
    await waitFor(() => expect(lastListRequest(fetchMock).search).toBe('?sort=city'));
  });

  it('steps back to the previous search with the back button', async () => {
    const fetchMock = mockFetch(() => jsonResponse(buildOrganizationList([])));
    const { user, router, location } = renderApp('/organizations');
    const search = await screen.findByRole('searchbox', { name: 'Search organizations' });

    await user.type(search, 'casa');
    await waitFor(() => expect(location().search).toBe('?q=casa'));
    await act(() => router.navigate(-1));

    expect(location().search).toBe('');
    await waitFor(() => expect(search).toHaveValue(''));
    expect(lastListRequest(fetchMock).searchParams.get('q')).toBeNull();
  });

  it('keeps the current rows on screen while the next page loads', async () => {
    let sendPageTwo = (): void => undefined;
    mockFetch((url) => {
      if (url.searchParams.get('page') !== '2') {
        return jsonResponse(
          buildOrganizationList([buildOrganizationSummary({ name: 'Alpha Legal Aid' })], {
            total: 60,
          }),
        );
      }
      return new Promise<Response>((resolve) => {
        sendPageTwo = () =>
          resolve(
            jsonResponse(
              buildOrganizationList([buildOrganizationSummary({ name: 'Zeta Workers Center' })], {
                total: 60,
                page: 2,
              }),
            ),
          );
      });
    });
    const { user, location } = renderApp('/organizations');
    await screen.findByRole('link', { name: 'Alpha Legal Aid' });

    await user.click(screen.getByTitle('2'));
    await waitFor(() => expect(location().search).toBe('?page=2'));

    expect(screen.getByRole('link', { name: 'Alpha Legal Aid' })).toBeInTheDocument();
    sendPageTwo();
    expect(await screen.findByRole('link', { name: 'Zeta Workers Center' })).toBeInTheDocument();
  });

  it('never shows rows of the previous search under a new one', async () => {
    let sendMatches = (): void => undefined;
    mockFetch((url) => {
      if (!url.searchParams.get('q')) {
        return jsonResponse(
          buildOrganizationList([buildOrganizationSummary({ name: 'Alpha Legal Aid' })]),
        );
      }
      return new Promise<Response>((resolve) => {
        sendMatches = () =>
          resolve(
            jsonResponse(
              buildOrganizationList([buildOrganizationSummary({ name: 'Zeta Workers Center' })]),
            ),
          );
      });
    });
    const { user, location } = renderApp('/organizations');
    await screen.findByRole('link', { name: 'Alpha Legal Aid' });

    await user.type(screen.getByRole('searchbox', { name: 'Search organizations' }), 'zeta');
    await waitFor(() => expect(location().search).toBe('?q=zeta'));

    expect(screen.queryByRole('link', { name: 'Alpha Legal Aid' })).not.toBeInTheDocument();
    sendMatches();
    expect(await screen.findByRole('link', { name: 'Zeta Workers Center' })).toBeInTheDocument();
  });
});
