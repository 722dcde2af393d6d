import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch } from '@/testing/fetch-mock';
import { buildOrganizationList } from '@/testing/factories';
import { renderApp } from '@/testing/render-app';

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

  it('lists the areas still to come as disabled menu items', async () => {
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
    ]) {
      const live = await screen.findByRole('menuitem', { name: new RegExp(area) });
      expect(live).not.toHaveAttribute('aria-disabled', 'true');
    }
    for (const area of ['Reports']) {
      const item = screen.getByRole('menuitem', { name: new RegExp(area) });
      expect(item).toHaveAttribute('aria-disabled', 'true');
      expect(item).toHaveAttribute('title', `${area}: coming soon`);
    }
  });

  it('answers an unknown address with a page-not-found page', async () => {
    const fetchMock = mockFetch(() => jsonResponse(buildOrganizationList([])));

    renderApp('/no-such-page');

    expect(await screen.findByText('Page not found')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Go to organizations' })).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
