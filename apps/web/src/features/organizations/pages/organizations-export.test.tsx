import { screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMeResponse } from '@/testing/access-factories';
import { jsonResponse, mockFetch, requestedUrls } from '@/testing/fetch-mock';
import { buildOrganizationList, buildOrganizationSummary } from '@/testing/factories';
import { renderApp } from '@/testing/render-app';

beforeAll(async () => {
  await import('@/features/organizations');
}, 30_000);

describe('downloading the organization list', () => {
  it('offers an organizer the filtered list as CSV, with the same filters as the page', async () => {
    mockFetch(() =>
      jsonResponse(buildOrganizationList([buildOrganizationSummary()], { total: 12 })),
    );

    renderApp('/organizations?county=Suffolk&kind=school', {
      session: buildMeResponse({ role: 'organizer' }),
    });

    const link = await screen.findByRole('link', { name: /Download CSV/ });
    const href = new URL(link.getAttribute('href') ?? '', 'http://localhost');
    expect(href.pathname).toBe('/api/organizations/export');
    expect(href.searchParams.getAll('county')).toEqual(['Suffolk']);
    expect(href.searchParams.getAll('kind')).toEqual(['school']);
    expect(link).toHaveAttribute('download');
  });

  it.each(['viewer', 'staff'] as const)('offers no download to the %s role', async (role) => {
    const fetchMock = mockFetch(() =>
      jsonResponse(buildOrganizationList([buildOrganizationSummary({ name: 'Casa Azul' })])),
    );

    renderApp('/organizations', { session: buildMeResponse({ role }) });

    expect(await screen.findByRole('link', { name: 'Casa Azul' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Download CSV/ })).not.toBeInTheDocument();
    await waitFor(() =>
      expect(requestedUrls(fetchMock).some((u) => u.pathname.endsWith('/export'))).toBe(false),
    );
  });
});
