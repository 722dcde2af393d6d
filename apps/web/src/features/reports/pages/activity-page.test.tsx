import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMeResponse } from '@/testing/access-factories';
import { jsonResponse, mockFetch, requestedUrls } from '@/testing/fetch-mock';
import { buildActivityPoint, buildActivityReport, reportAnswer } from '@/testing/report-factories';
import { renderApp } from '@/testing/render-app';

describe('ActivityPage', () => {
  beforeAll(() => import('./activity-page'), 60_000);

  it('switches to quarters, asking for them and offering their CSV', async () => {
    const fetchMock = mockFetch((url) =>
      jsonResponse(
        url.pathname === '/api/reports/activity'
          ? buildActivityReport(url.searchParams.get('by') === 'quarter' ? 'quarter' : 'month', [
              buildActivityPoint({
                period: url.searchParams.get('by') === 'quarter' ? '2026-Q4' : '2026-10',
              }),
            ])
          : reportAnswer(url.pathname),
      ),
    );
    const { user, location } = renderApp('/reports/activity', {
      session: buildMeResponse({ role: 'leadership' }),
      userEvents: { pointerEventsCheck: 0 },
    });
    expect(await screen.findByRole('cell', { name: 'Oct 2026' })).toBeInTheDocument();

    await user.click(screen.getByText('By quarter'));

    expect(await screen.findByRole('cell', { name: 'Q4 2026' })).toBeInTheDocument();
    expect(
      requestedUrls(fetchMock).some(
        (url) =>
          url.pathname === '/api/reports/activity' && url.searchParams.get('by') === 'quarter',
      ),
    ).toBe(true);
    expect(new URLSearchParams(location().search).get('by')).toBe('quarter');
    const section = screen.getByRole('region', { name: 'Activity by quarter' });
    await waitFor(() =>
      expect(within(section).getByRole('link', { name: /Download CSV/ })).toHaveAttribute(
        'href',
        '/api/reports/activity/export?by=quarter',
      ),
    );
    expect(screen.getByRole('figure', { name: 'Meetings held by quarter' })).toBeInTheDocument();
  });
});
