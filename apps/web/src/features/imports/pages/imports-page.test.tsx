import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMeResponse } from '@/testing/access-factories';
import { jsonResponse, mockFetch } from '@/testing/fetch-mock';
import { buildImportDetail, buildImportList } from '@/testing/import-factories';
import { renderApp } from '@/testing/render-app';

const organizer = buildMeResponse({ role: 'organizer' });

beforeAll(() => import('@/features/imports'), 60_000);

describe('the imports list', { timeout: 30_000 }, () => {
  it('shows past imports with what they held, who ran them and what they did', async () => {
    const done = buildImportDetail({
      fileName: 'action-network.csv',
      status: 'done',
      createdBy: 'Rosa Organizer',
      summary: { created: 110, updated: 6, skipped: 0, failed: 4 },
    });
    const waiting = buildImportDetail({ fileName: 'orgs.xlsx', kind: 'organizations' });
    mockFetch(() => jsonResponse(buildImportList([done, waiting])));
    const { user, location } = renderApp('/imports', {
      session: organizer,
      userEvents: { pointerEventsCheck: 0 },
    });

    const link = await screen.findByText('action-network.csv');
    expect(link.closest('a')).toHaveAttribute('href', `/imports/${done.id}`);
    const row = within(link.closest('tr')!);
    expect(row.getByText('Contacts (with their organization and role)')).toBeInTheDocument();
    expect(row.getByText('Rosa Organizer')).toBeInTheDocument();
    expect(row.getByText('Done')).toBeInTheDocument();
    expect(row.getByText('110 created, 6 updated, 0 skipped, 4 failed')).toBeInTheDocument();
    const other = within(screen.getByText('orgs.xlsx').closest('tr')!);
    expect(other.getByText('Mapping to confirm')).toBeInTheDocument();
    expect(screen.getByText('2 imports')).toBeInTheDocument();

    await user.click(screen.getByText('New import'));
    await waitFor(() => expect(location().pathname).toBe('/imports/new'));
  });
});

describe('the Imports menu item', () => {
  it.each(['organizer', 'admin'] as const)('takes the %s role to the imports', async (role) => {
    mockFetch(() => jsonResponse(buildImportList([])));
    renderApp('/no-such-page', { session: buildMeResponse({ role }) });

    const item = await screen.findByRole('menuitem', { name: /Imports/ });
    expect(within(item).getByRole('link', { name: 'Imports' })).toHaveAttribute('href', '/imports');
  });

  it.each(['leadership', 'staff', 'viewer'] as const)(
    'is not shown to the %s role',
    async (role) => {
      mockFetch(() => jsonResponse(buildImportList([])));
      renderApp('/no-such-page', { session: buildMeResponse({ role }) });

      expect(await screen.findByRole('menuitem', { name: /Contacts/ })).toBeInTheDocument();
      expect(screen.queryByRole('menuitem', { name: /Imports/ })).not.toBeInTheDocument();
    },
  );
});

describe('the full export', () => {
  it('is a download link for admins, saying what the zip holds and that it is audited', async () => {
    mockFetch(() => jsonResponse({}));
    renderApp('/no-such-page', { session: buildMeResponse({ role: 'admin' }) });

    renderApp('/data', { session: buildMeResponse({ role: 'admin' }) });

    // The shell's menu lists the open page's item twice (the selected one is also measured).
    const [item] = await screen.findAllByRole('menuitem', { name: /Full export/ });
    expect(within(item).getByRole('link', { name: 'Full export' })).toHaveAttribute(
      'href',
      '/data',
    );
    const download = await screen.findByText('Download the full export (zip)');
    expect(download.closest('a')).toHaveAttribute('href', '/api/full-export');
    expect(download.closest('a')).toHaveAttribute('download');
    expect(screen.getByText(/recorded in the audit trail/)).toBeInTheDocument();
    expect(screen.getByText(/manifest with the schema version/)).toBeInTheDocument();
  });

  it.each(['organizer', 'leadership'] as const)('is not offered to the %s role', async (role) => {
    mockFetch(() => jsonResponse({}));
    renderApp('/data', { session: buildMeResponse({ role }) });

    expect(await screen.findByText('Not available to your role')).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: /Full export/ })).not.toBeInTheDocument();
    expect(screen.queryByText('Download the full export (zip)')).not.toBeInTheDocument();
  });
});
