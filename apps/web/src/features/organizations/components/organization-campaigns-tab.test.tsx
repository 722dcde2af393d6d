import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMeResponse } from '@/testing/access-factories';
import { buildOrganizationCampaign } from '@/testing/campaign-factories';
import { buildOrganizationDetail } from '@/testing/factories';
import { jsonResponse, mockFetch } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render-app';

const ID = '6f1c2a4e-8b3d-4c5e-9f60-7182930c0001';

beforeAll(async () => {
  await import('@/features/organizations');
}, 30_000);

describe("an organization's Campaigns tab", { timeout: 30_000 }, () => {
  it('lists the campaigns it takes part in, with its role and what it contributed', async () => {
    const vote = buildOrganizationCampaign({
      role: 'lead_partner',
      contributed: 1020,
      campaign: {
        id: '6f1c2a4e-8b3d-4c5e-9f60-7182930c0002',
        name: 'New Americans Vote',
        kind: 'voter_engagement',
        startsOn: '2025-06-01',
        endsOn: '2025-11-04',
        active: true,
      },
    });
    const esol = buildOrganizationCampaign({
      role: 'endorser',
      campaign: {
        id: '6f1c2a4e-8b3d-4c5e-9f60-7182930c0003',
        name: 'English Works',
        kind: 'workforce_esol',
        startsOn: '2019-01-01',
        endsOn: null,
        active: true,
      },
    });
    mockFetch((url) =>
      url.pathname === `/api/organizations/${ID}/campaigns`
        ? jsonResponse([vote, esol])
        : jsonResponse(buildOrganizationDetail({ id: ID, name: 'Chelsea Collaborative' })),
    );

    renderApp(`/organizations/${ID}?tab=campaigns`, {
      session: buildMeResponse({ role: 'viewer' }),
    });

    expect(await screen.findByRole('tab', { name: 'Campaigns', selected: true })).toBeVisible();
    const link = await screen.findByRole('link', { name: 'New Americans Vote' });
    expect(link).toHaveAttribute('href', `/campaigns/${vote.campaign.id}`);
    const row = link.closest('tr')!;
    expect(within(row).getByText('Lead partner')).toBeInTheDocument();
    expect(within(row).getByText('Voter engagement')).toBeInTheDocument();
    expect(within(row).getByText('1,020')).toBeInTheDocument();
    const other = screen.getByRole('link', { name: 'English Works' }).closest('tr')!;
    expect(within(other).getByText('Endorser')).toBeInTheDocument();
    expect(within(other).getByText('Since Jan 1, 2019', { exact: false })).toBeInTheDocument();
  });

  it('comes after Issues and before Meetings, Outreach and History', async () => {
    mockFetch(() => jsonResponse(buildOrganizationDetail({ id: ID })));

    // An admin may read the audit trail: the History tab is shown too.
    renderApp(`/organizations/${ID}`);

    await screen.findByRole('tab', { name: 'Profile', selected: true });
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      'Profile',
      'Contacts',
      'Issues',
      'Campaigns',
      'Meetings',
      'Outreach',
      'History',
    ]);
  });
});
