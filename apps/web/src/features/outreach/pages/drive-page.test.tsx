import type { DriveDetail } from '@coalition/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMeResponse } from '@/testing/access-factories';
import {
  type FetchMock,
  jsonResponse,
  mockFetch,
  requestedUrls,
  sentBodies,
} from '@/testing/fetch-mock';
import {
  buildCommitment,
  buildCommitmentList,
  buildDriveDetail,
  buildDriveProgress,
  buildOrganizerProgress,
  buildTarget,
  buildTargetList,
  buildUserRef,
} from '@/testing/outreach-factories';
import { renderApp } from '@/testing/render-app';

const ID = '6e2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const CONTACT_ID = '6e2b3c4d-5e6f-4a7b-8c9d-00000000c001';
const ORGANIZATION_ID = '6e2b3c4d-5e6f-4a7b-8c9d-00000000b001';

const rosa = buildUserRef({ name: 'Rosa Martinez' });
const tomas = buildUserRef({ name: 'Tomás Silva' });
const callers = { items: [rosa, tomas] };
const target = buildTarget({
  driveId: ID,
  contact: {
    id: CONTACT_ID,
    displayName: 'José Ramírez',
    pronouns: null,
    languages: ['es'],
    reachAt: null,
  },
});

function buildKnowYourRights(overrides: Partial<DriveDetail> = {}): DriveDetail {
  return buildDriveDetail({
    id: ID,
    name: 'Know your rights turnout',
    goal: '40 people at the training',
    script: 'Hi, this is … from the coalition.',
    progress: buildDriveProgress({ targets: 80, worked: 40, reached: 25, committed: 10, done: 30 }),
    byOrganizer: [
      buildOrganizerProgress({
        assignee: rosa,
        targets: 60,
        worked: 36,
        reached: 22,
        committed: 9,
        done: 27,
      }),
      buildOrganizerProgress({ assignee: null, targets: 20, worked: 4, reached: 3, committed: 1 }),
    ],
    byOutcome: [
      { outcome: 'committed', targets: 10 },
      { outcome: 'no_answer', targets: 7 },
    ],
    ...overrides,
  });
}

/** GETs answer the drive and its lists; writes are answered by `write`. */
function mockDriveApi(
  drive: DriveDetail,
  write: (url: URL) => Response = () => jsonResponse({ assigned: 1 }),
): FetchMock {
  return mockFetch((url, init) => {
    if (init?.method && init.method !== 'GET') return write(url);
    if (url.pathname.endsWith('/commitments')) {
      return jsonResponse(
        buildCommitmentList([
          buildCommitment({
            contact: { id: CONTACT_ID, displayName: 'Ana Pereira' },
            organization: { id: ORGANIZATION_ID, name: 'Chelsea Collaborative' },
            note: 'Bringing two neighbors',
            followUpOn: '2025-09-12',
            loggedBy: tomas,
          }),
        ]),
      );
    }
    if (url.pathname.endsWith('/targets')) return jsonResponse(buildTargetList([target]));
    if (url.pathname === '/api/outreach/callers') return jsonResponse(callers);
    return jsonResponse(drive);
  });
}

beforeAll(async () => {
  await import('@/features/outreach');
}, 30_000);

