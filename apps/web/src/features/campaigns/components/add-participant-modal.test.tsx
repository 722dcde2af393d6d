import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCampaignDetail } from '@/testing/campaign-factories';
import { buildOrganizationList, buildOrganizationSummary } from '@/testing/factories';
import { errorResponse, jsonResponse, mockFetch, sentBodies } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render-app';

const ID = '9e2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

beforeAll(async () => {
  await import('@/features/campaigns');
}, 30_000);

describe('adding a participant', { timeout: 30_000 }, () => {
  it('searches organizations by name and shows a duplicate role on the picker', async () => {
    const casa = buildOrganizationSummary({ name: 'Casa Nueva', city: 'Worcester' });
    const fetchMock = mockFetch((url, init) => {
      if (init?.method === 'POST') {
        return errorResponse({
          statusCode: 409,
          code: 'participation_duplicate',
          message: 'This organization already takes part in the campaign as funder',
          fields: [{ path: 'organizationId', message: 'already takes part as funder' }],
        });
      }
      if (url.pathname === '/api/organizations') {
        return jsonResponse(buildOrganizationList(url.searchParams.get('q') ? [casa] : []));
      }
      return url.pathname.endsWith('/contributions')
        ? jsonResponse({ items: [], total: 0, page: 1, pageSize: 10 })
        : jsonResponse(buildCampaignDetail({ id: ID, name: 'English Works' }));
    });
    const { user } = renderApp(`/campaigns/${ID}`, { userEvents: { pointerEventsCheck: 0 } });

    await user.click(await screen.findByRole('button', { name: 'Add participant' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('combobox', { name: 'Organization' }), 'casa');
    await user.click(await screen.findByTitle('Casa Nueva (Worcester)'));
    await user.click(within(dialog).getByRole('combobox', { name: 'Role' }));
    await user.click(await screen.findByTitle('Funder'));
    await user.click(within(dialog).getByRole('button', { name: 'Add participant' }));

    expect(
      await within(dialog).findByText('Organization or person already takes part as funder'),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(sentBodies(fetchMock, 'POST', `/api/campaigns/${ID}/participants`)).toEqual([
        { organizationId: casa.id, role: 'funder' },
      ]),
    );
  });
});
