import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMeResponse } from '@/testing/access-factories';
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
const rosa = buildAttendeeMatch({ displayName: 'Rosa Diaz', organizations: [CASA] });
const ana = buildAttendeeMatch({ displayName: 'Ana Souza', email: 'ana@example.org' });
const luis = buildAttendeeMatch({ displayName: 'Luis Ortiz', organizations: [CHELSEA] });
const saved = buildMeetingDetail({ title: 'September general assembly' });

function answer(url: URL, init?: RequestInit): Response {
  if (url.pathname === '/api/meetings/people') {
    const q = url.searchParams.get('q') ?? '';
    if (q.startsWith('chel')) {
      return jsonResponse({ contacts: [], organizations: [{ ...CHELSEA, people: [luis] }] });
    }
    return jsonResponse({ contacts: q.startsWith('r') ? [rosa] : [ana, rosa], organizations: [] });
  }
  if (url.pathname === '/api/meetings/walk-in-check') {
    return jsonResponse({ likelyDuplicates: [{ ...ana, reason: 'same_email' }] });
  }
  if (url.pathname === '/api/meetings' && init?.method === 'POST') return jsonResponse(saved, 201);
  return jsonResponse(saved);
}

beforeAll(async () => {
  await import('@/features/meetings');
}, 30_000);

describe('logging a meeting at the door', { timeout: 30_000 }, () => {
  it('adds people from the keyboard through the type-ahead and saves everything in one request', async () => {
    const fetchMock = mockFetch(answer);
    const { user, location } = renderApp('/meetings/new', {
      session: buildMeResponse({ role: 'staff' }),
      userEvents: { pointerEventsCheck: 0 },
    });

    await user.type(await screen.findByLabelText('Title'), 'September general assembly');
    const box = screen.getByLabelText('Find a person');
    await user.type(box, 'ro');
    await screen.findByRole('option', { name: /Rosa Diaz/ });
    await user.keyboard('{Enter}');
    expect(await screen.findByLabelText('Remove Rosa Diaz')).toBeInTheDocument();
    expect(box).toHaveFocus();
    expect(box).toHaveValue('');

    // An organization found by name lists its people; they represent it.
    await user.type(box, 'chel');
    await screen.findByRole('option', { name: /Luis Ortiz/ });
    await user.keyboard('{Enter}');
    expect(await screen.findByLabelText('Remove Luis Ortiz')).toBeInTheDocument();

    // Arrow down to the second match (Rosa is already in, so Ana is first: pick with Enter).
    await user.type(box, 'a');
    await screen.findByRole('option', { name: /Ana Souza/ });
    await user.keyboard('{ArrowDown}{ArrowUp}{Enter}');
    expect(await screen.findByLabelText('Remove Ana Souza')).toBeInTheDocument();

    await user.click(screen.getByText('Save meeting'));

    await waitFor(() => expect(location().pathname).toBe(`/meetings/${saved.id}`));
    const [body] = sentBodies(fetchMock, 'POST', '/api/meetings');
    expect(body).toEqual({
      title: 'September general assembly',
      type: 'general_assembly',
      startsAt: expect.any(String) as string,
      endsAt: null,
      place: null,
      onlineUrl: null,
      hostOrganizationId: null,
      issueIds: [],
      campaignIds: [],
      attendance: [
        { contactId: ana.id, organizationId: null, status: 'attended' },
        { contactId: luis.id, organizationId: CHELSEA.id, status: 'attended' },
        { contactId: rosa.id, organizationId: CASA.id, status: 'attended' },
      ],
      actionItems: [],
    });
    const searches = requestedUrls(fetchMock).filter((u) => u.pathname === '/api/meetings/people');
    expect(searches.map((u) => u.searchParams.get('q'))).toEqual(['ro', 'chel', 'a']);
  });

  it('shows a refused person on their row and the other problems in the alert', async () => {
    const fetchMock = mockFetch((url, init) =>
      url.pathname === '/api/meetings' && init?.method === 'POST'
        ? errorResponse({
            statusCode: 400,
            code: 'validation_failed',
            message: 'body field attendance.1.contactId: is archived: restore the person first',
            fields: [
              { path: 'attendance.1.contactId', message: 'is archived: restore the person first' },
              { path: 'hostOrganizationId', message: 'is not an organization' },
            ],
          })
        : answer(url, init),
    );
    const { user, location } = renderApp('/meetings/new', {
      session: buildMeResponse({ role: 'staff' }),
      userEvents: { pointerEventsCheck: 0 },
    });

    await user.type(await screen.findByLabelText('Title'), 'September general assembly');
    const box = screen.getByLabelText('Find a person');
    await user.type(box, 'ro');
    await screen.findByRole('option', { name: /Rosa Diaz/ });
    await user.keyboard('{Enter}');
    await user.type(box, 'a');
    await screen.findByRole('option', { name: /Ana Souza/ });
    await user.keyboard('{Enter}');
    await user.click(screen.getByText('Save meeting'));

    // Newest first: Ana is attendance.0, Rosa attendance.1.
    const message = await screen.findByText('Rosa Diaz is archived: restore the person first');
    expect(within(message.closest('li')!).getByLabelText('Remove Rosa Diaz')).toBeInTheDocument();
    expect(screen.queryByText(/Ana Souza is/)).toBeNull();
    expect(screen.getByText('Could not save the meeting')).toBeInTheDocument();
    expect(screen.getByText('hostOrganizationId: is not an organization')).toBeInTheDocument();
    expect(location().pathname).toBe('/meetings/new');
    expect(sentBodies(fetchMock, 'POST', '/api/meetings')).toHaveLength(1);
  });

  it('warns about a likely duplicate walk-in and adds the existing person instead', async () => {
    const fetchMock = mockFetch(answer);
    const { user } = renderApp('/meetings/new', {
      session: buildMeResponse({ role: 'staff' }),
      userEvents: { pointerEventsCheck: 0 },
    });

    await user.click(await screen.findByText('Add a walk-in'));
    await user.type(screen.getByLabelText('Walk-in first name'), 'Ana');
    await user.type(screen.getByLabelText('Walk-in last name'), 'Souza');
    await user.type(screen.getByLabelText('Walk-in email'), 'ana@example.org');
    await user.keyboard('{Enter}');

    expect(await screen.findByText('This person may already be in the CRM')).toBeInTheDocument();
    expect(screen.getByText('Ana Souza').closest('a')).toHaveAttribute(
      'href',
      `/contacts/${ana.id}`,
    );
    expect(screen.getByText(/same email/)).toBeInTheDocument();
    expect(sentBodies(fetchMock, 'POST', '/api/meetings/walk-in-check')).toEqual([
      {
        firstName: 'Ana',
        lastName: 'Souza',
        email: 'ana@example.org',
        phone: null,
        organizationId: null,
      },
    ]);

    await user.click(screen.getByLabelText('Use this person: Ana Souza'));

    expect(await screen.findByLabelText('Remove Ana Souza')).toBeInTheDocument();
    expect(screen.queryByText('This person may already be in the CRM')).toBeNull();
    expect(sentBodies(fetchMock, 'POST', '/api/contacts')).toEqual([]);
  });
});
