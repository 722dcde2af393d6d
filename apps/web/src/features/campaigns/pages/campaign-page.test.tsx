import type { CampaignDetail } from '@coalition/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMeResponse } from '@/testing/access-factories';
import {
  buildCampaignDetail,
  buildCampaignIssue,
  buildContribution,
  buildContributionList,
  buildGoalProgress,
  buildGoalSeries,
  buildParticipant,
  groupParticipants,
} from '@/testing/campaign-factories';
import { type FetchMock, jsonResponse, mockFetch, sentBodies } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render-app';

const ID = '8c2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const GOAL_ID = '8c2b3c4d-5e6f-4a7b-8c9d-00000000a001';
const CONTACT_ID = '8c2b3c4d-5e6f-4a7b-8c9d-00000000c001';

const lead = buildParticipant({
  role: 'lead_partner',
  organization: {
    id: '8c2b3c4d-5e6f-4a7b-8c9d-00000000b001',
    name: 'Chelsea Collaborative',
    kind: 'community_group',
  },
  contributed: 640,
});
const funder = buildParticipant({
  role: 'funder',
  organization: {
    id: '8c2b3c4d-5e6f-4a7b-8c9d-00000000b002',
    name: 'Boston Foundation',
    kind: 'social_service',
  },
});
const volunteer = buildParticipant({
  role: 'participant',
  organization: null,
  contact: { id: CONTACT_ID, name: 'Ana Pereira' },
  contributed: 380,
});

function buildNewAmericansVote(overrides: Partial<CampaignDetail> = {}): CampaignDetail {
  return buildCampaignDetail({
    id: ID,
    name: 'New Americans Vote',
    summary: 'Registering new citizens to vote.',
    issues: [buildCampaignIssue({ title: 'Language Access and Inclusion Act' })],
    goals: [
      buildGoalProgress({
        goalId: GOAL_ID,
        label: 'New voters registered',
        unit: 'voters',
        target: 1500,
        achieved: 1020,
      }),
    ],
    participants: groupParticipants([lead, funder, volunteer]),
    contributionSeries: [
      buildGoalSeries({
        goalId: GOAL_ID,
        label: 'New voters registered',
        unit: 'voters',
        target: 1500,
        points: [
          { month: '2025-06', amount: 400, cumulative: 400 },
          { month: '2025-07', amount: 620, cumulative: 1020 },
        ],
      }),
    ],
    ...overrides,
  });
}

/** GETs answer the campaign or its contributions; writes are answered by `write`. */
function mockCampaignApi(
  campaign: CampaignDetail,
  write: (url: URL, body: unknown) => Response = () => jsonResponse({}),
): FetchMock {
  return mockFetch((url, init) => {
    if (init?.method && init.method !== 'GET') {
      return write(url, JSON.parse(init.body as string));
    }
    return url.pathname.endsWith('/contributions')
      ? jsonResponse(
          buildContributionList([
            buildContribution({ amount: 620, participantName: 'Chelsea Collaborative' }),
          ]),
        )
      : jsonResponse(campaign);
  });
}

function roleGroup(name: RegExp): HTMLElement {
  return screen.getByRole('region', { name });
}

beforeAll(async () => {
  await Promise.all([import('@/features/campaigns'), import('../components/goal-chart')]);
}, 30_000);

