import { screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCampaignList, buildCampaignSummary } from '@/testing/campaign-factories';
import {
  errorResponse,
  type FetchMock,
  jsonResponse,
  mockFetch,
  requestedUrls,
} from '@/testing/fetch-mock';
import {
  buildIssueSummary,
  buildOrganizationList,
  buildOrganizationSummary,
} from '@/testing/factories';
import { renderApp } from '@/testing/render-app';

const coverAllKids = buildIssueSummary({ title: 'Cover All Kids', tier: 2 });
const safeCommunities = buildIssueSummary({ title: 'Safe Communities Act', tier: 1 });
const wageTheft = buildIssueSummary({ title: 'Wage Theft bill', tier: 3, status: 'won' });
const newAmericansVote = buildCampaignSummary({ name: 'New Americans Vote' });
const englishWorks = buildCampaignSummary({ name: 'English Works' });

/** The API as the filters bar sees it: organizations, and the issues and campaigns to pick from. */
function mockApi(): FetchMock {
  return mockFetch((url) => {
    if (url.pathname === '/api/issues') {
      return jsonResponse({
        items: [safeCommunities, coverAllKids, wageTheft],
        total: 3,
        page: 1,
        pageSize: 100,
      });
    }
    if (url.pathname === '/api/campaigns') {
      return jsonResponse(buildCampaignList([englishWorks, newAmericansVote], { pageSize: 100 }));
    }
    return jsonResponse(buildOrganizationList([buildOrganizationSummary()]));
  });
}

function lastListRequest(fetchMock: FetchMock): URLSearchParams {
  const last = requestedUrls(fetchMock)
    .filter((url) => url.pathname === '/api/organizations')
    .at(-1);
  if (!last) throw new Error('The page has not asked for organizations');
  return last.searchParams;
}

/** Opens the select named `label` and checks that `option` is ticked in it. */
async function expectChosen(user: UserEvent, label: string, option: string): Promise<void> {
  await user.click(screen.getByRole('combobox', { name: label }));
  const item = (await screen.findByTitle(option)).closest('.ant-select-item-option');
  expect(item).toHaveAttribute('aria-selected', 'true');
  await user.keyboard('{Escape}');
}

const urlParams = (location: () => { search: string }) => new URLSearchParams(location().search);

beforeAll(async () => {
  await import('@/features/organizations');
}, 30_000);

