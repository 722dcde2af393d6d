import type { ContactDetail } from '@coalition/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMeResponse } from '@/testing/access-factories';
import { buildAffiliation, buildContactDetail } from '@/testing/contact-factories';
import { buildOrganizationList, buildOrganizationSummary } from '@/testing/factories';
import {
  errorResponse,
  type FetchMock,
  jsonResponse,
  mockFetch,
  sentBodies,
} from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render-app';

const ID = '7a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const PATH = `/api/contacts/${ID}`;

/** GET answers `contact`; any other request answers what `onWrite` returns. */
function mockContactApi(
  contact: ContactDetail,
  onWrite: (url: URL, body: unknown) => Response = () => jsonResponse(contact),
): FetchMock {
  return mockFetch((url, init) => {
    const method = init?.method ?? 'GET';
    if (method === 'GET' && url.pathname === PATH) return jsonResponse(contact);
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    return onWrite(url, body);
  });
}

function rowOf(element: HTMLElement): HTMLElement {
  const row = element.closest('tr');
  if (!row) throw new Error('Not inside a table row');
  return row;
}

const USER_EVENTS = { pointerEventsCheck: 0 } as const;

beforeAll(async () => {
  await Promise.all([import('@/features/contacts'), import('../components/edit-contact-drawer')]);
}, 30_000);

