import type { IssueSummary } from '@coalition/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMeResponse } from '@/testing/access-factories';
import {
  errorResponse,
  jsonResponse,
  mockFetch,
  requestedUrls,
  sentBodies,
} from '@/testing/fetch-mock';
import {
  buildDemoAgenda,
  buildIssue,
  buildIssueBill,
  buildIssueList,
} from '@/testing/issue-factories';
import { renderApp } from '@/testing/render-app';

function tierSection(tier: number): HTMLElement {
  return screen.getByRole('region', { name: `Tier ${tier}` });
}

function titlesIn(section: HTMLElement): string[] {
  return within(section)
    .getAllByRole('link')
    .map((link) => link.textContent);
}

/** Picks an option of an antd Select, as a person would: open it, click the option. */
async function chooseOption(user: UserEvent, combobox: HTMLElement, label: string) {
  await user.click(combobox);
  const option = await waitFor(() => {
    const found = screen
      .getAllByTitle(label)
      .find((el) => el.classList.contains('ant-select-item-option'));
    if (!found) throw new Error(`No option "${label}" is open`);
    return found;
  });
  await user.click(option);
}

/** The agenda's tier `tier` answered in a new order, as the API does after a reorder. */
function reorderedTier(agenda: IssueSummary[], tier: number, issueIds: string[]) {
  const items = issueIds.map((id, index) => ({
    ...agenda.find((issue) => issue.id === id)!,
    rank: index + 1,
  }));
  return { tier, items };
}

beforeAll(async () => {
  await Promise.all([import('@/features/issues'), import('../components/create-issue-drawer')]);
}, 30_000);

