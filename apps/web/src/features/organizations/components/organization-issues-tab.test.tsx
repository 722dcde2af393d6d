import type { OrganizationInterest } from '@coalition/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMeResponse } from '@/testing/access-factories';
import { jsonResponse, mockFetch, requestedUrls, sentBodies } from '@/testing/fetch-mock';
import {
  buildIssueSummary,
  buildOrganizationDetail,
  buildOrganizationInterest,
} from '@/testing/factories';
import { renderApp } from '@/testing/render-app';

const ID = '6f1c2a4e-8b3d-4c5e-9f60-718293a4b5c6';
const TRANSIT = buildIssueSummary({ title: 'Transit for all', tier: 1 });
const LICENSES = buildIssueSummary({ title: 'Driver licenses', tier: 2 });
/** An interest in an issue the coalition has since won: still shown. */
const WON = buildOrganizationInterest({
  organizationId: ID,
  issueTitle: 'Language access',
  issueStatus: 'won',
  level: 'leading',
});
const TRANSIT_INTEREST = buildOrganizationInterest({
  organizationId: ID,
  issueId: TRANSIT.id,
  issueTitle: TRANSIT.title,
  level: 'active',
  note: 'Testifies at hearings',
});

/** The API, keeping the organization's interests as PUT and DELETE leave them. */
function mockIssuesApi() {
  let interests = [TRANSIT_INTEREST, WON];
  return mockFetch((url, init) => {
    const method = init?.method ?? 'GET';
    const issueId = url.pathname.split('/interests/')[1];
    if (url.pathname === '/api/issues') {
      return jsonResponse({ items: [TRANSIT, LICENSES], total: 2, page: 1, pageSize: 100 });
    }
    if (url.pathname === `/api/organizations/${ID}/interests`) return jsonResponse(interests);
    if (method === 'PUT' && issueId) {
      const body = JSON.parse(typeof init?.body === 'string' ? init.body : '{}') as Pick<
        OrganizationInterest,
        'level' | 'note'
      >;
      const saved = buildOrganizationInterest({ organizationId: ID, issueId, ...body });
      interests = [...interests.filter((i) => i.issueId !== issueId), saved];
      return jsonResponse(saved);
    }
    if (method === 'DELETE' && issueId) {
      interests = interests.filter((i) => i.issueId !== issueId);
      return new Response(null, { status: 204 });
    }
    return jsonResponse(buildOrganizationDetail({ id: ID }));
  });
}

function rowOf(title: string): HTMLElement {
  const row = screen.getByText(title).closest('tr');
  if (!row) throw new Error(`No row for ${title}`);
  return row;
}

// Compile the lazily loaded feature once, outside the first test's waits.
beforeAll(async () => {
  await import('@/features/organizations');
}, 30_000);

describe('the Issues tab', () => {
  it("lists the coalition's active issues with the organization's level on each", async () => {
    const fetchMock = mockIssuesApi();

    renderApp(`/organizations/${ID}?tab=issues`);

    expect(await screen.findByText('Transit for all')).toBeInTheDocument();
    expect(within(rowOf('Transit for all')).getByText('Active')).toBeInTheDocument();
    expect(within(rowOf('Transit for all')).getByText('Testifies at hearings')).toBeInTheDocument();
    expect(within(rowOf('Driver licenses')).getByText('None')).toBeInTheDocument();
    expect(within(rowOf('Language access')).getByText('Won')).toBeInTheDocument();
    const issuesRequest = requestedUrls(fetchMock).find((url) => url.pathname === '/api/issues');
    expect(issuesRequest?.searchParams.getAll('status')).toEqual(['active']);
  });

  it('declares a level with PUT as soon as it is chosen', async () => {
    const fetchMock = mockIssuesApi();
    const { user } = renderApp(`/organizations/${ID}?tab=issues`);

    await user.click(await screen.findByRole('combobox', { name: 'Interest in Driver licenses' }));
    await user.click(await screen.findByTitle('Interested'));

    await waitFor(() =>
      expect(
        sentBodies(fetchMock, 'PUT', `/api/organizations/${ID}/interests/${LICENSES.id}`),
      ).toEqual([{ level: 'interested', note: null }]),
    );
  });

  it('withdraws the interest with DELETE when set to none, keeping no note behind', async () => {
    const fetchMock = mockIssuesApi();
    const { user } = renderApp(`/organizations/${ID}?tab=issues`);

    await user.click(await screen.findByRole('combobox', { name: 'Interest in Transit for all' }));
    // The other rows' selects show "None" too: pick it in the list that just opened.
    const list = await waitFor(() => {
      const open = document.querySelector<HTMLElement>(
        '.ant-select-dropdown:not(.ant-select-dropdown-hidden)',
      );
      if (!open) throw new Error('The list of levels did not open');
      return open;
    });
    await user.click(within(list).getByTitle('None'));

    const path = `/api/organizations/${ID}/interests/${TRANSIT.id}`;
    await waitFor(() => expect(sentBodies(fetchMock, 'DELETE', path)).toHaveLength(1));
    await waitFor(() => expect(screen.queryByText('Testifies at hearings')).toBeNull());
  });

  it('shows the levels as text to someone who may not change them', async () => {
    mockIssuesApi();

    renderApp(`/organizations/${ID}?tab=issues`, {
      session: buildMeResponse({ role: 'viewer' }),
    });

    expect(await screen.findByText('Transit for all')).toBeInTheDocument();
    expect(within(rowOf('Transit for all')).getByText('Active')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: /Interest in/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Edit/ })).toBeNull();
  });
});
