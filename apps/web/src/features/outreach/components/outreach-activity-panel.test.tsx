import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMeResponse } from '@/testing/access-factories';
import { buildContactDetail } from '@/testing/contact-factories';
import { buildOrganizationDetail } from '@/testing/factories';
import { jsonResponse, mockFetch, requestedUrls } from '@/testing/fetch-mock';
import { buildActivityItem, buildActivityList, buildUserRef } from '@/testing/outreach-factories';
import { renderApp } from '@/testing/render-app';

const CONTACT_ID = '8b2b3c4d-5e6f-4a7b-8c9d-00000000c001';
const ORGANIZATION_ID = '8b2b3c4d-5e6f-4a7b-8c9d-00000000b001';
const DRIVE_ID = '8b2b3c4d-5e6f-4a7b-8c9d-00000000d001';

const committed = buildActivityItem({
  drive: { id: DRIVE_ID, name: 'Know your rights turnout', channel: 'phone' },
  contact: { id: CONTACT_ID, displayName: 'José Ramírez' },
  outcome: 'committed',
  note: 'Coming with his sister',
  followUpOn: '2025-09-12',
  loggedBy: buildUserRef({ name: 'Rosa Martinez' }),
});

function answer(url: URL): Response {
  if (url.pathname === '/api/outreach/activity')
    return jsonResponse(buildActivityList([committed]));
  if (url.pathname.startsWith('/api/contacts/')) {
    return jsonResponse(
      buildContactDetail({ id: CONTACT_ID, firstName: 'José', lastName: 'Ramírez' }),
    );
  }
  return jsonResponse(
    buildOrganizationDetail({ id: ORGANIZATION_ID, name: 'Chelsea Collaborative' }),
  );
}

beforeAll(async () => {
  await Promise.all([
    import('@/features/outreach'),
    import('@/features/contacts'),
    import('@/features/organizations'),
  ]);
}, 30_000);

describe("a record's outreach tab", { timeout: 30_000 }, () => {
  it("lists the outcomes logged for a person, with the drive's link", async () => {
    const fetchMock = mockFetch(answer);

    // An organizer may not read the audit trail, and still sees the person's outreach.
    renderApp(`/contacts/${CONTACT_ID}?tab=outreach`, {
      session: buildMeResponse({ role: 'organizer' }),
    });

    const drive = await screen.findByRole('link', { name: 'Know your rights turnout' });
    expect(drive).toHaveAttribute('href', `/outreach/${DRIVE_ID}`);
    const row = drive.closest('tr')!;
    expect(within(row).getByText('Committed')).toBeInTheDocument();
    expect(within(row).getByText('Coming with his sister')).toBeInTheDocument();
    expect(within(row).getByText('Follow up on Sep 12, 2025')).toBeInTheDocument();
    expect(within(row).getByText('Rosa Martinez')).toBeInTheDocument();
    // On a person's page, every row is about them: no column naming them.
    expect(within(row).queryByText('José Ramírez')).toBeNull();
    const request = requestedUrls(fetchMock).find((u) => u.pathname === '/api/outreach/activity');
    expect(request?.searchParams.get('contactId')).toBe(CONTACT_ID);
    expect(request?.searchParams.has('organizationId')).toBe(false);
  });

  it("lists the outreach to an organization's people, naming each person", async () => {
    const fetchMock = mockFetch(answer);

    renderApp(`/organizations/${ORGANIZATION_ID}?tab=outreach`, {
      session: buildMeResponse({ role: 'viewer' }),
    });

    const person = await screen.findByRole('link', { name: 'José Ramírez' });
    expect(person).toHaveAttribute('href', `/contacts/${CONTACT_ID}`);
    expect(within(person.closest('tr')!).getByText('Committed')).toBeInTheDocument();
    const request = requestedUrls(fetchMock).find((u) => u.pathname === '/api/outreach/activity');
    expect(request?.searchParams.get('organizationId')).toBe(ORGANIZATION_ID);
  });
});
