import type { OrganizationDetail } from '@coalition/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  errorResponse,
  type FetchMock,
  jsonResponse,
  mockFetch,
  sentBodies,
} from '@/testing/fetch-mock';
import {
  buildOrganizationDetail,
  buildOrganizationList,
  buildOrganizationSummary,
} from '@/testing/factories';
import { renderApp } from '@/testing/render-app';

const ID = '6f1c2a4e-8b3d-4c5e-9f60-718293a4b5c6';

/** GET answers `org`; archive and restore answer it with `archivedAt` set or cleared. */
function mockArchivingApi(org: OrganizationDetail): FetchMock {
  return mockFetch((url) => {
    if (url.pathname.endsWith('/archive')) {
      return jsonResponse({
        ...org,
        archivedAt: '2025-05-02T14:00:00.000Z',
        version: org.version + 1,
      });
    }
    if (url.pathname.endsWith('/restore')) {
      return jsonResponse({ ...org, archivedAt: null, version: org.version + 1 });
    }
    return jsonResponse(org);
  });
}

function descriptionOf(label: string): HTMLElement {
  const term = screen.getByText(label, { selector: 'th, th *' });
  const cell = term.closest('th')?.nextElementSibling;
  if (!(cell instanceof HTMLElement)) throw new Error(`No value next to "${label}"`);
  return cell;
}

// The pages load lazily; compile them once here so the first test's waits measure the page,
// not the test runner transforming the feature on a busy machine.
beforeAll(async () => {
  await import('@/features/organizations');
}, 30_000);

