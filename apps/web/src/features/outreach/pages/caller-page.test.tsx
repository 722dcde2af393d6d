import { FINAL_OUTCOMES, type LogAttemptInput, type Target } from '@coalition/contracts';
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
  buildAttempt,
  buildDriveDetail,
  buildNextTarget,
  buildTarget,
  buildUserRef,
} from '@/testing/outreach-factories';
import { renderApp } from '@/testing/render-app';

const DRIVE_ID = '7a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const ORGANIZATION_ID = '7a2b3c4d-5e6f-4a7b-8c9d-00000000b001';

const drive = buildDriveDetail({
  id: DRIVE_ID,
  name: 'Know your rights turnout',
  channel: 'phone',
  script: 'Hi, this is … from the coalition. Can we count on you on Saturday?',
});

function buildAna(): Target {
  return buildTarget({
    driveId: DRIVE_ID,
    contact: {
      id: '7a2b3c4d-5e6f-4a7b-8c9d-00000000c001',
      displayName: 'Ana Pereira',
      pronouns: 'she/her',
      languages: ['pt', 'en'],
      reachAt: '(617) 555-0100',
    },
    organization: { id: ORGANIZATION_ID, name: 'Chelsea Collaborative', role: 'member' },
    state: 'open',
    lastOutcome: 'no_answer',
    attempts: [
      buildAttempt({
        outcome: 'no_answer',
        note: 'Try after 6pm',
        loggedBy: buildUserRef({ name: 'Tomás Silva' }),
      }),
    ],
  });
}

function buildJose(): Target {
  return buildTarget({
    driveId: DRIVE_ID,
    contact: {
      id: '7a2b3c4d-5e6f-4a7b-8c9d-00000000c002',
      displayName: 'José Ramírez',
      pronouns: null,
      languages: ['es'],
      reachAt: '(617) 555-0199',
    },
  });
}

/**
 * The caller's queue as the API keeps it: `/next` answers the first target not skipped, and a
 * final outcome takes a target off the queue.
 */
function mockQueue(queue: Target[]): FetchMock {
  const open = [...queue];
  return mockFetch((url, init) => {
    if (init?.method === 'POST') {
      const id = url.pathname.split('/')[4];
      const attempt = JSON.parse(init.body as string) as LogAttemptInput;
      const index = open.findIndex((t) => t.id === id);
      const [logged] = FINAL_OUTCOMES.includes(attempt.outcome)
        ? open.splice(index, 1)
        : [open[index]];
      return jsonResponse(logged, 201);
    }
    if (url.pathname.endsWith('/next')) {
      const skip = url.searchParams.getAll('skip');
      const waiting = open.filter((t) => !skip.includes(t.id));
      return jsonResponse(buildNextTarget(waiting[0] ?? null, waiting.length));
    }
    return jsonResponse(drive);
  });
}

function attemptsPath(target: Target): string {
  return `/api/outreach/targets/${target.id}/attempts`;
}

const nextRequests = (fetchMock: FetchMock) =>
  requestedUrls(fetchMock).filter((u) => u.pathname === `/api/outreach/drives/${DRIVE_ID}/next`);

beforeAll(async () => {
  await import('@/features/outreach');
}, 30_000);

describe('CallerPage', { timeout: 30_000 }, () => {
  it('shows the target beside the script, logs an outcome and moves to the next person', async () => {
    const [ana, jose] = [buildAna(), buildJose()];
    const fetchMock = mockQueue([ana, jose]);
    const { user } = renderApp(`/outreach/${DRIVE_ID}/call`, {
      session: buildMeResponse({ role: 'organizer' }),
      userEvents: { pointerEventsCheck: 0 },
    });

    const name = await screen.findByRole('link', { name: 'Ana Pereira' });
    expect(name).toHaveAttribute('href', `/contacts/${ana.contact.id}`);
    expect(screen.getByText('(she/her)')).toBeInTheDocument();
    expect(screen.getByText('Portuguese, English')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Chelsea Collaborative' })).toHaveAttribute(
      'href',
      `/organizations/${ORGANIZATION_ID}`,
    );
    expect(screen.getByText('· Member', { exact: false })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /\(617\) 555-0100/ })).toHaveAttribute(
      'href',
      'tel:6175550100',
    );
    expect(screen.getByText('Try after 6pm')).toBeInTheDocument();
    expect(screen.getByText(/Can we count on you on Saturday\?/)).toBeInTheDocument();
    expect(screen.getByText('2 left in your queue')).toBeInTheDocument();

    // By label and text: role queries are slow once the date picker's panel is in the page.
    await user.click(screen.getByLabelText('Note'));
    await user.paste('Bringing two neighbors');
    await user.click(screen.getByLabelText('Follow up on'));
    await user.paste('Sep 12, 2025');
    await user.keyboard('{Enter}');
    // A double click logs once.
    await user.dblClick(screen.getByText('Committed').closest('button')!);

    expect(await screen.findByText('José Ramírez')).toBeInTheDocument();
    expect(screen.queryByText('Ana Pereira')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Note')).toHaveValue('');
    expect(screen.getByText('1 left in your queue')).toBeInTheDocument();
    expect(sentBodies(fetchMock, 'POST', attemptsPath(ana))).toEqual([
      { outcome: 'committed', note: 'Bringing two neighbors', followUpOn: '2025-09-12' },
    ]);
  });

  it('logs an outcome from its number key, and passes over the target still open', async () => {
    const [ana, jose] = [buildAna(), buildJose()];
    const fetchMock = mockQueue([ana, jose]);
    const { user } = renderApp(`/outreach/${DRIVE_ID}/call`, {
      session: buildMeResponse({ role: 'organizer' }),
    });

    const button = (await screen.findByText('Left message')).closest('button');
    expect(button).toHaveTextContent('2Left message');
    await user.keyboard('2');

    expect(await screen.findByText('José Ramírez')).toBeInTheDocument();
    expect(sentBodies(fetchMock, 'POST', attemptsPath(ana))).toEqual([
      { outcome: 'left_message', note: null, followUpOn: null },
    ]);
    // Still open after a message: set aside, so it does not come straight back.
    expect(nextRequests(fetchMock).at(-1)?.searchParams.getAll('skip')).toEqual([ana.id]);
  });

  it('skips a target without logging anything', async () => {
    const [ana, jose] = [buildAna(), buildJose()];
    const fetchMock = mockQueue([ana, jose]);
    const { user } = renderApp(`/outreach/${DRIVE_ID}/call`, {
      session: buildMeResponse({ role: 'organizer' }),
    });

    await screen.findByText('Ana Pereira');
    await user.click(screen.getByText('Skip for now'));

    expect(await screen.findByText('José Ramírez')).toBeInTheDocument();
    expect(nextRequests(fetchMock).at(-1)?.searchParams.getAll('skip')).toEqual([ana.id]);
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);
  });

  it('says so when the queue is empty, with the way back to the drive', async () => {
    mockQueue([]);
    const { user, location } = renderApp(`/outreach/${DRIVE_ID}/call`, {
      session: buildMeResponse({ role: 'organizer' }),
    });

    expect(await screen.findByText('Your queue is empty')).toBeInTheDocument();
    const result = screen.getByText('Your queue is empty').closest('.ant-result') as HTMLElement;
    await user.click(within(result).getByRole('button', { name: 'Back to the drive' }));
    await waitFor(() => expect(location().pathname).toBe(`/outreach/${DRIVE_ID}`));
  });
});
