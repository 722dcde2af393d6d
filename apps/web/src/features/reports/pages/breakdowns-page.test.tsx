import { memberFilter, withBand } from '@coalition/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMeResponse } from '@/testing/access-factories';
import { jsonResponse, mockFetch, requestedUrls } from '@/testing/fetch-mock';
import {
  buildBreakdownReport,
  buildBreakdownRow,
  type ReportAnswers,
  reportAnswer,
} from '@/testing/report-factories';
import { renderApp } from '@/testing/render-app';

const LEADERSHIP = buildMeResponse({ role: 'leadership' });

const worcester = buildBreakdownRow('county', {
  key: 'Worcester',
  organizations: 6,
  contacts: 17,
  bands: { core: 1, active: 2, occasional: 2, dormant: 1 },
});
const suffolk = buildBreakdownRow('county', {
  key: 'Suffolk',
  organizations: 9,
  contacts: 30,
  bands: { core: 4, active: 3, occasional: 1, dormant: 1 },
});

function openBreakdown(path: string, answers: Partial<ReportAnswers> = {}) {
  const fetchMock = mockFetch((url) => jsonResponse(reportAnswer(url.pathname, answers) ?? {}));
  const view = renderApp(path, { session: LEADERSHIP, userEvents: { pointerEventsCheck: 0 } });
  return { ...view, fetchMock };
}

function filterOf(link: HTMLElement): unknown {
  const url = new URL(link.getAttribute('href') ?? '', 'http://localhost');
  expect(url.pathname).toBe('/segments/new');
  return JSON.parse(url.searchParams.get('filter') ?? 'null');
}

function breakdownRequests(fetchMock: ReturnType<typeof mockFetch>): string[] {
  return requestedUrls(fetchMock)
    .map((url) => url.pathname)
    .filter((path) => path.startsWith('/api/reports/breakdowns/'));
}

describe('BreakdownsPage', () => {
  beforeAll(() => Promise.all([import('./breakdowns-page'), import('../map/county-map')]), 60_000);

  it('asks for the breakdown of the tab chosen, at its own address', async () => {
    const { fetchMock, user, location } = openBreakdown('/reports/breakdowns/kind');
    await waitFor(() =>
      expect(breakdownRequests(fetchMock)).toEqual(['/api/reports/breakdowns/kind']),
    );

    await user.click(await screen.findByRole('tab', { name: 'Language community' }));

    await waitFor(() =>
      expect(breakdownRequests(fetchMock)).toContain('/api/reports/breakdowns/language'),
    );
    expect(location().pathname).toBe('/reports/breakdowns/language');
    expect(
      await screen.findByRole('region', { name: 'Members by language community' }),
    ).toBeInTheDocument();
  });

  it("opens each count as the row's members, a band's narrowed to that band", async () => {
    openBreakdown('/reports/breakdowns/county', {
      breakdowns: { county: buildBreakdownReport('county', [worcester, suffolk]) },
    });

    const table = await screen.findByRole('table', { name: 'Members by county' });
    const members = await within(table).findByRole('link', { name: '6: Worcester County members' });
    expect(filterOf(members)).toEqual(worcester.filter);
    const contacts = within(table).getByRole('link', {
      name: '17: contacts of Worcester County members',
    });
    expect(filterOf(contacts)).toEqual(worcester.filter);
    const core = within(table).getByRole('link', {
      name: '4: Suffolk County members, core engagement',
    });
    expect(filterOf(core)).toEqual(withBand(suffolk.filter, 'core'));
    // The totals count every member once: all members, and all in a band.
    const allDormant = within(table).getByRole('link', {
      name: '2: All members, dormant engagement',
    });
    expect(filterOf(allDormant)).toEqual(withBand(memberFilter(), 'dormant'));
    expect(within(table).getByRole('link', { name: '15: All members' })).toBeInTheDocument();
  });

  it('shows the county map on the county tab', async () => {
    openBreakdown('/reports/breakdowns/county', {
      breakdowns: { county: buildBreakdownReport('county', [worcester, suffolk]) },
    });

    const map = await screen.findByRole('figure', { name: 'Map: members by county' });
    expect(
      await within(map).findByRole('link', { name: 'Suffolk: 9 members' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('figure', { name: 'Members by county and engagement band' }),
    ).toBeInTheDocument();
  });

  it('says so for a breakdown that does not exist, without asking the API', async () => {
    const { fetchMock } = openBreakdown('/reports/breakdowns/shoe-size');

    expect(await screen.findByText('Breakdown not found')).toBeInTheDocument();
    expect(breakdownRequests(fetchMock)).toEqual([]);
  });
});
