import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMeResponse } from '@/testing/access-factories';
import {
  buildContactDetail,
  buildContactList,
  buildContactSummary,
} from '@/testing/contact-factories';
import { buildOrganizationDetail } from '@/testing/factories';
import {
  errorResponse,
  type FetchMock,
  jsonResponse,
  mockFetch,
  requestedUrls,
  sentBodies,
} from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render-app';

function lastListRequest(fetchMock: FetchMock): URL {
  const last = requestedUrls(fetchMock)
    .filter((url) => url.pathname === '/api/contacts')
    .at(-1);
  if (!last) throw new Error('The page has not asked for contacts');
  return last;
}

function rowOf(element: HTMLElement): HTMLElement {
  const row = element.closest('tr');
  if (!row) throw new Error('Not inside a table row');
  return row;
}

async function fillNames(user: UserEvent, drawer: HTMLElement) {
  await user.type(within(drawer).getByRole('textbox', { name: 'First name' }), 'Ana');
  await user.type(within(drawer).getByRole('textbox', { name: 'Last name' }), 'Pereira');
}

// The pages and the drawer load lazily; compile them once, outside the first test's waits.
beforeAll(async () => {
  await Promise.all([import('@/features/contacts'), import('../components/create-contact-drawer')]);
}, 30_000);

