/**
 * The read scenarios: each the HTTP request(s) the dashboard sends, and what the API's
 * controllers run for them (called directly, to record the SQL for the floor).
 */
import {
  BREAKDOWN_DIMENSIONS,
  activityQuerySchema,
  attendeeSearchQuerySchema,
  breakdownParamsSchema,
  driftingQuerySchema,
  kpiQuerySchema,
  organizationListQuerySchema,
  segmentPreviewRequestSchema,
} from '@coalition/contracts';
import { MeetingsController } from '../../apps/api/src/modules/meetings/meetings.controller';
import { OrganizationListController } from '../../apps/api/src/modules/organizations/organization-list.controller';
import { OrganizationsController } from '../../apps/api/src/modules/organizations/organizations.controller';
import { ReportController } from '../../apps/api/src/modules/reports/report.controller';
import { ReportsController } from '../../apps/api/src/modules/reports/reports.controller';
import { SegmentsController } from '../../apps/api/src/modules/segments/segments.controller';
import type { DataSource } from 'typeorm';
import type { AppContext } from './floor';
import type { ScenarioGroup } from './options';
import { benchFilters } from './segment-filters';
import type { HttpCall } from './session';

/** Targets of issue 10 (PostgreSQL, large scale), shown beside the figures. */
export interface Target {
  p50?: number;
  p95?: number;
}

export interface Scenario {
  group: ScenarioGroup;
  name: string;
  /** The route(s), as the tables show them. */
  route: string;
  /** How many different inputs call i rotates through (call i uses input i % variants). */
  variants: number;
  /** The requests of call i; several are sent together, as a page does. */
  http(i: number): HttpCall[];
  /** What the API's controllers run for call i. */
  floor(context: AppContext, i: number): Promise<unknown>;
  target?: Target;
}

/** Records the scenarios point at: found in the loaded data, the same at every run of a scale. */
export interface Fixtures {
  organizationId: string;
  coverAllKidsId: string;
  campaignId: string;
  exportSegmentId: string;
}

export async function findFixtures(
  dataSource: DataSource,
  exportSegmentName: string,
): Promise<Fixtures> {
  const one = async (sql: string, params: unknown[] = []) => {
    const [row] = await dataSource.query<{ id: string }[]>(sql, params);
    if (!row) throw new Error(`no fixture for: ${sql}`);
    return row.id;
  };
  return {
    // The member with the most current people: the busiest organization page.
    organizationId: await one(
      `SELECT o.id FROM organization o JOIN affiliation a ON a.organization_id = o.id AND a.ended_on IS NULL
        WHERE o.membership_status = 'active' GROUP BY o.id ORDER BY count(*) DESC, o.id LIMIT 1`,
    ),
    coverAllKidsId: await one(
      `SELECT id FROM issue WHERE title = 'Cover All Kids' ORDER BY rank LIMIT 1`,
    ),
    campaignId: await one(
      `SELECT c.id FROM campaign c JOIN participation p ON p.campaign_id = c.id GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 1`,
    ),
    exportSegmentId: await one(`SELECT id FROM segment WHERE name = $1`, [exportSegmentName]),
  };
}

/** What a person types, letter by letter: 1 to 4 letters of two words. */
const SEARCH_PREFIXES = ['b', 'bl', 'blu', 'blue', 'w', 'wo', 'wor', 'worc'];
const PEOPLE_PREFIXES = ['s', 'si', 'sil', 'silv', 'p', 'pi', 'pie', 'pier'];

const get = (path: string): HttpCall => ({ method: 'GET', path });

function searchScenarios(): Scenario[] {
  return [
    {
      group: 'search',
      name: 'organization search as you type',
      route: 'GET /api/organizations?q=b…worc',
      variants: SEARCH_PREFIXES.length,
      http: (i) => [get(`/api/organizations?q=${SEARCH_PREFIXES[i % SEARCH_PREFIXES.length]}`)],
      floor: (c, i) =>
        c.app
          .get(OrganizationListController)
          .list(
            organizationListQuerySchema.parse({ q: SEARCH_PREFIXES[i % SEARCH_PREFIXES.length] }),
          ),
      target: { p50: 20 },
    },
    {
      group: 'typeahead',
      name: 'contact type-ahead for attendance',
      route: 'GET /api/meetings/people?q=s…pier',
      variants: PEOPLE_PREFIXES.length,
      http: (i) => [get(`/api/meetings/people?q=${PEOPLE_PREFIXES[i % PEOPLE_PREFIXES.length]}`)],
      floor: (c, i) =>
        c.app
          .get(MeetingsController)
          .search(
            attendeeSearchQuerySchema.parse({ q: PEOPLE_PREFIXES[i % PEOPLE_PREFIXES.length] }),
          ),
      target: { p50: 20 },
    },
  ];
}