describe('IssuesPage', { timeout: 30_000 }, () => {
  it('shows the agenda tier by tier, in rank order, with member counts and bills', async () => {
    const agenda = buildDemoAgenda();
    agenda[0] = {
      ...agenda[0],
      interestCounts: { leading: 2, active: 5, interested: 8 },
      bills: [
        buildIssueBill({ number: 'H.2288', status: 'in_committee' }),
        buildIssueBill({ number: 'S.1596', status: 'filed' }),
      ],
    };
    const fetchMock = mockFetch(() => jsonResponse(buildIssueList(agenda)));

    renderApp('/issues');

    expect(await screen.findByRole('region', { name: 'Tier 1' })).toBeInTheDocument();
    expect(within(tierSection(1)).getByText('3 priorities')).toBeInTheDocument();
    expect(within(tierSection(2)).getByText('5 priorities')).toBeInTheDocument();
    expect(within(tierSection(3)).getByText('4 priorities')).toBeInTheDocument();
    expect(titlesIn(tierSection(1))).toEqual([
      'Safe Communities Act',
      'Immigrant Legal Defense Act',
      'Dignity Not Deportations',
    ]);
    expect(titlesIn(tierSection(2))).toHaveLength(5);
    expect(titlesIn(tierSection(3))).toHaveLength(4);

    const firstRow = screen.getByRole('link', { name: 'Safe Communities Act' }).closest('tr')!;
    expect(within(firstRow).getByText('2 leading · 5 active · 8 interested')).toBeInTheDocument();
    expect(within(firstRow).getByText('H.2288 · In committee')).toBeInTheDocument();
    expect(within(firstRow).getByText('S.1596 · Filed')).toBeInTheDocument();
    expect(within(firstRow).getByText('2025-2026')).toBeInTheDocument();
    expect(within(firstRow).getByText('Active')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Safe Communities Act' })).toHaveAttribute(
      'href',
      `/issues/${agenda[0].id}`,
    );

    const [url] = requestedUrls(fetchMock);
    expect(url?.pathname).toBe('/api/issues');
    expect(url?.searchParams.get('pageSize')).toBe('100');
  });

  it('moves an issue to the rank chosen and sends the whole tier in its new order', async () => {
    const agenda = buildDemoAgenda();
    const tier2 = agenda.filter((issue) => issue.tier === 2);
    const fetchMock = mockFetch((url, init) =>
      init?.method === 'POST' && url.pathname === '/api/issues/reorder'
        ? jsonResponse(
            reorderedTier(
              agenda,
              2,
              (JSON.parse(init.body as string) as { issueIds: string[] }).issueIds,
            ),
          )
        : jsonResponse(buildIssueList(agenda)),
    );
    const { user } = renderApp('/issues', { userEvents: { pointerEventsCheck: 0 } });

    const cover = await screen.findByRole('combobox', { name: 'Rank of Cover All Kids' });
    await chooseOption(user, cover, '1');

    await waitFor(() =>
      expect(titlesIn(tierSection(2))).toEqual([
        'Cover All Kids',
        'Mental health access',
        'Housing',
        'Physician Pathway Act implementation',
        'Language Access and Inclusion Act',
      ]),
    );
    expect(sentBodies(fetchMock, 'POST', '/api/issues/reorder')).toEqual([
      {
        tier: 2,
        issueIds: [tier2[3].id, tier2[0].id, tier2[1].id, tier2[2].id, tier2[4].id],
      },
    ]);
    expect(titlesIn(tierSection(1))).toHaveLength(3);
  });

  it('explains a refused reorder and shows the tier as it is', async () => {
    const agenda = buildDemoAgenda();
    mockFetch((url, init) =>
      init?.method === 'POST'
        ? errorResponse({
            statusCode: 400,
            code: 'issue_reorder_mismatch',
            message: 'body field issueIds: must list exactly the 4 issue(s) of tier 1, each once',
            fields: [{ path: 'issueIds', message: 'must list exactly the 4 issue(s) of tier 1' }],
          })
        : jsonResponse(buildIssueList(agenda)),
    );
    const { user } = renderApp('/issues', { userEvents: { pointerEventsCheck: 0 } });

    const rank = await screen.findByRole('combobox', { name: 'Rank of Dignity Not Deportations' });
    await chooseOption(user, rank, '1');

    expect(
      await screen.findByText(/The tier changed while you were looking at it/),
    ).toBeInTheDocument();
    expect(titlesIn(tierSection(1))[0]).toBe('Safe Communities Act');
  });

  it('offers no re-ranking and no new issue to a viewer', async () => {
    mockFetch(() => jsonResponse(buildIssueList(buildDemoAgenda())));

    renderApp('/issues', { session: buildMeResponse({ role: 'viewer' }) });

    expect(await screen.findByRole('link', { name: 'Safe Communities Act' })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: /^Rank of/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /New issue/ })).not.toBeInTheDocument();
  });

  it('filters by status from the URL, still counting the whole tier', async () => {
    const agenda = [
      buildIssue({ title: 'Safe Communities Act', tier: 1, rank: 1 }),
      buildIssue({ title: 'Driver license access', tier: 1, rank: 2, status: 'won' }),
    ];
    mockFetch(() => jsonResponse(buildIssueList(agenda)));

    renderApp('/issues?status=won');

    expect(await screen.findByRole('link', { name: 'Driver license access' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Safe Communities Act' })).not.toBeInTheDocument();
    expect(within(tierSection(1)).getByText('2 priorities, 1 shown')).toBeInTheDocument();
  });

  it("shows the API's refusal of a new issue on the field it names", async () => {
    const fetchMock = mockFetch((_url, init) =>
      init?.method === 'POST'
        ? errorResponse({
            statusCode: 409,
            code: 'issue_duplicate',
            message: 'An issue titled "Cover All Kids" already exists in the 2025-2026 session',
            fields: [{ path: 'title', message: 'already exists in the 2025-2026 session' }],
          })
        : jsonResponse(buildIssueList(buildDemoAgenda())),
    );
    const { user } = renderApp('/issues', { userEvents: { pointerEventsCheck: 0 } });

    await user.click(await screen.findByRole('button', { name: /New issue/ }));
    const drawer = await screen.findByRole('dialog');
    await user.click(within(drawer).getByRole('textbox', { name: 'Title' }));
    await user.paste('Cover All Kids');
    await user.clear(within(drawer).getByRole('textbox', { name: 'Legislative session' }));
    await user.click(within(drawer).getByRole('textbox', { name: 'Legislative session' }));
    await user.paste('2025-2026');
    await chooseOption(user, within(drawer).getByRole('combobox', { name: 'Tier' }), 'Tier 2');
    await user.click(within(drawer).getByRole('button', { name: 'Create issue' }));

    expect(
      await within(drawer).findByText('Title already exists in the 2025-2026 session'),
    ).toBeInTheDocument();
    expect(sentBodies(fetchMock, 'POST', '/api/issues')).toEqual([
      { title: 'Cover All Kids', tier: 2, session: '2025-2026', status: 'active' },
    ]);
  });
});
