import { screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildMeResponse } from '@/testing/access-factories';
import { buildGoalSeries } from '@/testing/campaign-factories';
import { jsonResponse, mockFetch } from '@/testing/fetch-mock';
import {
  buildActivityPoint,
  buildActivityReport,
  buildBreakdownReport,
  buildBreakdownRow,
  buildCampaignProgress,
  buildCampaignReport,
  buildCoverageReport,
  buildCoverageRow,
  reportAnswer,
} from '@/testing/report-factories';
import { renderApp } from '@/testing/render-app';

const answers = {
  coverage: buildCoverageReport([
    buildCoverageRow({ title: 'Safe Communities Act', tier: 1 }),
    buildCoverageRow({ title: 'Cover All Kids', tier: 2 }),
  ]),
  campaigns: buildCampaignReport([
    buildCampaignProgress({
      name: 'New Americans Vote',
      series: [
        buildGoalSeries({
          label: 'New voters registered',
          unit: 'voters',
          target: 1500,
          points: [
            { month: '2026-06', amount: 400, cumulative: 400 },
            { month: '2026-07', amount: 620, cumulative: 1020 },
          ],
        }),
      ],
    }),
  ]),
  breakdowns: {
    county: buildBreakdownReport('county', [buildBreakdownRow('county', { key: 'Worcester' })]),
    kind: buildBreakdownReport('kind', [
      buildBreakdownRow('kind', { key: 'health_center', label: 'Health center' }),
    ]),
  },
  activity: buildActivityReport('month', [
    buildActivityPoint({ period: '2026-09' }),
    buildActivityPoint({ period: '2026-10' }),
  ]),
};

/** Maps (2), coverage tiers (2), one campaign metric, five breakdowns, three activity charts. */
const CHARTS = [
  'Map: members by county',
  'Map: average engagement score by county',
  'Tier 1 priorities: members by interest level',
  'Tier 2 priorities: members by interest level',
  'New Americans Vote: New voters registered, running total against the target of 1,500 voters',
  'Members by organization kind and engagement band',
  'Members by county and engagement band',
  'Members by issue and engagement band',
  'Members by campaign and engagement band',
  'Members by language community and engagement band',
  'Meetings held by month',
  'Attendance and members present by month',
  'Average engagement score by month',
];

describe('ReportsPrintPage', () => {
  beforeAll(
    () => Promise.all([import('./reports-print-page'), import('../map/county-map')]),
    60_000,
  );

  it('stacks every report with each chart as a named figure drawn at a fixed size', async () => {
    mockFetch((url) => jsonResponse(reportAnswer(url.pathname, answers) ?? {}));
    renderApp('/reports/print', { session: buildMeResponse({ role: 'leadership' }) });

    await waitFor(
      () => {
        const names = screen.getAllByRole('figure').map((f) => f.getAttribute('aria-label'));
        expect(names.sort()).toEqual([...CHARTS].sort());
      },
      { timeout: 20_000 },
    );
    // Fixed sizes: recharts draws without measuring (a measured chart is empty under jsdom).
    const meetings = screen.getByRole('figure', { name: 'Meetings held by month' });
    expect(meetings.querySelector('.recharts-wrapper > svg')).toHaveAttribute('width', '620');
    expect(screen.getByRole('region', { name: 'Key figures' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Drifting away' })).toBeInTheDocument();
  }, 30_000);

  it('prints from its Print button', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    mockFetch((url) => jsonResponse(reportAnswer(url.pathname, answers) ?? {}));
    const { user } = renderApp('/reports/print', {
      session: buildMeResponse({ role: 'leadership' }),
      userEvents: { pointerEventsCheck: 0 },
    });

    await user.click(await screen.findByRole('button', { name: /Print/ }));

    expect(print).toHaveBeenCalledOnce();
  });
});