describe('ContactPage', { timeout: 30_000 }, () => {
  it('shows for each channel whether the person consented, when and how', async () => {
    mockContactApi(
      buildContactDetail({
        id: ID,
        displayName: 'Ana Pereira',
        pronouns: 'she/her',
        consent: {
          email: { granted: true, recordedOn: '2025-03-01', source: 'Lobby day sign-up form' },
          sms: { granted: false, recordedOn: '2025-03-01', source: 'Declined at intake' },
          phone: { granted: false, recordedOn: null, source: null },
        },
      }),
    );

    renderApp(`/contacts/${ID}`);

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Ana Pereira' }),
    ).toBeInTheDocument();
    expect(screen.getByText('(she/her)')).toBeInTheDocument();
    const consent = within(screen.getByRole('region', { name: 'Consent to be contacted' }));
    const email = within(rowOf(consent.getByText('Email')));
    expect(email.getByText('Consent given')).toBeInTheDocument();
    expect(email.getByText('Mar 1, 2025')).toBeInTheDocument();
    expect(email.getByText('Lobby day sign-up form')).toBeInTheDocument();
    const sms = within(rowOf(consent.getByText('Text messages (SMS)')));
    expect(sms.getByText('No consent')).toBeInTheDocument();
    expect(sms.getByText('Declined at intake')).toBeInTheDocument();
    const phone = within(rowOf(consent.getByText('Phone calls')));
    expect(phone.getByText('No consent')).toBeInTheDocument();
    expect(phone.getAllByText('Not recorded')).toHaveLength(2);
  });

  it('adds an organization found by typing its name', async () => {
    const casa = buildOrganizationSummary({ name: 'Casa Nueva', city: 'Worcester' });
    const fetchMock = mockContactApi(buildContactDetail({ id: ID }), (url) =>
      url.pathname === '/api/organizations'
        ? jsonResponse(buildOrganizationList(url.searchParams.get('q') === 'casa' ? [casa] : []))
        : jsonResponse(buildAffiliation({ contactId: ID, organizationName: 'Casa Nueva' }), 201),
    );
    const { user } = renderApp(`/contacts/${ID}`, { userEvents: USER_EVENTS });

    await user.click(await screen.findByRole('button', { name: /Add an organization/ }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('combobox', { name: 'Organization' }), 'casa');
    await user.click(await screen.findByTitle('Casa Nueva (Worcester)'));
    await user.click(within(dialog).getByRole('combobox', { name: 'Role' }));
    await user.click(await screen.findByTitle('Volunteer'));
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));

    await waitFor(() =>
      expect(sentBodies(fetchMock, 'POST', `${PATH}/affiliations`)).toEqual([
        { organizationId: casa.id, role: 'volunteer', startedOn: null, endedOn: null },
      ]),
    );
  });

  it('ends a current role today, with the version it was read at', async () => {
    const role = buildAffiliation({
      contactId: ID,
      organizationName: 'Casa Nueva',
      role: 'staff',
      version: 3,
    });
    const fetchMock = mockContactApi(buildContactDetail({ id: ID, affiliations: [role] }), () =>
      jsonResponse({ ...role, endedOn: dayjs().format('YYYY-MM-DD'), current: false }),
    );
    const { user } = renderApp(`/contacts/${ID}`, { userEvents: USER_EVENTS });

    const link = await screen.findByRole('link', { name: 'Casa Nueva' });
    expect(link).toHaveAttribute('href', `/organizations/${role.organizationId}`);
    // By its label: a role query here takes minutes under jsdom (accessible names of the table).
    await user.click(within(rowOf(link)).getByLabelText('End Staff at Casa Nueva today'));

    await waitFor(() =>
      expect(sentBodies(fetchMock, 'PATCH', `${PATH}/affiliations/${role.id}`)).toEqual([
        { endedOn: dayjs().format('YYYY-MM-DD'), version: 3 },
      ]),
    );
  });

  it('explains that someone else saved first, and loads their version on request', async () => {
    const contact = buildContactDetail({ id: ID, firstName: 'Ana', version: 2 });
    const current = { ...contact, firstName: 'Anna', displayName: 'Anna Pereira', version: 3 };
    const fetchMock = mockContactApi(contact, () =>
      jsonResponse(
        {
          statusCode: 409,
          code: 'contact_version_conflict',
          message: 'This contact was changed by someone else (now version 3)',
          fields: [{ path: 'version', message: 'is stale: the current version is 3' }],
          current,
        },
        409,
      ),
    );
    const { user } = renderApp(`/contacts/${ID}`, { userEvents: USER_EVENTS });

    await user.click(await screen.findByRole('button', { name: /Edit/ }));
    const drawer = await screen.findByRole('dialog');
    const pronouns = within(drawer).getByRole('textbox', { name: 'Pronouns' });
    await user.type(pronouns, 'she/her');
    await user.click(within(drawer).getByRole('button', { name: 'Save changes' }));

    expect(
      await within(drawer).findByText('Someone else changed this contact'),
    ).toBeInTheDocument();
    expect(sentBodies(fetchMock, 'PATCH', PATH)).toEqual([{ pronouns: 'she/her', version: 2 }]);
    await user.click(within(drawer).getByRole('button', { name: 'Load latest' }));
    expect(within(drawer).getByRole('textbox', { name: 'First name' })).toHaveValue('Anna');
  });

  it('forgets a person only with a reason and their name typed, then returns to the list', async () => {
    const fetchMock = mockContactApi(
      buildContactDetail({ id: ID, displayName: 'Ana Pereira' }),
      (url) =>
        url.pathname === '/api/contacts'
          ? jsonResponse({ items: [], total: 0, page: 1, pageSize: 25 })
          : jsonResponse({ erased: true, redactedAuditEvents: 4 }),
    );
    const { user, location } = renderApp(`/contacts/${ID}`, { userEvents: USER_EVENTS });

    await user.click(await screen.findByRole('button', { name: /Forget this person/ }));
    const dialog = await screen.findByRole('dialog');
    const confirm = within(dialog).getByRole('button', { name: 'Forget this person' });
    expect(confirm).toBeDisabled();
    await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Asked by email');
    expect(confirm).toBeDisabled();
    const name = within(dialog).getByRole('textbox', { name: 'Type “Ana Pereira” to confirm' });
    await user.type(name, 'Ana Pereir');
    expect(confirm).toBeDisabled();
    await user.type(name, 'a');
    await waitFor(() => expect(confirm).toBeEnabled());
    await user.click(confirm);

    await waitFor(() => expect(location().pathname).toBe('/contacts'));
    expect(sentBodies(fetchMock, 'POST', `${PATH}/erase`)).toEqual([
      { reason: 'Asked by email', confirmName: 'Ana Pereira' },
    ]);
    expect(await screen.findByText(/Ana Pereira was forgotten/)).toBeInTheDocument();
  });

  it('offers "Forget this person" to admins only', async () => {
    mockContactApi(buildContactDetail({ id: ID, displayName: 'Ana Pereira' }));

    renderApp(`/contacts/${ID}`, { session: buildMeResponse({ role: 'organizer' }) });

    await screen.findByRole('heading', { level: 2, name: 'Ana Pereira' });
    expect(screen.getByRole('button', { name: /Edit/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Forget this person/ })).toBeNull();
  });

  it('says a missing contact is not found', async () => {
    mockFetch(() =>
      errorResponse({ statusCode: 404, code: 'contact_not_found', message: 'No contact' }),
    );

    renderApp(`/contacts/${ID}`);

    expect(await screen.findByText('Contact not found')).toBeInTheDocument();
  });
});
