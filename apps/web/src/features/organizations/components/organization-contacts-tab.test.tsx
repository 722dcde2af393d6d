import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMeResponse } from '@/testing/access-factories';
import { jsonResponse, mockFetch, requestedUrls } from '@/testing/fetch-mock';
import { buildOrganizationContact, buildOrganizationDetail } from '@/testing/factories';
import { renderApp } from '@/testing/render-app';

const ID = '6f1c2a4e-8b3d-4c5e-9f60-718293a4b5c6';
const CONTACTS_PATH = `/api/organizations/${ID}/contacts`;

const ROLE = { startedOn: null, endedOn: null, current: false };

function mockContactsApi() {
  const director = buildOrganizationContact({
    displayName: 'Ana Pereira',
    primaryEmail: 'ana@casa.example.org',
    languages: ['pt', 'en'],
    roles: [
      { ...ROLE, affiliationId: crypto.randomUUID(), role: 'executive_director', current: true },
      { ...ROLE, affiliationId: crypto.randomUUID(), role: 'volunteer', endedOn: '2021-06-30' },
    ],
  });
  return mockFetch((url) =>
    url.pathname === CONTACTS_PATH
      ? jsonResponse({ items: [director], total: 1, page: 1, pageSize: 25 })
      : jsonResponse(buildOrganizationDetail({ id: ID })),
  );
}

// Compile the lazily loaded feature once, outside the first test's waits.
beforeAll(async () => {
  await import('@/features/organizations');
}, 30_000);

describe('the Contacts tab', () => {
  it('lists the people of the organization with their roles, past ones dated', async () => {
    mockContactsApi();

    renderApp(`/organizations/${ID}?tab=contacts`);

    const name = await screen.findByText('Ana Pereira');
    const row = name.closest('tr');
    if (!row) throw new Error('The name is not in a table row');
    expect(within(row).getByText('Executive director')).toBeInTheDocument();
    expect(within(row).getByText('Volunteer (until Jun 30, 2021)')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'ana@casa.example.org' })).toHaveAttribute(
      'href',
      'mailto:ana@casa.example.org',
    );
    expect(within(row).getByText('Portuguese, English')).toBeInTheDocument();
    expect(screen.getByText('1 person')).toBeInTheDocument();
  });

  it('asks for people whose roles have ended too, and keeps that in the URL', async () => {
    const fetchMock = mockContactsApi();
    const { user, location } = renderApp(`/organizations/${ID}?tab=contacts`);
    await screen.findByText('Ana Pereira');

    await user.click(screen.getByRole('switch', { name: 'Include people whose roles have ended' }));

    await waitFor(() =>
      expect(
        requestedUrls(fetchMock)
          .filter((url) => url.pathname === CONTACTS_PATH)
          .at(-1)
          ?.searchParams.get('includePast'),
      ).toBe('true'),
    );
    const params = new URLSearchParams(location().search);
    expect(params.get('tab')).toBe('contacts');
    expect(params.get('includePast')).toBe('true');
  });

  it('links each person to their page, and offers to add a person to this organization', async () => {
    mockContactsApi();
    const { user, location } = renderApp(`/organizations/${ID}?tab=contacts`);

    const name = await screen.findByRole('link', { name: 'Ana Pereira' });
    expect(name.getAttribute('href')).toMatch(/^\/contacts\/[0-9a-f-]{36}$/);
    await user.click(screen.getByRole('button', { name: /Add a person/ }));

    await waitFor(() => expect(location().pathname).toBe('/contacts'));
    const params = new URLSearchParams(location().search);
    expect(params.get('new')).toBe('1');
    expect(params.get('organizationId')).toBe(ID);
  });

  it('does not offer to add a person to a role that cannot', async () => {
    mockContactsApi();

    renderApp(`/organizations/${ID}?tab=contacts`, {
      session: buildMeResponse({ role: 'viewer' }),
    });

    await screen.findByText('Ana Pereira');
    expect(screen.queryByRole('button', { name: /Add a person/ })).toBeNull();
  });

  it('opens on the tab named in the URL and writes the tab chosen there', async () => {
    mockContactsApi();
    const { user, location } = renderApp(`/organizations/${ID}`);

    await user.click(await screen.findByRole('tab', { name: 'Contacts' }));

    expect(await screen.findByText('Ana Pereira')).toBeInTheDocument();
    expect(location().search).toBe('?tab=contacts');
    await user.click(screen.getByRole('tab', { name: 'Profile' }));
    await waitFor(() => expect(location().search).toBe(''));
  });
});
