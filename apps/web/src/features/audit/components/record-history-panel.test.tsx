import type { MeResponse } from '@coalition/contracts';
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '@/app/providers';
import { createQueryClient } from '@/lib/query-client';
import { sessionQueryOptions } from '@/lib/session-api';
import { buildAuditEvent, buildList, buildMeResponse } from '@/testing/access-factories';
import { jsonResponse, mockFetch, requestedUrls } from '@/testing/fetch-mock';
import { RecordHistoryPanel } from './record-history-panel';

const ORGANIZATION_ID = '50000000-0000-4000-8000-000000000005';

/** The panel alone, as another page's tab would hold it, for a signed-in `me`. */
function renderPanel(me: MeResponse) {
  const queryClient = createQueryClient({ queries: { retry: false, staleTime: 0 } });
  queryClient.setQueryData(sessionQueryOptions().queryKey, me);
  return render(
    <AppProviders queryClient={queryClient}>
      <RecordHistoryPanel entityType="organization" entityId={ORGANIZATION_ID} />
    </AppProviders>,
  );
}

describe('RecordHistoryPanel', () => {
  it("asks the trail for this one record's events and lists them", async () => {
    const fetchMock = mockFetch(() =>
      jsonResponse(
        buildList([
          buildAuditEvent({ actor: { id: null, email: 'rosa@example.org' }, action: 'archive' }),
        ]),
      ),
    );

    renderPanel(buildMeResponse({ role: 'leadership' }));

    expect(await screen.findByText('rosa@example.org')).toBeInTheDocument();
    expect(screen.getByText('Archived')).toBeInTheDocument();
    const [request] = requestedUrls(fetchMock);
    expect(request?.pathname).toBe('/api/audit');
    expect(request?.searchParams.get('entityType')).toBe('organization');
    expect(request?.searchParams.get('entityId')).toBe(ORGANIZATION_ID);
  });

  it('asks nothing for a role without the audit trail', async () => {
    const fetchMock = mockFetch(() => jsonResponse(buildList([])));

    renderPanel(buildMeResponse({ role: 'organizer' }));

    expect(
      await screen.findByText('Your role does not include the audit trail.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(fetchMock).not.toHaveBeenCalled());
  });
});
