import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMeResponse } from '@/testing/access-factories';
import { buildOrganizationList, buildOrganizationSummary } from '@/testing/factories';
import { buildAffiliation, buildContactDetail } from '@/testing/contact-factories';
import {
  errorResponse,
  jsonResponse,
  mockFetch,
  requestedUrls,
  sentBodies,
} from '@/testing/fetch-mock';
import { buildAttendeeMatch, buildMeetingDetail } from '@/testing/meeting-factories';
import { renderApp } from '@/testing/render-app';

const CASA = { id: '8b2b3c4d-5e6f-4a7b-8c9d-00000000b001', name: 'Casa del Pueblo' };
const CHELSEA = { id: '8b2b3c4d-5e6f-4a7b-8c9d-00000000b002', name: 'Chelsea Collaborative' };
const ENDED = { id: '8b2b3c4d-5e6f-4a7b-8c9d-00000000b003', name: 'Old Union Local' };
const ROSA = { id: '8b2b3c4d-5e6f-4a7b-8c9d-00000000c001', displayName: 'Rosa Diaz' };
const meeting = buildMeetingDetail({
  title: 'September general assembly',
  agenda: '1. **Welcome**\n2. Budget [see](javascript:alert(2))\n3. <script>alert(1)</script>',
  attendance: [
    { contact: ROSA, organization: CASA, status: 'attended', recordedAt: '2025-09-04T22:05:00Z' },
  ],
  organizationsPresent: [{ ...CASA, people: 1 }],
  counts: { attended: 1, registered: 0, noShow: 0, organizations: 1 },
});
const path = `/api/meetings/${meeting.id}`;

beforeAll(async () => {
  await import('@/features/meetings');
}, 30_000);