describe('OrganizationPage', () => {
  it('shows every detail of the organization', async () => {
    const org = buildOrganizationDetail({
      id: ID,
      name: 'Casa Nueva Worcester',
      kind: 'community_group',
      membershipStatus: 'lapsed',
      streetAddress: '12 Main Street',
      city: 'Worcester',
      county: 'Worcester',
      zip: '01608',
      website: 'casanueva.example.org',
      email: 'hola@casanueva.example.org',
      phone: '(508) 555-0100',
      joinedOn: '2019-09-03',
      annualDuesCents: 125_050,
      duesPaidThrough: '2024-06-30',
      languages: ['es', 'pt', 'kea'],
      description: 'Accompaniment to immigration court.',
      notes: 'Board meets monthly.\nPrefers Spanish for calls.',
    });
    const fetchMock = mockFetch(() => jsonResponse(org));

    renderApp(`/organizations/${ID}`);

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Casa Nueva Worcester' }),
    ).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith(
      `/api/organizations/${ID}`,
      expect.objectContaining({ credentials: 'same-origin' }),
    );
    expect(screen.getByText('Community-based group')).toBeInTheDocument();
    expect(screen.getByText('Lapsed')).toBeInTheDocument();
    expect(descriptionOf('Address')).toHaveTextContent('12 Main Street');
    expect(descriptionOf('City')).toHaveTextContent('Worcester, Worcester County');
    expect(descriptionOf('ZIP')).toHaveTextContent('01608');
    expect(within(descriptionOf('Website')).getByRole('link')).toHaveAttribute(
      'href',
      'https://casanueva.example.org/',
    );
    expect(within(descriptionOf('Email')).getByRole('link')).toHaveAttribute(
      'href',
      'mailto:hola@casanueva.example.org',
    );
    expect(within(descriptionOf('Phone')).getByRole('link')).toHaveAttribute(
      'href',
      'tel:5085550100',
    );
    expect(descriptionOf('Joined on')).toHaveTextContent('Sep 3, 2019');
    expect(descriptionOf('Annual dues')).toHaveTextContent('$1,250.50');
    expect(descriptionOf('Dues paid through')).toHaveTextContent('Jun 30, 2024');
    expect(descriptionOf('Languages')).toHaveTextContent(
      'Spanish, Portuguese, Cape Verdean Creole',
    );
    expect(descriptionOf('Description')).toHaveTextContent('Accompaniment to immigration court.');
    expect(descriptionOf('Notes')).toHaveTextContent(
      'Board meets monthly. Prefers Spanish for calls.',
    );
  });

  it('shows a dash for details the organization has not given', async () => {
    mockFetch(() =>
      jsonResponse(
        buildOrganizationDetail({ id: ID, website: null, annualDuesCents: null, notes: null }),
      ),
    );

    renderApp(`/organizations/${ID}`);

    await screen.findByRole('heading', { level: 2 });
    expect(descriptionOf('Website')).toHaveTextContent('—');
    expect(descriptionOf('Annual dues')).toHaveTextContent('—');
    expect(descriptionOf('Notes')).toHaveTextContent('—');
  });

  it('says the organization was not found when the API answers 404', async () => {
    mockFetch(() =>
      errorResponse({
        statusCode: 404,
        code: 'organization_not_found',
        message: `No organization has the id ${ID}`,
      }),
    );

    renderApp(`/organizations/${ID}`);

    expect(await screen.findByText('Organization not found')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Back to organizations' })).toBeInTheDocument();
  });

  it("shows the API's message when the organization cannot be loaded", async () => {
    mockFetch(() =>
      errorResponse({
        statusCode: 503,
        code: 'database_unavailable',
        message: 'The database is starting up.',
      }),
    );

    renderApp(`/organizations/${ID}`);

    expect(await screen.findByText('The database is starting up.')).toBeInTheDocument();
    expect(screen.getByText('Could not load this organization')).toBeInTheDocument();
  });

  it('opens from the list and links back to the same filtered view', async () => {
    const summary = buildOrganizationSummary({
      id: ID,
      name: 'Casa Nueva Worcester',
      kind: 'school',
    });
    mockFetch((url) =>
      url.pathname === `/api/organizations/${ID}`
        ? jsonResponse(buildOrganizationDetail({ ...summary }))
        : jsonResponse(buildOrganizationList([summary])),
    );
    const { user, location } = renderApp('/organizations?kind=school&q=casa');

    await user.click(await screen.findByRole('link', { name: 'Casa Nueva Worcester' }));

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Casa Nueva Worcester' }),
    ).toBeInTheDocument();
    expect(location().pathname).toBe(`/organizations/${ID}`);
    const breadcrumb = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(breadcrumb).getByRole('link', { name: 'Organizations' })).toHaveAttribute(
      'href',
      '/organizations?kind=school&q=casa',
    );
  });

  it('archives the organization once the person confirms, naming it in the question', async () => {
    const org = buildOrganizationDetail({ id: ID, name: 'Casa Nueva Worcester', version: 2 });
    const fetchMock = mockArchivingApi(org);
    const { user } = renderApp(`/organizations/${ID}`);

    await user.click(await screen.findByRole('button', { name: /Archive/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getAllByText('Archive Casa Nueva Worcester?')).not.toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Archive' }));

    expect(await screen.findByText('Archived on May 2, 2025')).toBeInTheDocument();
    expect(sentBodies(fetchMock, 'POST', `/api/organizations/${ID}/archive`)).toEqual([
      { version: 2 },
    ]);
    expect(screen.getByRole('button', { name: 'Restore' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Edit/ })).not.toBeInTheDocument();
  });

  it('leaves the organization alone when the confirmation is cancelled', async () => {
    const fetchMock = mockArchivingApi(buildOrganizationDetail({ id: ID }));
    const { user } = renderApp(`/organizations/${ID}`);

    await user.click(await screen.findByRole('button', { name: /Archive/ }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Cancel' }),
    );

    // jsdom never finishes antd's closing animation, so the dialog itself lingers in the DOM.
    expect(sentBodies(fetchMock, 'POST', `/api/organizations/${ID}/archive`)).toEqual([]);
    expect(screen.queryByText(/^Archived on/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Edit/ })).toBeInTheDocument();
  });

  it('shows an archived organization with a banner that restores it', async () => {
    const org = buildOrganizationDetail({
      id: ID,
      name: 'Casa Nueva Worcester',
      archivedAt: '2025-05-02T14:00:00.000Z',
      version: 5,
    });
    const fetchMock = mockArchivingApi(org);
    const { user } = renderApp(`/organizations/${ID}`);

    expect(await screen.findByText('Archived on May 2, 2025')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Restore' }));

    await waitFor(() => expect(screen.queryByText('Archived on May 2, 2025')).toBeNull());
    expect(sentBodies(fetchMock, 'POST', `/api/organizations/${ID}/restore`)).toEqual([
      { version: 5 },
    ]);
    expect(screen.getByRole('button', { name: /Edit/ })).toBeInTheDocument();
  });

  it('opens the profile tab for an unknown tab in the URL', async () => {
    mockFetch(() => jsonResponse(buildOrganizationDetail({ id: ID })));

    renderApp(`/organizations/${ID}?tab=no-such-tab`);

    expect(await screen.findByRole('tab', { name: 'Profile', selected: true })).toBeInTheDocument();
    expect(descriptionOf('Address')).toBeInTheDocument();
  });
});
