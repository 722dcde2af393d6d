import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAuditEvent, buildList, buildMeResponse } from '@/testing/access-factories';
import { type FetchMock, jsonResponse, mockFetch, requestedUrls } from '@/testing/fetch-mock';
import { renderApp, type RenderAppOptions } from '@/testing/render-app';

/** This page is rich in antd parts: skip user-event's slow pointer-events check (see renderApp). */
function openAuditPage(path = '/audit', options: RenderAppOptions = {}) {
  return renderApp(path, { userEvents: { pointerEventsCheck: 0 }, ...options });
}

function auditRequests(fetchMock: FetchMock): URL[] {
  return requestedUrls(fetchMock).filter((url) => url.pathname === '/api/audit');
}

function lastAuditRequest(fetchMock: FetchMock): URLSearchParams {
  const last = auditRequests(fetchMock).at(-1);
  if (!last) throw new Error('The page has not asked for the audit trail');
  return last.searchParams;
}

function rowOf(text: string): HTMLElement {
  const row = screen.getByText(text).closest('tr');
  if (!row) throw new Error(`${text} is not in a table row`);
  return row;
}

describe('AuditPage', () => {
  // The page's code (and the antd parts it uses) loads once here, not inside a test's wait.
  beforeAll(() => import('./audit-page'), 60_000);

  it('lists who did what to which record, and opens an event to show each change', async () => {
    const event = buildAuditEvent({
      actor: { id: '20000000-0000-4000-8000-000000000001', email: 'rosa@example.org' },
      action: 'update',
      entityType: 'organization',
      entityId: '30000000-0000-4000-8000-000000000001',
      changes: [
        { field: 'city', before: 'Lowell', after: 'Lawrence' },
        { field: 'website', before: null, after: 'https://casa.example.org' },
      ],
      details: { reason: 'merged duplicate' },
    });
    mockFetch(() => jsonResponse(buildList([event], { total: 1 })));
    const { user } = openAuditPage();

    await screen.findByText('rosa@example.org');
    const row = rowOf('rosa@example.org');
    expect(within(row).getByText('Updated')).toBeInTheDocument();
    expect(within(row).getByText('Organization')).toBeInTheDocument();
    expect(within(row).getByText('30000000')).toBeInTheDocument();
    expect(within(row).getByText('city, website')).toBeInTheDocument();
    expect(screen.getByText('1 event')).toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: 'Expand row', hidden: true }));

    expect(await screen.findByText('Lowell')).toBeInTheDocument();
    expect(screen.getByText('Lawrence')).toBeInTheDocument();
    expect(screen.getByText('(empty)')).toBeInTheDocument();
    expect(screen.getByText(/"reason": "merged duplicate"/)).toBeInTheDocument();
  });

  it('puts the chosen actions and record type in the URL and asks the API with them', async () => {
    const fetchMock = mockFetch(() => jsonResponse(buildList([])));
    const { user, location } = openAuditPage();
    await waitFor(() => expect(auditRequests(fetchMock)).toHaveLength(1));

    await user.click(screen.getByRole('combobox', { name: 'Filter by action' }));
    await user.click(await screen.findByTitle('Exported'));
    await user.click(await screen.findByTitle('Erased'));
    await user.click(screen.getByRole('combobox', { name: 'Filter by record type' }));
    await user.click(await screen.findByTitle('Contact'));

    await waitFor(() => expect(lastAuditRequest(fetchMock).get('entityType')).toBe('contact'));
    const url = new URLSearchParams(location().search);
    expect(url.getAll('action')).toEqual(['export', 'erase']);
    expect(url.get('entityType')).toBe('contact');
    expect(lastAuditRequest(fetchMock).getAll('action')).toEqual(['export', 'erase']);
  });

  it('opens a shared link with its date range, and asks the API for those days', async () => {
    const fetchMock = mockFetch(() => jsonResponse(buildList([])));

    openAuditPage('/audit?from=2025-01-01&to=2025-01-31&action=sign_in_failed');

    await waitFor(() => expect(auditRequests(fetchMock)).toHaveLength(1));
    const sent = lastAuditRequest(fetchMock);
    expect(sent.get('from')).toBe('2025-01-01');
    expect(sent.get('to')).toBe('2025-01-31');
    expect(sent.getAll('action')).toEqual(['sign_in_failed']);
    expect(screen.getByDisplayValue('2025-01-01')).toBeInTheDocument();
    expect(screen.getByDisplayValue('2025-01-31')).toBeInTheDocument();
  });

  it('writes a date range picked in the calendar inputs to the URL', async () => {
    const fetchMock = mockFetch(() => jsonResponse(buildList([])));
    const { user, location } = openAuditPage();
    await waitFor(() => expect(auditRequests(fetchMock)).toHaveLength(1));

    await user.click(screen.getByPlaceholderText('Start date'));
    await user.paste('2025-03-01');
    await user.keyboard('{Enter}');
    await user.click(screen.getByPlaceholderText('End date'));
    await user.paste('2025-03-15');
    await user.keyboard('{Enter}');

    await waitFor(() => expect(lastAuditRequest(fetchMock).get('to')).toBe('2025-03-15'));
    expect(lastAuditRequest(fetchMock).get('from')).toBe('2025-03-01');
    expect(new URLSearchParams(location().search).get('from')).toBe('2025-03-01');
  });

  it("narrows the trail to one record's events from a row", async () => {
    const event = buildAuditEvent({
      entityType: 'user',
      entityId: '40000000-0000-4000-8000-000000000004',
    });
    const fetchMock = mockFetch(() => jsonResponse(buildList([event])));
    const { user, location } = openAuditPage('/audit', {
      session: buildMeResponse({ role: 'leadership' }),
    });

    await user.click(await screen.findByTitle("Show only this record's events"));

    await waitFor(() => expect(lastAuditRequest(fetchMock).get('entityId')).toBe(event.entityId));
    const url = new URLSearchParams(location().search);
    expect(url.get('entityType')).toBe('user');
    expect(url.get('entityId')).toBe(event.entityId);
  });
});
