import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMeResponse } from '@/testing/access-factories';
import { buildContactDetail } from '@/testing/contact-factories';
import {
  buildEngagementBreakdown,
  buildEngagementComponent,
  buildEngagementSettings,
} from '@/testing/engagement-factories';
import { buildOrganizationDetail } from '@/testing/factories';
import { errorResponse, jsonResponse, mockFetch, requestedUrls } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render-app';

const ORG_ID = '8b2b3c4d-5e6f-4a7b-8c9d-00000000e001';
const CONTACT_ID = '8b2b3c4d-5e6f-4a7b-8c9d-00000000e002';
const ORG_SCORE_URL = `/api/reports/engagement/organizations/${ORG_ID}`;
const SETTINGS_URL = '/api/reports/engagement/settings';

beforeAll(async () => {
  await Promise.all([
    import('@/features/engagement'),
    import('@/features/organizations'),
    import('@/features/contacts'),
  ]);
}, 30_000);

/** The organization, its score and the settings; any other list answers empty. */
function mockOrganizationApi(
  score: () => Response = () => jsonResponse(buildEngagementBreakdown()),
) {
  return mockFetch((url) => {
    if (url.pathname === ORG_SCORE_URL) return score();
    if (url.pathname === SETTINGS_URL) {
      return jsonResponse(
        buildEngagementSettings({ thresholds: { core: 40, active: 20, occasional: 5 } }),
      );
    }
    if (url.pathname === `/api/organizations/${ORG_ID}`) {
      return jsonResponse(buildOrganizationDetail({ id: ORG_ID, name: 'Casa del Pueblo' }));
    }
    return jsonResponse({ items: [], total: 0, page: 1, pageSize: 25 });
  });
}

const card = () => screen.findByRole('region', { name: 'Engagement score' });

describe("the engagement card on a record's profile", { timeout: 30_000 }, () => {
  it("shows an organization's score, band and parts adding up to it", async () => {
    mockOrganizationApi();
    renderApp(`/organizations/${ORG_ID}`, { session: buildMeResponse({ role: 'leadership' }) });

    const region = await card();
    const parts = await within(region).findByRole('table');
    expect(within(region).getByText('Core')).toBeInTheDocument();
    const rows = within(parts)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows).toEqual([
      'PartPoints',
      'Meetings attended, last 90 days1 meeting, latest 89 days ago5.04',
      'Meetings attended, 90 to 364 days ago1 meeting, latest 180 days ago2',
      'Roles in campaignsLead partner in 1 campaign, another role in 120',
      'Outreach outcomes, last 365 days1 committed6',
      'Issues the organization is active on or leadsLeads 1 issue7',
      'Dues currentPaid through Dec 31, 20254',
      'Score (the sum of the parts)44.04',
    ]);
    expect(within(region).getByText(/^Computed Jun 2, 2025/)).toBeInTheDocument();
  });

  it('explains the bands with the thresholds from the settings', async () => {
    const fetchMock = mockOrganizationApi();
    const { user } = renderApp(`/organizations/${ORG_ID}`, {
      session: buildMeResponse({ role: 'leadership' }),
    });
    const region = await card();
    await within(region).findByRole('table');
    expect(requestedUrls(fetchMock).map((u) => u.pathname)).not.toContain(SETTINGS_URL);

    await user.click(within(region).getByRole('button', { name: 'How is this computed?' }));

    const bands = await screen.findByRole('list', { name: 'Bands' });
    expect(
      within(bands)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Core: 40 or more',
      'Active: 20 up to 40',
      'Occasional: 5 up to 20',
      'Dormant: below 5',
    ]);
    expect(screen.getByRole('list', { name: 'What earns points' })).toHaveTextContent(
      'Dues paid up (10).',
    );
  });

  it("shows a person's four parts, and the bands without numbers to a viewer", async () => {
    const fetchMock = mockFetch((url) => {
      if (url.pathname === `/api/reports/engagement/contacts/${CONTACT_ID}`) {
        return jsonResponse(
          buildEngagementBreakdown({
            score: 8,
            band: 'occasional',
            components: [
              buildEngagementComponent('meetingsLast90Days', {
                points: 8,
                detail: '1 meeting, latest 12 days ago',
              }),
              buildEngagementComponent('meetingsEarlierInYear'),
              buildEngagementComponent('campaigns'),
              buildEngagementComponent('outreach'),
            ],
          }),
        );
      }
      return jsonResponse(buildContactDetail({ id: CONTACT_ID }));
    });
    const { user } = renderApp(`/contacts/${CONTACT_ID}`, {
      session: buildMeResponse({ role: 'viewer' }),
    });

    const region = await card();
    const parts = await within(region).findByRole('table');
    expect(within(region).getByText('Occasional')).toBeInTheDocument();
    expect(within(parts).getAllByRole('row')).toHaveLength(6);
    expect(within(parts).getByText('1 meeting, latest 12 days ago')).toBeInTheDocument();

    await user.click(within(region).getByRole('button', { name: 'How is this computed?' }));
    const bands = await screen.findByRole('list', { name: 'Bands' });
    expect(bands).toHaveTextContent('Core, Active, Occasional, Dormant: strongest to weakest');
    expect(screen.getByRole('list', { name: 'What earns points' })).not.toHaveTextContent('Dues');
    // Viewers may not read the settings: nothing asked.
    expect(requestedUrls(fetchMock).map((u) => u.pathname)).not.toContain(SETTINGS_URL);
  });

  it('says when the score could not be loaded', async () => {
    mockOrganizationApi(() =>
      errorResponse({ statusCode: 500, code: 'internal_error', message: 'Something broke.' }),
    );
    renderApp(`/organizations/${ORG_ID}`, { session: buildMeResponse({ role: 'leadership' }) });

    const region = await card();
    expect(
      await within(region).findByText('Could not load the engagement score'),
    ).toBeInTheDocument();
    expect(within(region).getByText('Something broke.')).toBeInTheDocument();
  });

  it('is not shown for an archived organization', async () => {
    const fetchMock = mockFetch((url) =>
      url.pathname === `/api/organizations/${ORG_ID}`
        ? jsonResponse(
            buildOrganizationDetail({ id: ORG_ID, archivedAt: '2025-01-01T00:00:00.000Z' }),
          )
        : jsonResponse({ items: [], total: 0, page: 1, pageSize: 25 }),
    );
    renderApp(`/organizations/${ORG_ID}`, { session: buildMeResponse({ role: 'leadership' }) });

    expect(await screen.findByText('Address')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Engagement score' })).not.toBeInTheDocument();
    expect(requestedUrls(fetchMock).map((u) => u.pathname)).not.toContain(ORG_SCORE_URL);
  });
});
