import { type MeResponse, ROLE_PERMISSIONS } from '@coalition/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMeResponse } from '@/testing/access-factories';
import { jsonResponse, mockFetch, requestedUrls } from '@/testing/fetch-mock';
import {
  buildBreakdownReport,
  buildBreakdownRow,
  buildCoverageReport,
  buildCoverageRow,
  buildDriftingReport,
  buildDriftingRow,
  buildKpiReport,
  type ReportAnswers,
  reportAnswer,
} from '@/testing/report-factories';
import { renderApp } from '@/testing/render-app';

const LEADERSHIP = buildMeResponse({ role: 'leadership' });

const coverKids = buildCoverageRow({ title: 'Cover All Kids', tier: 2, leading: 2, active: 3 });
const worcester = buildBreakdownRow('county', {
  key: 'Worcester',
  organizations: 6,
  bands: { core: 1, active: 2, occasional: 2, dormant: 1 },
});

function openOverview(session: MeResponse = LEADERSHIP, answers: Partial<ReportAnswers> = {}) {
  const fetchMock = mockFetch((url) => jsonResponse(reportAnswer(url.pathname, answers) ?? {}));
  const view = renderApp('/reports', { session, userEvents: { pointerEventsCheck: 0 } });
  return { ...view, fetchMock };
}

/** The segment filter a member-list link opens with. */
function filterOf(link: HTMLElement): unknown {
  const href = link.getAttribute('href') ?? '';
  const url = new URL(href, 'http://localhost');
  expect(url.pathname).toBe('/segments/new');
  return JSON.parse(url.searchParams.get('filter') ?? 'null');
}

describe('ReportsOverviewPage', () => {
  // The page's code (recharts, antd tables) loads once here, not inside a test's wait.
  beforeAll(
    () => Promise.all([import('./reports-overview-page'), import('../map/county-map')]),
    60_000,
  );

  it('shows leadership each key figure with its change against the previous period', async () => {
    openOverview(LEADERSHIP, {
      kpis: buildKpiReport([
        { key: 'activeMembers', value: 48, previous: 40 },
        { key: 'lapsedMembers', value: 5, previous: 2 },
        { key: 'newMembers', value: 3, previous: 0 },
        { key: 'meetingsHeld', value: 7, previous: 7 },
      ]),
    });

    const active = await screen.findByRole('group', { name: 'Active members' });
    expect(within(active).getByText('48')).toBeInTheDocument();
    expect(
      within(active).getByText(/\+8 \(\+20%\) from 40 in Q3 2026, same days/),
    ).toBeInTheDocument();
    const lapsed = screen.getByRole('group', { name: 'Lapsed members' });
    expect(within(lapsed).getByText(/\+3 \(\+150%\) from 2/)).toBeInTheDocument();
    // Nothing to take a percent of.
    const newMembers = screen.getByRole('group', { name: 'New members' });
    expect(within(newMembers).getByText(/^\s*\+3 from 0/)).toBeInTheDocument();
    const meetings = screen.getByRole('group', { name: 'Meetings held' });
    expect(within(meetings).getByText('No change from Q3 2026, same days')).toBeInTheDocument();
    expect(
      within(active).getByText(
        'Members with at least one person attending a meeting for them in the period',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^Q4 2026 to date \(Oct 1, 2026 – Nov 24, 2026\), compared with Q3 2026/),
    ).toBeInTheDocument();
  });

  it('opens a coverage count as the member list of exactly its filter', async () => {
    openOverview(LEADERSHIP, { coverage: buildCoverageReport([coverKids]) });

    const coverage = await screen.findByRole('region', { name: 'Priority coverage' });
    const leading = await within(coverage).findByRole('link', {
      name: '2: Members leading on Cover All Kids',
    });
    expect(filterOf(leading)).toEqual(coverKids.filters.leading);
    const activeOrLeading = within(coverage).getByRole('link', {
      name: '5: Members active on or leading Cover All Kids',
    });
    expect(filterOf(activeOrLeading)).toEqual(coverKids.filters.activeOrLeading);
    const total = within(coverage).getByRole('link', {
      name: '9: Members with an interest in Cover All Kids',
    });
    expect(filterOf(total)).toEqual(coverKids.filters.any);
    expect(new URL(total.getAttribute('href')!, 'http://localhost').searchParams.get('title')).toBe(
      'Members with an interest in Cover All Kids',
    );
  });

  it('draws the county map from the county breakdown, each county opening its members', async () => {
    const { fetchMock } = openOverview(LEADERSHIP, {
      breakdowns: { county: buildBreakdownReport('county', [worcester]) },
    });

    const map = await screen.findByRole('figure', { name: 'Map: members by county' });
    const county = await within(map).findByRole('link', { name: 'Worcester: 6 members' });
    expect(filterOf(county)).toEqual(worcester.filter);
    expect(requestedUrls(fetchMock).map((url) => url.pathname)).toContain(
      '/api/reports/breakdowns/county',
    );
  });

  it('links each report to its CSV with the parameters shown', async () => {
    openOverview(LEADERSHIP, {
      drifting: buildDriftingReport([buildDriftingRow({ name: 'Casa Latina' })]),
    });

    await screen.findByRole('link', { name: 'Casa Latina' });
    const drifting = screen.getByRole('region', { name: 'Drifting away' });
    expect(within(drifting).getByRole('link', { name: /Download CSV/ })).toHaveAttribute(
      'href',
      '/api/reports/drifting/export?days=90&limit=10',
    );
    const coverage = screen.getByRole('region', { name: 'Priority coverage' });
    expect(within(coverage).getByRole('link', { name: /Download CSV/ })).toHaveAttribute(
      'href',
      '/api/reports/coverage/export',
    );
  });

  it('offers no CSV download to a role that may not export', async () => {
    const readerOnly = buildMeResponse({
      role: 'leadership',
      permissions: ROLE_PERMISSIONS.leadership.filter((p) => p !== 'exports.run'),
    });
    openOverview(readerOnly, {
      drifting: buildDriftingReport([buildDriftingRow({ name: 'Casa Latina' })]),
    });

    await screen.findByRole('link', { name: 'Casa Latina' });
    await screen.findByRole('group', { name: 'Active members' });
    expect(screen.queryByRole('link', { name: /Download CSV/ })).not.toBeInTheDocument();
  });

  it('asks for the chosen quarter and keeps it in the address', async () => {
    const { fetchMock, user, location } = openOverview();
    await screen.findByRole('group', { name: 'Active members' });

    await user.click(screen.getByRole('combobox', { name: 'Quarter' }));
    const lastQuarter = dayjs().subtract(3, 'month');
    const year = lastQuarter.year();
    const q = `Q${Math.floor(lastQuarter.month() / 3) + 1}`;
    await user.click(await screen.findByTitle(`${q} ${year}`));

    await waitFor(() =>
      expect(
        requestedUrls(fetchMock).some(
          (url) =>
            url.pathname === '/api/reports/kpis' &&
            url.searchParams.get('quarter') === `${year}-${q}`,
        ),
      ).toBe(true),
    );
    expect(new URLSearchParams(location().search).get('quarter')).toBe(`${year}-${q}`);
  });

  it('is not offered to a role without reports, nor asked of the API', async () => {
    const { fetchMock } = openOverview(buildMeResponse({ role: 'staff' }));

    expect(await screen.findByText('Not available to your role')).toBeInTheDocument();
    expect(requestedUrls(fetchMock)).toEqual([]);
  });
});