describe('OrganizationsPage filters by issue, campaign, language and tag', () => {
  it('puts the chosen issue and level in the URL and the request', async () => {
    const fetchMock = mockApi();
    const { user, location } = renderApp('/organizations', {
      userEvents: { pointerEventsCheck: 0 },
    });
    const level = await screen.findByRole('combobox', { name: 'Filter by level of interest' });
    // A level alone would mean nothing: it waits for an issue.
    expect(level).toBeDisabled();

    await user.click(screen.getByRole('combobox', { name: 'Filter by issue' }));
    await user.click(await screen.findByTitle('Cover All Kids'));
    await waitFor(() => expect(urlParams(location).getAll('issueId')).toEqual([coverAllKids.id]));

    await user.click(level);
    await user.click(await screen.findByTitle('Active or leading'));

    await waitFor(() => expect(urlParams(location).get('minLevel')).toBe('active'));
    await waitFor(() => expect(lastListRequest(fetchMock).get('minLevel')).toBe('active'));
    expect(lastListRequest(fetchMock).getAll('issueId')).toEqual([coverAllKids.id]);
  });

  it('puts the chosen campaign, language and tag in the URL and the request', async () => {
    const fetchMock = mockApi();
    const { user, location } = renderApp('/organizations?page=2', {
      userEvents: { pointerEventsCheck: 0 },
    });

    await user.click(await screen.findByRole('combobox', { name: 'Filter by campaign' }));
    await user.click(await screen.findByTitle('New Americans Vote'));
    await waitFor(() =>
      expect(urlParams(location).getAll('campaignId')).toEqual([newAmericansVote.id]),
    );
    // Narrowing the list starts again from its first page.
    expect(urlParams(location).get('page')).toBeNull();

    await user.click(screen.getByRole('combobox', { name: 'Filter by language' }));
    await user.click(await screen.findByTitle('Haitian Creole'));
    await waitFor(() => expect(urlParams(location).getAll('language')).toEqual(['ht']));

    await user.type(screen.getByRole('combobox', { name: 'Filter by tag' }), 'housing{Enter}');
    await waitFor(() => expect(urlParams(location).getAll('tag')).toEqual(['housing']));

    await waitFor(() => expect(lastListRequest(fetchMock).getAll('tag')).toEqual(['housing']));
    const request = lastListRequest(fetchMock);
    expect(request.getAll('campaignId')).toEqual([newAmericansVote.id]);
    expect(request.getAll('language')).toEqual(['ht']);
  });

  it('shows the issue, level, campaign, language and tag a shared link filters by', async () => {
    const fetchMock = mockApi();
    const { user } = renderApp(
      `/organizations?issueId=${coverAllKids.id}&minLevel=leading&campaignId=${englishWorks.id}&language=es&tag=esol`,
      { userEvents: { pointerEventsCheck: 0 } },
    );

    expect(await screen.findByTitle('Leading')).toBeInTheDocument();
    // The selects show their choices by name (opened here: jsdom cannot lay out their tags).
    await expectChosen(user, 'Filter by issue', 'Cover All Kids');
    await expectChosen(user, 'Filter by campaign', 'English Works');
    await expectChosen(user, 'Filter by language', 'Spanish');
    const request = lastListRequest(fetchMock);
    expect(request.getAll('issueId')).toEqual([coverAllKids.id]);
    expect(request.get('minLevel')).toBe('leading');
    expect(request.getAll('tag')).toEqual(['esol']);
  });

  it('leaves out of the request what the API would refuse in a hand-edited link', async () => {
    const fetchMock = mockApi();

    renderApp('/organizations?issueId=not-an-id&minLevel=leading&language=klingon&tag=es,,pt');

    await waitFor(() => expect(lastListRequest(fetchMock).getAll('tag')).toEqual(['es', 'pt']));
    const request = lastListRequest(fetchMock);
    expect(request.has('issueId')).toBe(false);
    expect(request.has('minLevel')).toBe(false);
    expect(request.has('language')).toBe(false);
  });

  it('clears every filter at once, the new ones included, and keeps the sort', async () => {
    const fetchMock = mockApi();
    const { user, location } = renderApp(
      `/organizations?issueId=${coverAllKids.id}&minLevel=active&campaignId=${englishWorks.id}&language=es&tag=esol&sort=city`,
    );

    await user.click(await screen.findByRole('button', { name: 'Clear filters' }));

    await waitFor(() => expect(location().search).toBe('?sort=city'));
    await waitFor(() => expect(lastListRequest(fetchMock).toString()).toBe('sort=city'));
    expect(screen.getByRole('combobox', { name: 'Filter by level of interest' })).toBeDisabled();
    expect(screen.queryByText('Cover All Kids')).not.toBeInTheDocument();
  });

  it('offers the issues grouped by tier, past ones saying how they ended', async () => {
    mockApi();
    const { user } = renderApp('/organizations', { userEvents: { pointerEventsCheck: 0 } });

    await user.click(await screen.findByRole('combobox', { name: 'Filter by issue' }));

    const tierOne = await screen.findByTitle('Tier 1');
    expect(screen.getByTitle('Tier 3')).toBeInTheDocument();
    const groupedOrder = [
      tierOne,
      screen.getByTitle('Safe Communities Act'),
      screen.getByTitle('Tier 2'),
    ];
    for (const [earlier, later] of [groupedOrder.slice(0, 2), groupedOrder.slice(1)]) {
      expect(earlier?.compareDocumentPosition(later as Node)).toBe(
        Node.DOCUMENT_POSITION_FOLLOWING,
      );
    }
    expect(screen.getByTitle('Wage Theft bill (Won)')).toBeInTheDocument();
  });

  it('says why the issues cannot be offered when the API refuses them', async () => {
    mockFetch((url) =>
      url.pathname === '/api/issues'
        ? errorResponse({ statusCode: 403, code: 'forbidden', message: 'You may not read issues.' })
        : jsonResponse(buildOrganizationList([])),
    );
    const { user } = renderApp('/organizations');

    await user.click(await screen.findByRole('combobox', { name: 'Filter by issue' }));

    expect(
      await screen.findByText('Could not load issues: You may not read issues.'),
    ).toBeInTheDocument();
  });
});