describe('CampaignPage', { timeout: 30_000 }, () => {
  it('groups the participants by role, linking each to its page', async () => {
    mockCampaignApi(buildNewAmericansVote());

    renderApp(`/campaigns/${ID}`, { session: buildMeResponse({ role: 'viewer' }) });

    expect(
      await screen.findByRole('heading', { level: 2, name: 'New Americans Vote' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Registering new citizens to vote.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Language Access and Inclusion Act' })).toBeVisible();

    const leads = roleGroup(/^Lead partners \(1\)/);
    const leadLink = within(leads).getByRole('link', { name: 'Chelsea Collaborative' });
    expect(leadLink).toHaveAttribute('href', `/organizations/${lead.organization?.id}`);
    expect(within(leadLink.closest('tr')!).getByText('640')).toBeInTheDocument();
    expect(within(roleGroup(/^Funders \(1\)/)).getByRole('link')).toHaveTextContent(
      'Boston Foundation',
    );
    const person = within(roleGroup(/^Participants \(1\)/)).getByRole('link', {
      name: 'Ana Pereira',
    });
    expect(person).toHaveAttribute('href', `/contacts/${CONTACT_ID}`);
    expect(within(person.closest('tr')!).getByText('Person')).toBeInTheDocument();
    expect(
      within(roleGroup(/^Endorsers \(0\)/)).getByText('Nobody in this role yet.'),
    ).toBeVisible();
  });

  it('shows the numbers behind each goal’s chart on request', async () => {
    mockCampaignApi(buildNewAmericansVote());
    const { user } = renderApp(`/campaigns/${ID}`);

    const chart = await screen.findByRole('figure', {
      name: 'New voters registered: total voters by month against the target of 1,500',
    });
    await user.click(within(chart).getByRole('button', { name: 'Show the numbers' }));

    const rows = within(chart).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'Jun 2025400400' + '26%',
      'Jul 20256201,020' + '68%',
    ]);
    expect(within(chart).getByRole('button', { name: 'Hide the numbers' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('logs a contribution toward a goal, by a participant, on a date', async () => {
    const fetchMock = mockCampaignApi(buildNewAmericansVote(), (_url, body) =>
      jsonResponse(buildContribution({ ...(body as object), campaignId: ID }), 201),
    );
    const { user } = renderApp(`/campaigns/${ID}`, { userEvents: { pointerEventsCheck: 0 } });

    await user.click(await screen.findByRole('button', { name: 'Log contribution' }));
    const dialog = await screen.findByRole('dialog');
    // The only goal is chosen already.
    expect(within(dialog).getByTitle('New voters registered')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('combobox', { name: 'Contributed by' }));
    await user.click(await screen.findByTitle('Ana Pereira (Participant)'));
    await user.click(within(dialog).getByRole('spinbutton', { name: 'Amount' }));
    await user.paste('120');
    const date = within(dialog).getByRole('textbox', { name: 'Date' });
    await user.clear(date);
    await user.type(date, 'Jul 14, 2025{Enter}');
    await user.click(within(dialog).getByRole('textbox', { name: 'Note' }));
    await user.paste('Citizenship fair in Lowell');
    await user.click(within(dialog).getByRole('button', { name: 'Log contribution' }));

    await waitFor(() =>
      expect(sentBodies(fetchMock, 'POST', `/api/campaigns/${ID}/contributions`)).toEqual([
        {
          goalId: GOAL_ID,
          participationId: volunteer.id,
          amount: 120,
          recordedOn: '2025-07-14',
          note: 'Citizenship fair in Lowell',
        },
      ]),
    );
  });

  it('offers a viewer no way to change the campaign', async () => {
    mockCampaignApi(buildNewAmericansVote());

    renderApp(`/campaigns/${ID}`, { session: buildMeResponse({ role: 'viewer' }) });

    expect(await screen.findByRole('heading', { name: 'New Americans Vote' })).toBeInTheDocument();
    // The contributions are listed too, without a way to log one.
    expect(await screen.findByText('620 voters')).toBeInTheDocument();
    for (const name of [/Edit/, /Archive/, /Add participant/, /Log contribution/, /Remove/]) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
    expect(screen.queryByRole('combobox', { name: /Role of/ })).not.toBeInTheDocument();
  });

  it('archives after a confirmation, sending the version read', async () => {
    const campaign = buildNewAmericansVote({ version: 4 });
    const fetchMock = mockCampaignApi(campaign, () =>
      jsonResponse({ ...campaign, version: 5, archivedAt: '2025-08-01T12:00:00.000Z' }),
    );
    const { user } = renderApp(`/campaigns/${ID}`, { userEvents: { pointerEventsCheck: 0 } });

    await user.click(await screen.findByRole('button', { name: /Archive/ }));
    const confirm = await screen.findByRole('dialog');
    expect(within(confirm).getAllByText('Archive New Americans Vote?')).not.toHaveLength(0);
    await user.click(within(confirm).getByRole('button', { name: 'Archive' }));

    expect(await screen.findByText('Archived on Aug 1, 2025')).toBeInTheDocument();
    expect(sentBodies(fetchMock, 'POST', `/api/campaigns/${ID}/archive`)).toEqual([{ version: 4 }]);
  });
});
