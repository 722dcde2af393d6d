import type { IssueDetail } from '@coalition/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMeResponse } from '@/testing/access-factories';
import {
  errorResponse,
  type FetchMock,
  jsonResponse,
  mockFetch,
  sentBodies,
} from '@/testing/fetch-mock';
import {
  buildBillDetail,
  buildIssueBill,
  buildIssueDetail,
  buildIssueOrganization,
} from '@/testing/issue-factories';
import { renderApp } from '@/testing/render-app';

const ID = '7a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

function levelGroup(name: RegExp): HTMLElement {
  return screen.getByRole('region', { name });
}

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

/** GET answers the issue; anything else is answered by `write`. */
function mockIssueApi(issue: IssueDetail, write: (url: URL, body: unknown) => Response): FetchMock {
  return mockFetch((url, init) =>
    init?.method && init.method !== 'GET'
      ? write(url, JSON.parse(init.body as string))
      : jsonResponse(issue),
  );
}

beforeAll(async () => {
  await Promise.all([import('@/features/issues'), import('../components/edit-issue-drawer')]);
}, 30_000);

describe('IssuePage', { timeout: 30_000 }, () => {
  it('lists the member organizations by level and the bills with their status', async () => {
    const leader = buildIssueOrganization({
      name: 'Chelsea Collaborative',
      kind: 'community_group',
      level: 'leading',
      note: 'Hosts the lobby day',
      confirmedOn: '2025-02-11',
    });
    const issue = buildIssueDetail({
      id: ID,
      title: 'Cover All Kids',
      summary: 'MassHealth for every child.',
      tier: 2,
      rank: 4,
      bills: [
        buildIssueBill({
          number: 'H.1234',
          title: 'An Act to cover all kids',
          status: 'in_committee',
        }),
      ],
      organizations: [
        leader,
        buildIssueOrganization({
          name: 'Boston Health Center',
          kind: 'health_center',
          level: 'active',
        }),
        buildIssueOrganization({
          name: 'Lowell Parish',
          level: 'interested',
          membershipStatus: 'lapsed',
        }),
        buildIssueOrganization({ name: 'Worcester ESOL', level: 'interested' }),
      ],
    });
    mockFetch(() => jsonResponse(issue));

    renderApp(`/issues/${ID}`, { session: buildMeResponse({ role: 'viewer' }) });

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Cover All Kids' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Tier 2 · Rank 4')).toBeInTheDocument();
    expect(screen.getByText('MassHealth for every child.')).toBeInTheDocument();

    const leading = levelGroup(/^Leading \(1\)/);
    const link = within(leading).getByRole('link', { name: 'Chelsea Collaborative' });
    expect(link).toHaveAttribute('href', `/organizations/${leader.id}`);
    const row = link.closest('tr')!;
    expect(within(row).getByText('Community-based group')).toBeInTheDocument();
    expect(within(row).getByText('Hosts the lobby day')).toBeInTheDocument();
    expect(within(row).getByText('Feb 11, 2025')).toBeInTheDocument();
    expect(within(levelGroup(/^Active \(1\)/)).getByRole('link')).toHaveTextContent(
      'Boston Health Center',
    );
    const interested = levelGroup(/^Interested \(2\)/);
    expect(
      within(interested)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['Lowell Parish', 'Worcester ESOL']);
    expect(within(interested).getByText('Lapsed')).toBeInTheDocument();

    const bill = screen.getByText('H.1234').closest('tr')!;
    expect(within(bill).getByText('An Act to cover all kids')).toBeInTheDocument();
    expect(within(bill).getByText('In committee')).toBeInTheDocument();
    // A viewer reads the issue only.
    expect(screen.queryByRole('button', { name: /Add bill/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Edit/ })).not.toBeInTheDocument();
  });

  it('adds a bill with the number as the legislature prints it', async () => {
    let issue = buildIssueDetail({ id: ID, title: 'Cover All Kids' });
    // The API files the bill under the issue, so the issue read afterwards lists it.
    const fetchMock = mockFetch((_url, init) => {
      if (init?.method !== 'POST') return jsonResponse(issue);
      const bill = buildBillDetail({ ...(JSON.parse(init.body as string) as object), issueId: ID });
      const { id, number, title, status, version } = bill;
      issue = { ...issue, bills: [{ id, number, title, status, version }] };
      return jsonResponse(bill, 201);
    });
    const { user } = renderApp(`/issues/${ID}`, { userEvents: { pointerEventsCheck: 0 } });

    await user.click(await screen.findByRole('button', { name: /Add bill/ }));
    await user.click(screen.getByRole('textbox', { name: 'Bill number' }));
    await user.paste(' s.567 ');
    await user.click(screen.getByRole('textbox', { name: 'Bill title' }));
    await user.paste('An Act to cover all kids');
    await chooseOption(user, screen.getByRole('combobox', { name: 'Bill status' }), 'In committee');
    await user.click(screen.getByRole('button', { name: 'Add bill' }));

    expect(await screen.findByText('S.567')).toBeInTheDocument();
    expect(sentBodies(fetchMock, 'POST', '/api/bills')).toEqual([
      { issueId: ID, number: 'S.567', title: 'An Act to cover all kids', status: 'in_committee' },
    ]);
  });

  it('refuses a malformed bill number on the field, without calling the API', async () => {
    const fetchMock = mockIssueApi(buildIssueDetail({ id: ID }), () => jsonResponse({}, 201));
    const { user } = renderApp(`/issues/${ID}`, { userEvents: { pointerEventsCheck: 0 } });

    await user.click(await screen.findByRole('button', { name: /Add bill/ }));
    await user.click(screen.getByRole('textbox', { name: 'Bill number' }));
    await user.paste('HB 1234');
    await user.click(screen.getByRole('textbox', { name: 'Bill title' }));
    await user.paste('An Act');
    await user.click(screen.getByRole('button', { name: 'Add bill' }));

    expect(
      await screen.findByText('Bill number must be a bill number such as H.1234 or S.567'),
    ).toBeInTheDocument();
    expect(sentBodies(fetchMock, 'POST', '/api/bills')).toEqual([]);
  });

  it("shows the API's refusal of a bill number already used in the session on the field", async () => {
    mockIssueApi(buildIssueDetail({ id: ID }), () =>
      errorResponse({
        statusCode: 409,
        code: 'bill_duplicate',
        message: 'Bill H.1234 already exists in the 2025-2026 session',
        fields: [{ path: 'number', message: 'already exists in the 2025-2026 session' }],
      }),
    );
    const { user } = renderApp(`/issues/${ID}`, { userEvents: { pointerEventsCheck: 0 } });

    await user.click(await screen.findByRole('button', { name: /Add bill/ }));
    await user.click(screen.getByRole('textbox', { name: 'Bill number' }));
    await user.paste('H.1234');
    await user.click(screen.getByRole('textbox', { name: 'Bill title' }));
    await user.paste('An Act');
    await user.click(screen.getByRole('button', { name: 'Add bill' }));

    expect(
      await screen.findByText('Bill number already exists in the 2025-2026 session'),
    ).toBeInTheDocument();
  });

  it("saves a bill's new status with the version it was read at", async () => {
    const bill = buildIssueBill({ number: 'H.1234', status: 'filed', version: 3 });
    const fetchMock = mockIssueApi(buildIssueDetail({ id: ID, bills: [bill] }), (_url, body) =>
      jsonResponse(buildBillDetail({ ...bill, ...(body as object), issueId: ID, version: 4 })),
    );
    const { user } = renderApp(`/issues/${ID}`, { userEvents: { pointerEventsCheck: 0 } });

    const status = await screen.findByRole('combobox', { name: 'Status of H.1234' });
    await chooseOption(user, status, 'Reported out of committee');

    await waitFor(() =>
      expect(sentBodies(fetchMock, 'PATCH', `/api/bills/${bill.id}`)).toEqual([
        { status: 'reported', version: 3 },
      ]),
    );
  });

  it('explains an edit refused because someone else saved first, and offers their version', async () => {
    const issue = buildIssueDetail({ id: ID, title: 'Cover All Kids', version: 2 });
    const current = { ...issue, title: 'Cover All Kids and Youth', version: 3 };
    mockIssueApi(issue, () =>
      errorResponse({
        statusCode: 409,
        code: 'issue_version_conflict',
        message: 'This issue was changed by someone else (now version 3)',
        fields: [{ path: 'version', message: 'is stale: the current version is 3' }],
        current,
      } as Parameters<typeof errorResponse>[0]),
    );
    const { user } = renderApp(`/issues/${ID}`, { userEvents: { pointerEventsCheck: 0 } });

    await user.click(await screen.findByRole('button', { name: /Edit/ }));
    const drawer = await screen.findByRole('dialog');
    const title = within(drawer).getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.paste('Cover All Children');
    await user.click(within(drawer).getByRole('button', { name: 'Save changes' }));

    expect(await within(drawer).findByText('Someone else changed this issue')).toBeInTheDocument();
    await user.click(within(drawer).getByRole('button', { name: 'Load latest' }));
    expect(title).toHaveValue('Cover All Kids and Youth');
  });

  it('archives the issue once the person confirms', async () => {
    const issue = buildIssueDetail({ id: ID, title: 'Cover All Kids', version: 2 });
    const fetchMock = mockIssueApi(issue, () =>
      jsonResponse({ ...issue, archivedAt: '2025-05-02T14:00:00.000Z', version: 3 }),
    );
    const { user } = renderApp(`/issues/${ID}`);

    await user.click(await screen.findByRole('button', { name: /Archive/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Archive' }));

    expect(await screen.findByText('Archived on May 2, 2025')).toBeInTheDocument();
    expect(sentBodies(fetchMock, 'POST', `/api/issues/${ID}/archive`)).toEqual([{ version: 2 }]);
    expect(screen.getByRole('button', { name: 'Restore' })).toBeInTheDocument();
  });

  it('says the issue was not found when the API answers 404', async () => {
    mockFetch(() =>
      errorResponse({ statusCode: 404, code: 'issue_not_found', message: 'No issue has the id' }),
    );

    renderApp(`/issues/${ID}`);

    expect(await screen.findByText('Issue not found')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Back to issues' })).toBeInTheDocument();
  });
});