describe('DrivePage', { timeout: 30_000 }, () => {
  it('shows a viewer the progress, by organizer and the commitments, without work buttons', async () => {
    const fetchMock = mockDriveApi(buildKnowYourRights());

    renderApp(`/outreach/${ID}`, { session: buildMeResponse({ role: 'viewer' }) });

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Know your rights turnout' }),
    ).toBeInTheDocument();
    expect(screen.getByText('40 people at the training')).toBeInTheDocument();
    const progress = screen.getByLabelText('Progress');
    expect(within(progress).getByText('Reached')).toBeInTheDocument();
    expect(within(progress).getByText('25')).toBeInTheDocument();
    expect(within(progress).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '50');

    const byOrganizer = screen.getByLabelText('By organizer');
    const rosaRow = within(byOrganizer).getByText('Rosa Martinez').closest('tr')!;
    expect([...rosaRow.querySelectorAll('td')].slice(1, 5).map((cell) => cell.textContent)).toEqual(
      ['60', '36', '22', '9'],
    );
    const unassigned = within(byOrganizer).getByText('Unassigned').closest('tr')!;
    expect(within(unassigned).getByText('20')).toBeInTheDocument();

    const commitments = screen.getByLabelText('Commitments');
    const person = await within(commitments).findByRole('link', { name: 'Ana Pereira' });
    expect(person).toHaveAttribute('href', `/contacts/${CONTACT_ID}`);
    const row = person.closest('tr')!;
    expect(within(row).getByRole('link', { name: 'Chelsea Collaborative' })).toHaveAttribute(
      'href',
      `/organizations/${ORGANIZATION_ID}`,
    );
    expect(within(row).getByText('Bringing two neighbors')).toBeInTheDocument();
    expect(within(row).getByText('Sep 12, 2025')).toBeInTheDocument();
    expect(within(row).getByText('Tomás Silva')).toBeInTheDocument();

    // Reading only: no calling, editing, archiving, nor the targets (organizers' work).
    expect(screen.queryByRole('button', { name: /Start calling/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Edit/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Archive/ })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Targets')).not.toBeInTheDocument();
    expect(requestedUrls(fetchMock).some((u) => u.pathname.endsWith('/targets'))).toBe(false);
  });

  it('splits the targets evenly between the organizers chosen', async () => {
    const fetchMock = mockDriveApi(buildKnowYourRights(), () => jsonResponse({ assigned: 20 }));
    const { user } = renderApp(`/outreach/${ID}`, {
      session: buildMeResponse({ role: 'organizer' }),
      userEvents: { pointerEventsCheck: 0 },
    });

    const targets = await screen.findByLabelText('Targets');
    expect(await within(targets).findByRole('link', { name: 'José Ramírez' })).toBeVisible();
    await user.click(within(targets).getByRole('button', { name: 'Split evenly…' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('combobox', { name: 'Organizers' }));
    await user.click(await screen.findByTitle('Rosa Martinez'));
    await user.click(await screen.findByTitle('Tomás Silva'));
    await user.click(within(dialog).getByRole('radio', { name: /Every target not done yet/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Split targets' }));

    expect(await screen.findByText('20 targets split between 2 organizers.')).toBeInTheDocument();
    expect(sentBodies(fetchMock, 'POST', `/api/outreach/drives/${ID}/assignments`)).toEqual([
      { mode: 'even', organizerIds: [rosa.id, tomas.id], scope: 'open' },
    ]);
  });

  it('gives the selected targets to one organizer', async () => {
    const fetchMock = mockDriveApi(buildKnowYourRights());
    const { user } = renderApp(`/outreach/${ID}`, {
      session: buildMeResponse({ role: 'organizer' }),
      userEvents: { pointerEventsCheck: 0 },
    });

    const targets = await screen.findByLabelText('Targets');
    await user.click(await within(targets).findByLabelText('Select José Ramírez'));
    await user.click(within(targets).getByRole('button', { name: 'Assign to…' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('combobox', { name: 'Assign to' }));
    await user.click(await screen.findByTitle('Tomás Silva'));
    await user.click(within(dialog).getByRole('button', { name: 'Assign' }));

    await waitFor(() =>
      expect(sentBodies(fetchMock, 'POST', `/api/outreach/drives/${ID}/assignments`)).toEqual([
        { mode: 'manual', targetIds: [target.id], assigneeId: tomas.id },
      ]),
    );
  });

  it('offers the latest version when someone else saved the drive first', async () => {
    const latest = buildKnowYourRights({ name: 'KYR training turnout', version: 3 });
    const fetchMock = mockDriveApi(buildKnowYourRights({ version: 2 }), () =>
      jsonResponse(
        {
          statusCode: 409,
          code: 'outreach_drive_version_conflict',
          message:
            'This drive was changed by someone else (now version 3); reload it and try again',
          current: latest,
        },
        409,
      ),
    );
    const { user } = renderApp(`/outreach/${ID}`, {
      session: buildMeResponse({ role: 'organizer' }),
      userEvents: { pointerEventsCheck: 0 },
    });

    await user.click(await screen.findByRole('button', { name: /Edit/ }));
    const drawer = await screen.findByRole('dialog');
    const name = await within(drawer).findByLabelText('Name');
    await user.clear(name);
    await user.paste('Saturday training turnout');
    await user.click(within(drawer).getByRole('button', { name: 'Save changes' }));

    await user.click(await within(drawer).findByRole('button', { name: 'Load latest' }));
    expect(within(drawer).getByLabelText('Name')).toHaveValue('KYR training turnout');
    expect(sentBodies(fetchMock, 'PATCH', `/api/outreach/drives/${ID}`)).toEqual([
      { name: 'Saturday training turnout', version: 2 },
    ]);
  });
});