describe('ContactsPage', { timeout: 30_000 }, () => {
  it('lists people with their organizations, languages, city, details and consent', async () => {
    const ana = buildContactSummary({
      displayName: 'Ana Pereira',
      primaryEmail: 'ana@casa.example.org',
      primaryPhone: '(978) 555-0142',
      languages: ['pt', 'kea'],
      city: 'Lowell',
      county: 'Middlesex',
      organizations: [
        { organizationId: crypto.randomUUID(), organizationName: 'Casa Nueva', role: 'board' },
      ],
      consent: { email: true, sms: false, phone: true },
    });
    mockFetch(() => jsonResponse(buildContactList([ana], { total: 1240 })));

    renderApp('/contacts');

    const link = await screen.findByRole('link', { name: 'Ana Pereira' });
    expect(link).toHaveAttribute('href', `/contacts/${ana.id}`);
    expect(screen.getByText('1,240 people')).toBeInTheDocument();
    const row = within(rowOf(link));
    expect(row.getByText('Casa Nueva')).toBeInTheDocument();
    expect(row.getByText('· Board member')).toBeInTheDocument();
    expect(row.getByText('Portuguese, Cape Verdean Creole')).toBeInTheDocument();
    expect(row.getByText('Lowell, Middlesex County')).toBeInTheDocument();
    expect(row.getByRole('link', { name: 'ana@casa.example.org' })).toHaveAttribute(
      'href',
      'mailto:ana@casa.example.org',
    );
    expect(row.getByRole('link', { name: '(978) 555-0142' })).toBeInTheDocument();
    expect(row.getByLabelText('Email: consent given')).toBeInTheDocument();
    expect(row.getByLabelText('Text messages (SMS): no consent')).toBeInTheDocument();
    expect(row.getByLabelText('Phone calls: consent given')).toBeInTheDocument();
  });

  it('reads every filter from a shared link and asks the API with them', async () => {
    const fetchMock = mockFetch(() => jsonResponse(buildContactList([buildContactSummary()])));

    renderApp(
      '/contacts?q=ana&language=pt&language=es&county=Suffolk&role=staff&consent=sms&tag=youth&sort=-city&page=2',
    );

    await waitFor(() => expect(lastListRequest(fetchMock).searchParams.get('page')).toBe('2'));
    const params = lastListRequest(fetchMock).searchParams;
    expect(params.get('q')).toBe('ana');
    expect(params.getAll('language')).toEqual(['pt', 'es']);
    expect(params.getAll('county')).toEqual(['Suffolk']);
    expect(params.getAll('role')).toEqual(['staff']);
    expect(params.getAll('consent')).toEqual(['sms']);
    expect(params.getAll('tag')).toEqual(['youth']);
    expect(params.get('sort')).toBe('-city');
  });

  it('puts a chosen filter in the URL and the request, back on the first page', async () => {
    const fetchMock = mockFetch(() =>
      jsonResponse(buildContactList([buildContactSummary()], { total: 300, page: 3 })),
    );
    const { user, location } = renderApp('/contacts?page=3');
    await waitFor(() => expect(lastListRequest(fetchMock).searchParams.get('page')).toBe('3'));

    await user.click(screen.getByRole('combobox', { name: 'Filter by consent' }));
    await user.click(await screen.findByTitle('SMS'));

    await waitFor(() =>
      expect(lastListRequest(fetchMock).searchParams.getAll('consent')).toEqual(['sms']),
    );
    expect(lastListRequest(fetchMock).searchParams.get('page')).toBeNull();
    const params = new URLSearchParams(location().search);
    expect(params.getAll('consent')).toEqual(['sms']);
    expect(params.get('page')).toBeNull();
  });

  it('shows a viewer no email or phone, and no way to add people', async () => {
    const redacted = buildContactSummary({
      displayName: 'Ana Pereira',
      primaryEmail: null,
      primaryPhone: null,
    });
    mockFetch(() => jsonResponse(buildContactList([redacted])));

    renderApp('/contacts', { session: buildMeResponse({ role: 'viewer' }) });

    await screen.findByRole('link', { name: 'Ana Pereira' });
    expect(screen.queryByRole('columnheader', { name: 'Email' })).toBeNull();
    expect(screen.queryByRole('columnheader', { name: 'Phone' })).toBeNull();
    expect(screen.getByRole('columnheader', { name: 'Consent' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /New contact/ })).toBeNull();
  });

  it('shows a field the API refused on that very field', async () => {
    mockFetch((url, init) =>
      init?.method === 'POST'
        ? errorResponse({
            statusCode: 400,
            code: 'contact_invalid',
            message: 'emails.1.address: is listed twice',
            fields: [{ path: 'emails.1.address', message: 'is listed twice' }],
          })
        : jsonResponse(buildContactList([])),
    );
    const { user } = renderApp('/contacts', { userEvents: { pointerEventsCheck: 0 } });

    await user.click(await screen.findByRole('button', { name: /New contact/ }));
    const drawer = await screen.findByRole('dialog');
    await fillNames(user, drawer);
    await user.click(within(drawer).getByRole('button', { name: /Add an email address/ }));
    await user.type(within(drawer).getByRole('textbox', { name: 'Email address 1' }), 'ana@x.org');
    await user.click(within(drawer).getByRole('button', { name: /Add an email address/ }));
    await user.type(within(drawer).getByRole('textbox', { name: 'Email address 2' }), 'ANA@x.org');
    await user.click(within(drawer).getByRole('button', { name: 'Create contact' }));

    expect(await within(drawer).findByText('Email address is listed twice')).toBeInTheDocument();
    expect(within(drawer).getByRole('textbox', { name: 'Email address 2' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(within(drawer).getByRole('textbox', { name: 'Email address 1' })).not.toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  it('opens with the organization from the link chosen, and opens the new person after', async () => {
    const org = buildOrganizationDetail({ name: 'Casa Nueva', city: 'Worcester' });
    const created = buildContactDetail({ displayName: 'Ana Pereira' });
    const fetchMock = mockFetch((url, init) => {
      if (init?.method === 'POST') return jsonResponse(created, 201);
      if (url.pathname === `/api/organizations/${org.id}`) return jsonResponse(org);
      if (url.pathname === `/api/contacts/${created.id}`) return jsonResponse(created);
      return jsonResponse(buildContactList([]));
    });
    const { user, location } = renderApp(`/contacts?new=1&organizationId=${org.id}`, {
      userEvents: { pointerEventsCheck: 0 },
    });

    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText('Casa Nueva (Worcester)')).toBeInTheDocument();
    await fillNames(user, drawer);
    await user.click(within(drawer).getByRole('checkbox', { name: 'Text messages (SMS)' }));
    await user.type(
      within(drawer).getByRole('textbox', { name: 'Source of consent: Text messages (SMS)' }),
      'Lobby day sign-up',
    );
    await user.click(within(drawer).getByRole('combobox', { name: 'Role' }));
    await user.click(await screen.findByTitle('Executive director'));
    await user.click(within(drawer).getByRole('button', { name: 'Create contact' }));

    await waitFor(() => expect(location().pathname).toBe(`/contacts/${created.id}`));
    expect(sentBodies(fetchMock, 'POST', '/api/contacts')).toEqual([
      expect.objectContaining({
        firstName: 'Ana',
        lastName: 'Pereira',
        consent: { sms: { granted: true, source: 'Lobby day sign-up' } },
        affiliations: [{ organizationId: org.id, role: 'executive_director' }],
      }),
    ]);
  });
});
