import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMeResponse } from '@/testing/access-factories';
import {
  buildCampaignIssue,
  buildCampaignList,
  buildCampaignSummary,
  buildGoalProgress,
} from '@/testing/campaign-factories';
import {
  errorResponse,
  jsonResponse,
  mockFetch,
  requestedUrls,
  sentBodies,
} from '@/testing/fetch-mock';
import { buildIssue, buildIssueList } from '@/testing/issue-factories';
import { renderApp } from '@/testing/render-app';

const ID = '5b1c2a4e-8b3d-4c5e-9f60-718293a4b5c6';

async function fill(user: UserEvent, drawer: HTMLElement, label: string, text: string) {
  await user.click(within(drawer).getByRole('textbox', { name: label }));
  await user.paste(text);
}

// Load the lazily imported feature and drawer once, outside the first test's waits.
beforeAll(async () => {
  await Promise.all([
    import('@/features/campaigns'),
    import('../components/create-campaign-drawer'),
  ]);
}, 30_000);

describe('CampaignsPage', { timeout: 30_000 }, () => {
  it('lists each campaign with the progress of every goal', async () => {
    const issue = buildCampaignIssue({ title: 'Safe Communities Act' });
    const campaign = buildCampaignSummary({
      id: ID,
      name: 'New Americans Vote',
      kind: 'voter_engagement',
      startsOn: '2025-06-01',
      endsOn: '2025-11-04',
      issues: [issue],
      goals: [
        buildGoalProgress({
          label: 'New voters registered',
          unit: 'voters',
          target: 1500,
          achieved: 1020,
        }),
        buildGoalProgress({
          label: 'Volunteers trained',
          unit: 'volunteers',
          target: 40,
          achieved: 48,
        }),
      ],
    });
    mockFetch(() => jsonResponse(buildCampaignList([campaign])));

    renderApp('/campaigns', { session: buildMeResponse({ role: 'viewer' }) });

    const link = await screen.findByRole('link', { name: 'New Americans Vote' });
    expect(link).toHaveAttribute('href', `/campaigns/${ID}`);
    const row = link.closest('tr')!;
    expect(within(row).getByText('Voter engagement')).toBeInTheDocument();
    expect(within(row).getByText('Jun 1, 2025 – Nov 4, 2025')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'Safe Communities Act' })).toHaveAttribute(
      'href',
      `/issues/${issue.id}`,
    );
    expect(within(row).getByText('1,020 / 1,500 voters')).toBeInTheDocument();
    expect(
      within(row).getByRole('progressbar', { name: 'New voters registered: 68% of the target' }),
    ).toHaveAttribute('aria-valuenow', '68');
    // An exceeded target says by how much, while its bar stops at full.
    expect(within(row).getByText('48 / 40 volunteers')).toBeInTheDocument();
    expect(within(row).getByText('120%')).toBeInTheDocument();
    // A viewer reads only.
    expect(screen.queryByRole('button', { name: /New campaign/ })).not.toBeInTheDocument();
  });

  it('asks the API for the search and kinds in the URL, and keeps typing in the URL', async () => {
    const fetchMock = mockFetch(() => jsonResponse(buildCampaignList([])));
    const { user, location } = renderApp('/campaigns?kind=voter_engagement&q=vote');

    expect(await screen.findByText('No campaigns match these filters.')).toBeInTheDocument();
    const first = requestedUrls(fetchMock).find((u) => u.pathname === '/api/campaigns')!;
    expect(first.searchParams.get('q')).toBe('vote');
    expect(first.searchParams.getAll('kind')).toEqual(['voter_engagement']);

    const search = screen.getByRole('searchbox', { name: 'Search campaigns' });
    await user.clear(search);
    await user.type(search, 'esol{Enter}');
    await waitFor(() => expect(location().search).toBe('?q=esol&kind=voter_engagement'));
  });

  it('shows a refusal of the API on the field it names', async () => {
    const fetchMock = mockFetch((url, init) => {
      if (init?.method === 'POST') {
        return errorResponse({
          statusCode: 409,
          code: 'campaign_duplicate',
          message: 'A campaign named "English Works" already exists',
          fields: [{ path: 'name', message: 'already exists' }],
        });
      }
      return url.pathname === '/api/issues'
        ? jsonResponse(buildIssueList([buildIssue({ title: 'Cover All Kids' })]))
        : jsonResponse(buildCampaignList([]));
    });
    const { user } = renderApp('/campaigns', { userEvents: { pointerEventsCheck: 0 } });

    await user.click(await screen.findByRole('button', { name: /New campaign/ }));
    const drawer = await screen.findByRole('dialog');
    await fill(user, drawer, 'Name', 'English Works');
    const kind = within(drawer).getByRole('combobox', { name: 'Kind' });
    await user.click(kind);
    await user.click(await screen.findByTitle('Workforce / ESOL'));
    await fill(user, drawer, 'Starts on', 'Jan 6, 2025');
    await user.keyboard('{Enter}');
    await user.click(within(drawer).getByRole('button', { name: /Add a goal/ }));
    await fill(user, drawer, 'Metric of goal 1', 'Workers enrolled in ESOL');
    await fill(user, drawer, 'Unit of goal 1', 'workers');
    await user.click(within(drawer).getByRole('spinbutton', { name: 'Target of goal 1' }));
    await user.paste('300');
    await user.click(within(drawer).getByRole('button', { name: 'Create campaign' }));

    expect(await within(drawer).findByText('Name already exists')).toBeInTheDocument();
    expect(sentBodies(fetchMock, 'POST', '/api/campaigns')).toEqual([
      {
        name: 'English Works',
        kind: 'workforce_esol',
        startsOn: '2025-01-06',
        endsOn: null,
        issueIds: [],
        goals: [{ label: 'Workers enrolled in ESOL', unit: 'workers', target: 300 }],
      },
    ]);
  });
});
