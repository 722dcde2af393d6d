import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch } from '@/testing/fetch-mock';
import { buildMeResponse } from '@/testing/access-factories';
import { buildOrganizationDetail } from '@/testing/factories';
import { renderApp } from '@/testing/render-app';
import { OrganizationTabs } from './organization-tabs';

const ID = '6f1c2a4e-8b3d-4c5e-9f60-718293a4b5c6';

// Compile the lazily loaded feature once, outside the first test's waits.
beforeAll(async () => {
  await import('@/features/organizations');
}, 30_000);

describe("an organization's tabs", () => {
  it('include History only when the app hands the page a history panel', () => {
    const org = buildOrganizationDetail({ id: ID });
    const { rerender } = render(
      <OrganizationTabs
        organization={org}
        activeTab="history"
        onChange={() => undefined}
        canWrite
        renderHistory={(id) => <p>{`History of ${id}`}</p>}
      />,
    );
    expect(screen.getByRole('tab', { name: 'History', selected: true })).toBeInTheDocument();
    expect(screen.getByText(`History of ${ID}`)).toBeInTheDocument();

    rerender(
      <OrganizationTabs
        organization={org}
        activeTab="profile"
        onChange={() => undefined}
        canWrite
      />,
    );
    expect(screen.queryByRole('tab', { name: 'History' })).not.toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Contacts' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Issues' })).toBeInTheDocument();
  });

  it('opens the profile for a tab the page does not show', async () => {
    mockFetch(() => jsonResponse(buildOrganizationDetail({ id: ID })));

    // An organizer may not read the audit trail: no history tab to open.
    renderApp(`/organizations/${ID}?tab=history`, {
      session: buildMeResponse({ role: 'organizer' }),
    });

    expect(await screen.findByRole('tab', { name: 'Profile', selected: true })).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'History' })).not.toBeInTheDocument();
  });
});