describe('a meeting page', { timeout: 30_000 }, () => {
  it('shows the organizations present and changes a status with PUT', async () => {
    const fetchMock = mockFetch((url, init) =>
      init?.method === 'PUT'
        ? jsonResponse({
            ...meeting,
            attendance: [{ ...meeting.attendance[0], status: 'no_show' }],
            organizationsPresent: [],
          })
        : jsonResponse(meeting),
    );
    const { user } = renderApp(`/meetings/${meeting.id}`, {
      session: buildMeResponse({ role: 'staff' }),
      userEvents: { pointerEventsCheck: 0 },
    });

    const present = await screen.findByLabelText('Organizations present');
    expect(within(present).getByText('Casa del Pueblo')).toBeInTheDocument();
    expect(within(present).getByText('1 person')).toBeInTheDocument();
    // The agenda's Markdown is rendered; HTML and script links in it are not.
    expect(screen.getByText('Welcome').tagName).toBe('STRONG');
    expect(screen.getByText(/Budget/)).toBeInTheDocument();
    expect(document.querySelector('script')).toBeNull();
    expect(screen.getByText('see').closest('a')?.getAttribute('href') ?? '').not.toMatch(
      /javascript/,
    );

    await user.click(screen.getByLabelText('Status of Rosa Diaz'));
    await user.click(await screen.findByTitle('No-show'));

    await waitFor(() =>
      expect(sentBodies(fetchMock, 'PUT', `${path}/attendance/${ROSA.id}`)).toEqual([
        { organizationId: CASA.id, status: 'no_show' },
      ]),
    );
    await waitFor(() =>
      expect(screen.getByText('No organization represented yet.')).toBeInTheDocument(),
    );
  });

  it('changes whom a person represented to one of their current organizations or on their own', async () => {
    const rosa = buildContactDetail({
      id: ROSA.id,
      displayName: ROSA.displayName,
      affiliations: [
        buildAffiliation({
          contactId: ROSA.id,
          organizationId: CASA.id,
          organizationName: CASA.name,
        }),
        buildAffiliation({
          contactId: ROSA.id,
          organizationId: CHELSEA.id,
          organizationName: CHELSEA.name,
        }),
        buildAffiliation({
          contactId: ROSA.id,
          organizationId: ENDED.id,
          organizationName: ENDED.name,
          endedOn: '2024-06-30',
          current: false,
        }),
      ],
    });
    const fetchMock = mockFetch((url, init) => {
      if (url.pathname === `/api/contacts/${ROSA.id}`) return jsonResponse(rosa);
      if (init?.method !== 'PUT') return jsonResponse(meeting);
      const body = JSON.parse(init.body as string) as { organizationId: string | null };
      const organization = [CASA, CHELSEA].find((o) => o.id === body.organizationId) ?? null;
      return jsonResponse({ ...meeting, attendance: [{ ...meeting.attendance[0], organization }] });
    });
    const { user } = renderApp(`/meetings/${meeting.id}`, {
      session: buildMeResponse({ role: 'staff' }),
      userEvents: { pointerEventsCheck: 0 },
    });

    // Their organizations are read from their record only when the select is opened.
    const representing = await screen.findByLabelText('Representing for Rosa Diaz');
    expect(requestedUrls(fetchMock).some((u) => u.pathname.startsWith('/api/contacts/'))).toBe(
      false,
    );
    await user.click(representing);
    await user.click(await screen.findByTitle('Chelsea Collaborative'));
    // An ended affiliation is not offered.
    expect(screen.queryByTitle('Old Union Local')).toBeNull();

    await waitFor(() =>
      expect(sentBodies(fetchMock, 'PUT', `${path}/attendance/${ROSA.id}`)).toEqual([
        { organizationId: CHELSEA.id, status: 'attended' },
      ]),
    );
    // The select now shows the organization the API recorded.
    const row = representing.closest('tr')!;
    await waitFor(() =>
      expect(within(row).getByTitle('Chelsea Collaborative')).toBeInTheDocument(),
    );

    await user.click(screen.getByLabelText('Representing for Rosa Diaz'));
    await user.click(await screen.findByTitle('On their own'));
    await waitFor(() =>
      expect(sentBodies(fetchMock, 'PUT', `${path}/attendance/${ROSA.id}`)).toEqual([
        { organizationId: CHELSEA.id, status: 'attended' },
        { organizationId: null, status: 'attended' },
      ]),
    );
    expect(
      requestedUrls(fetchMock).filter((u) => u.pathname === `/api/contacts/${ROSA.id}`),
    ).toHaveLength(1);
  });

  it('shows a refused attendance change on the person’s row', async () => {
    mockFetch((url, init) =>
      init?.method === 'PUT'
        ? errorResponse({
            statusCode: 400,
            code: 'validation_failed',
            message: 'body field contactId: is archived: restore the person first',
            fields: [{ path: 'contactId', message: 'is archived: restore the person first' }],
          })
        : jsonResponse(meeting),
    );
    const { user } = renderApp(`/meetings/${meeting.id}`, {
      session: buildMeResponse({ role: 'staff' }),
      userEvents: { pointerEventsCheck: 0 },
    });

    await user.click(await screen.findByLabelText('Status of Rosa Diaz'));
    await user.click(await screen.findByTitle('No-show'));

    const row = (
      await screen.findByText('Rosa Diaz is archived: restore the person first')
    ).closest('tr')!;
    expect(within(row).getByRole('link', { name: 'Rosa Diaz' })).toBeInTheDocument();
    expect(screen.getByText('Could not change the attendance')).toBeInTheDocument();
    expect(screen.getByText('See the people marked in the attendance.')).toBeInTheDocument();
  });

  it('archives only after a confirmation naming the meeting', async () => {
    const fetchMock = mockFetch((url) =>
      url.pathname === `${path}/archive`
        ? jsonResponse({ ...meeting, archivedAt: '2025-09-10T12:00:00.000Z', version: 2 })
        : jsonResponse(meeting),
    );
    const { user } = renderApp(`/meetings/${meeting.id}`, {
      session: buildMeResponse({ role: 'staff' }),
      userEvents: { pointerEventsCheck: 0 },
    });

    await user.click(await screen.findByRole('button', { name: 'Archive' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getAllByText('Archive September general assembly?')).not.toHaveLength(0);
    // Nothing is sent until the archiving is confirmed.
    expect(sentBodies(fetchMock, 'POST', `${path}/archive`)).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Archive' }));
    await waitFor(() =>
      expect(sentBodies(fetchMock, 'POST', `${path}/archive`)).toEqual([{ version: 1 }]),
    );
    expect(await screen.findByText(/is archived: it no longer counts/)).toBeInTheDocument();
  });

  it('reviews a pasted sign-in sheet and confirms the chosen people', async () => {
    const ana = buildAttendeeMatch({ displayName: 'Ana Souza', organizations: [CASA] });
    const anaB = buildAttendeeMatch({ displayName: 'Ana Silva' });
    const joao = buildAttendeeMatch({ displayName: 'João Lima' });
    const lines = {
      lines: [
        {
          lineNumber: 1,
          text: 'Joao Lima',
          parsed: { firstName: 'Joao', lastName: 'Lima', email: null },
          status: 'matched',
          candidates: [{ ...joao, confidence: 0.92 }],
        },
        {
          lineNumber: 2,
          text: 'Ana S',
          parsed: { firstName: 'Ana', lastName: 'S', email: null },
          status: 'ambiguous',
          candidates: [
            { ...anaB, confidence: 0.6 },
            { ...ana, confidence: 0.55 },
          ],
        },
        {
          lineNumber: 4,
          text: 'Maria Santos maria@example.org',
          parsed: { firstName: 'Maria', lastName: 'Santos', email: 'maria@example.org' },
          status: 'new',
          candidates: [],
        },
      ],
    };
    const fetchMock = mockFetch((url) => {
      if (url.pathname === `${path}/sign-in-sheet`) return jsonResponse(lines);
      if (url.pathname === '/api/organizations') {
        return jsonResponse(buildOrganizationList([buildOrganizationSummary(CHELSEA)]));
      }
      return jsonResponse(meeting);
    });
    const { user } = renderApp(`/meetings/${meeting.id}`, {
      session: buildMeResponse({ role: 'staff' }),
      userEvents: { pointerEventsCheck: 0 },
    });

    await user.click(await screen.findByText('Sign-in sheet'));
    const dialog = await screen.findByRole('dialog');
    await user.type(
      within(dialog).getByLabelText('Sign-in sheet lines'),
      'Joao Lima{Enter}Ana S{Enter}{Enter}Maria Santos maria@example.org',
    );
    await user.click(within(dialog).getByText('Match names'));

    const ambiguous = await within(dialog).findByLabelText('Who is line 2');
    expect(within(dialog).getByText(/João Lima.*92%/)).toBeInTheDocument();
    await user.selectOptions(ambiguous, ana.id);
    await user.clear(within(dialog).getByLabelText('Line 4 last name'));
    await user.type(within(dialog).getByLabelText('Line 4 last name'), 'Santos Reis');
    // A new person can be given the organization they came for (the walk-in form's picker).
    await user.click(within(dialog).getByLabelText('Line 4 organization'));
    await user.click(await screen.findByTitle('Chelsea Collaborative'));
    await user.click(within(dialog).getByText('Record 3 as attended'));

    await waitFor(() =>
      expect(sentBodies(fetchMock, 'POST', `${path}/sign-in-sheet/confirm`)).toEqual([
        {
          entries: [
            { contactId: joao.id, organizationId: null, status: 'attended' },
            { contactId: ana.id, organizationId: CASA.id, status: 'attended' },
            {
              newContact: {
                firstName: 'Maria',
                lastName: 'Santos Reis',
                email: 'maria@example.org',
              },
              organizationId: CHELSEA.id,
            },
          ],
        },
      ]),
    );
    expect(sentBodies(fetchMock, 'POST', `${path}/sign-in-sheet`)).toEqual([
      { text: 'Joao Lima\nAna S\n\nMaria Santos maria@example.org' },
    ]);
  });
});
