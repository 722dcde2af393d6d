import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCampaignDetail, buildGoalProgress } from '@/testing/campaign-factories';
import { errorResponse, jsonResponse, mockFetch, sentBodies } from '@/testing/fetch-mock';
import { buildIssueList } from '@/testing/issue-factories';
import { renderApp } from '@/testing/render-app';

const ID = '9d2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const GOAL_ID = '9d2b3c4d-5e6f-4a7b-8c9d-00000000a001';

beforeAll(async () => {
  await Promise.all([import('@/features/campaigns'), import('./edit-campaign-drawer')]);
}, 30_000);

describe('editing a campaign', { timeout: 30_000 }, () => {
  it('sends only what changed, keeping goal ids, and explains a save refused as stale', async () => {
    const goal = buildGoalProgress({ goalId: GOAL_ID, label: 'Voters', unit: 'voters' });
    const campaign = buildCampaignDetail({ id: ID, name: 'New Americans Vote', goals: [goal] });
    const current = { ...campaign, name: 'New Americans Vote 2025', version: 2 };
    const fetchMock = mockFetch((url, init) => {
      if (init?.method === 'PATCH') {
        return errorResponse({
          statusCode: 409,
          code: 'campaign_version_conflict',
          message: 'This campaign was changed by someone else (now version 2)',
          fields: [{ path: 'version', message: 'is stale: the current version is 2' }],
          current,
        } as Parameters<typeof errorResponse>[0]);
      }
      return url.pathname === '/api/issues'
        ? jsonResponse(buildIssueList([]))
        : jsonResponse(campaign);
    });
    const { user } = renderApp(`/campaigns/${ID}`, { userEvents: { pointerEventsCheck: 0 } });

    await user.click(await screen.findByRole('button', { name: /Edit/ }));
    const drawer = await screen.findByRole('dialog');
    const target = within(drawer).getByRole('spinbutton', { name: 'Target of goal 1' });
    await user.clear(target);
    await user.paste('2000');
    await user.click(within(drawer).getByRole('button', { name: 'Save changes' }));

    expect(
      await within(drawer).findByText('Someone else changed this campaign'),
    ).toBeInTheDocument();
    expect(sentBodies(fetchMock, 'PATCH', `/api/campaigns/${ID}`)).toEqual([
      { goals: [{ id: GOAL_ID, label: 'Voters', unit: 'voters', target: 2000 }], version: 1 },
    ]);
    await user.click(within(drawer).getByRole('button', { name: 'Load latest' }));
    expect(within(drawer).getByRole('textbox', { name: 'Name' })).toHaveValue(
      'New Americans Vote 2025',
    );
  });
});