function segmentScenarios(fixtures: Fixtures): Scenario[] {
  return benchFilters(fixtures).map(({ name, filter }) => ({
    group: 'segments',
    name: `segment preview: ${name}`,
    route: 'POST /api/segments/preview',
    variants: 1,
    http: () => [{ method: 'POST', path: '/api/segments/preview', body: { filter } }],
    floor: (c) =>
      c.app.get(SegmentsController).preview(segmentPreviewRequestSchema.parse({ filter })),
    target: { p50: 60, p95: 150 },
  }));
}

function reportScenarios(): Scenario[] {
  const report = (
    name: string,
    path: string,
    floor: (r: ReportController) => Promise<unknown>,
    target?: Target,
  ): Scenario => ({
    group: 'reports',
    name,
    route: `GET ${path}`,
    variants: 1,
    http: () => [get(path)],
    floor: (c) => floor(c.app.get(ReportController)),
    target,
  });
  const overview = [
    '/api/reports/kpis',
    '/api/reports/breakdowns/county',
    '/api/reports/drifting',
    '/api/reports/coverage',
    '/api/reports/campaigns',
  ];
  return [
    {
      group: 'reports',
      name: 'overview page (its 5 requests together)',
      route: 'kpis + breakdowns/county + drifting + coverage + campaigns',
      variants: 1,
      http: () => overview.map(get),
      floor: async (c) => {
        const r = c.app.get(ReportController);
        await r.kpis(kpiQuerySchema.parse({}));
        await r.breakdown(breakdownParamsSchema.parse({ dimension: 'county' }));
        await r.drifting(driftingQuerySchema.parse({}));
        await r.coverage();
        return r.campaigns();
      },
      target: { p50: 250 },
    },
    report('KPIs', '/api/reports/kpis', (r) => r.kpis(kpiQuerySchema.parse({}))),
    report('drifting members', '/api/reports/drifting', (r) =>
      r.drifting(driftingQuerySchema.parse({})),
    ),
    report('priority coverage', '/api/reports/coverage', (r) => r.coverage()),
    report('campaign progress', '/api/reports/campaigns', (r) => r.campaigns()),
    ...BREAKDOWN_DIMENSIONS.map((dimension) =>
      report(`breakdown by ${dimension}`, `/api/reports/breakdowns/${dimension}`, (r) =>
        r.breakdown(breakdownParamsSchema.parse({ dimension })),
      ),
    ),
    report('activity by month', '/api/reports/activity?by=month', (r) =>
      r.activity(activityQuerySchema.parse({ by: 'month' })),
    ),
    report('activity by quarter', '/api/reports/activity?by=quarter', (r) =>
      r.activity(activityQuerySchema.parse({ by: 'quarter' })),
    ),
  ];
}

function organizationPage({ organizationId: id }: Fixtures): Scenario {
  return {
    group: 'organization',
    name: 'organization page (record + engagement score, together)',
    route: 'GET /api/organizations/:id + /api/reports/engagement/organizations/:id',
    variants: 1,
    http: () => [
      get(`/api/organizations/${id}`),
      get(`/api/reports/engagement/organizations/${id}`),
    ],
    floor: async (c) => {
      await c.app.get(OrganizationsController).get({ id });
      return c.app.get(ReportsController).organization({ id });
    },
    target: { p50: 30 },
  };
}

/** Every read scenario of the chosen groups, in the order the tables list them. */
export function readScenarios(fixtures: Fixtures, only: ReadonlySet<ScenarioGroup>): Scenario[] {
  return [
    ...searchScenarios(),
    ...segmentScenarios(fixtures),
    ...reportScenarios(),
    organizationPage(fixtures),
  ].filter((s) => only.has(s.group));
}
