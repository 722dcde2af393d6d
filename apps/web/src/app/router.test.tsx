import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMeResponse } from '@/testing/access-factories';
import { jsonResponse, mockFetch } from '@/testing/fetch-mock';
import { buildOrganizationList } from '@/testing/factories';
import { renderApp } from '@/testing/render-app';
import { reportAnswer } from '@/testing/report-factories';

describe('the dashboard shell', () => {
  it('opens the organizations list at the root address', async () => {
    mockFetch(() => jsonResponse(buildOrganizationList([])));

    const { location } = renderApp('/');

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Organizations' }),
    ).toBeInTheDocument();
    expect(location().pathname).toBe('/organizations');
  });

  it('names the coalition and the product in the header', async () => {
    mockFetch(() => jsonResponse(buildOrganizationList([])));

    renderApp('/organizations');

    expect(await screen.findByText('Commonwealth Immigrant Rights Coalition')).toBeInTheDocument();
    expect(screen.getByText('Coalition CRM')).toBeInTheDocument();
  });

  it('offers every area as a working link, reports included', async () => {
    mockFetch(() => jsonResponse(buildOrganizationList([])));

    renderApp('/organizations');

    for (const area of [
      'Organizations',
      'Contacts',
      'Issues',
      'Campaigns',
      'Meetings',
      'Segments',
      'Outreach',
      'Reports',
    ]) {
      const live = await screen.findByRole('menuitem', { name: new RegExp(area) });
      expect(live).not.toHaveAttribute('aria-disabled', 'true');
    }
    expect(screen.getByRole('link', { name: 'Reports' })).toHaveAttribute('href', '/reports');
  });

  it('opens the reports at the root address for leadership', async () => {
    mockFetch((url) => jsonResponse(reportAnswer(url.pathname) ?? buildOrganizationList([])));

    const { location } = renderApp('/', { session: buildMeResponse({ role: 'leadership' }) });

    expect(await screen.findByRole('heading', { level: 2, name: 'Reports' })).toBeInTheDocument();
    expect(location().pathname).toBe('/reports');
  });

  it('answers an unknown address with a page-not-found page', async () => {
    const fetchMock = mockFetch(() => jsonResponse(buildOrganizationList([])));

    renderApp('/no-such-page');

    expect(await screen.findByText('Page not found')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Go to organizations' })).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
