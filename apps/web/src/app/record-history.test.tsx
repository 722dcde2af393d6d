import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAuditEvent, buildList, buildMeResponse } from '@/testing/access-factories';
import { jsonResponse, mockFetch, requestedUrls } from '@/testing/fetch-mock';
import { buildContactDetail } from '@/testing/contact-factories';
import { buildOrganizationDetail } from '@/testing/factories';
import { renderApp } from '@/testing/render-app';

const ID = '6f1c2a4e-8b3d-4c5e-9f60-718293a4b5c6';

beforeAll(async () => {
  await Promise.all([
    import('@/features/organizations'),
    import('@/features/contacts'),
    import('@/features/audit'),
  ]);
}, 30_000);

function answer(url: URL): Response {
  return url.pathname === '/api/audit'
    ? jsonResponse(
        buildList([
          buildAuditEvent({ actor: { id: null, email: 'rosa@example.org' }, action: 'update' }),
        ]),
      )
    : jsonResponse(buildOrganizationDetail({ id: ID, name: 'Casa del Pueblo' }));
}

describe("a record's history tab", () => {
  it("shows leadership the organization's events from the audit trail", async () => {
    const fetchMock = mockFetch(answer);

    renderApp(`/organizations/${ID}?tab=history`, {
      session: buildMeResponse({ role: 'leadership' }),
    });

    expect(await screen.findByText('rosa@example.org')).toBeInTheDocument();
    const audit = requestedUrls(fetchMock).find((url) => url.pathname === '/api/audit');
    expect(audit?.searchParams.get('entityType')).toBe('organization');
    expect(audit?.searchParams.get('entityId')).toBe(ID);
  });

  it('is not offered to a role without the audit trail', async () => {
    const fetchMock = mockFetch(answer);

    renderApp(`/organizations/${ID}`, { session: buildMeResponse({ role: 'staff' }) });

    expect(await screen.findByRole('tab', { name: 'Profile' })).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'History' })).not.toBeInTheDocument();
    expect(requestedUrls(fetchMock).some((url) => url.pathname === '/api/audit')).toBe(false);
  });

  it("shows an admin a person's events from the audit trail", async () => {
    const fetchMock = mockFetch((url) =>
      url.pathname === '/api/audit'
        ? answer(url)
        : jsonResponse(buildContactDetail({ id: ID, firstName: 'José', lastName: 'Ramírez' })),
    );

    renderApp(`/contacts/${ID}?tab=history`);

    expect(await screen.findByText('rosa@example.org')).toBeInTheDocument();
    const audit = requestedUrls(fetchMock).find((url) => url.pathname === '/api/audit');
    expect(audit?.searchParams.get('entityType')).toBe('contact');
    expect(audit?.searchParams.get('entityId')).toBe(ID);
  });
});
