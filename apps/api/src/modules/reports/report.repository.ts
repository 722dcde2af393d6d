import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type {
  ActivityInterval,
  ActivityPoint,
  BandCounts,
  BreakdownDimension,
  CoverageRow,
  DriftingRow,
  KpiKey,
  ReportPeriod,
} from '@coalition/contracts';

/*
 * Every query of the leadership reports (docs/reports.md), except campaign progress, which the
 * campaigns domain answers through CampaignsService.
 *
 * Reports are a read model across the member tables (organization, municipality, contact,
 * affiliation, meeting, attendance, interest, issue, participation, campaign) and the scores:
 * the same stated exception to "no domain reads another's tables" as the scoring statement in
 * engagement-scoring.sql.ts and the segments filter compiler, because a report counts every
 * member at once and must run as a few statements instead of loading rows into Node. It only
 * reads. Values never enter the SQL text: they are `$n` parameters; what varies in the text
 * (a dimension's source) comes from the constant maps below.
 *
 * "Members" are current (not archived) organizations with an active membership: exactly what
 * memberFilter() selects as a segment, so every count here equals its segment's count.
 */

const MEMBER = `o.archived_at IS NULL AND o.membership_status = 'active'`;

/** The latest history row of organization `o` with a day satisfying `bound` (on `d.day`). */
const latestDaily = (column: string, bound: string) =>
  `(SELECT d.${column} FROM engagement_score_daily d
     WHERE d.subject_type = 'organization' AND d.subject_id = o.id AND ${bound}
     ORDER BY d.day DESC LIMIT 1)`;

/**
 * Both periods' counts in one statement. $1..$4 the periods' ends, $5 today. Meetings count by
 * their start date in the session's time zone (starts_at >= start and < end + 1 day).
 * A period's attended rows are read meeting by meeting through the attended-attendance index
 * (OFFSET 0 keeps the planner from turning that into a hash join over all million rows).
 * newlyDormant looks up the latest row up to the period's end first (CASE fixes the order): only
 * the few dormant ones need the second lookup.
 */
const KPI_COUNTS = `
WITH period (which, start_on, end_on) AS (VALUES (1, $1::date, $2::date), (2, $3::date, $4::date)),
held AS (
  SELECT pr.which, mt.id
    FROM period pr
    JOIN meeting mt ON mt.archived_at IS NULL AND mt.starts_at >= pr.start_on AND mt.starts_at < pr.end_on + 1
),
attended AS (
  SELECT h.which, a.organization_id, count(*) AS attendance
    FROM held h
    CROSS JOIN LATERAL (SELECT a.organization_id FROM attendance a
                         WHERE a.meeting_id = h.id AND a.status = 'attended' OFFSET 0) a
   GROUP BY h.which, a.organization_id
),
totals AS (
  SELECT att.which, sum(att.attendance)::int AS attendance, count(o.id)::int AS "activeMembers"
    FROM attended att LEFT JOIN organization o ON o.id = att.organization_id AND ${MEMBER}
   GROUP BY att.which
)
SELECT pr.which,
  coalesce(t."activeMembers", 0) AS "activeMembers",
  (SELECT count(*) FROM held h WHERE h.which = pr.which)::int AS "meetingsHeld",
  coalesce(t.attendance, 0) AS attendance,
  (SELECT count(*) FROM organization o
    WHERE o.archived_at IS NULL AND o.joined_on BETWEEN pr.start_on AND pr.end_on)::int AS "newMembers",
  (SELECT count(*) FROM organization o
    WHERE o.archived_at IS NULL AND o.annual_dues_cents > 0
      AND o.dues_paid_through BETWEEN pr.start_on AND pr.end_on AND o.dues_paid_through < $5::date)::int AS "lapsedMembers",
  (SELECT count(*) FROM organization o
    WHERE o.archived_at IS NULL
      AND CASE WHEN ${latestDaily('band', 'd.day <= pr.end_on')} = 'dormant'
               THEN ${latestDaily('band', 'd.day < pr.start_on')} <> 'dormant' END)::int AS "newlyDormant"
  FROM period pr
  LEFT JOIN totals t ON t.which = pr.which
 ORDER BY pr.which`;

/** $1 the day compared with, $2 how many rows. */
const DRIFTING = `
SELECT o.id AS "organizationId", o.name, o.city, mu.county,
       b.score::float8 AS "scoreBefore", es.score::float8 AS "scoreNow", (b.score - es.score)::float8 AS drop,
       b.band AS "bandBefore", es.band AS "bandNow"
  FROM organization o
  JOIN municipality mu ON mu.name = o.city
  JOIN engagement_score es ON es.subject_type = 'organization' AND es.subject_id = o.id
  CROSS JOIN LATERAL (SELECT d.score, d.band FROM engagement_score_daily d
                       WHERE d.subject_type = 'organization' AND d.subject_id = o.id AND d.day <= $1::date
                       ORDER BY d.day DESC LIMIT 1) b
 WHERE ${MEMBER} AND es.score < b.score
 ORDER BY b.score - es.score DESC, lower(o.name), o.id
 LIMIT $2`;

/** Members per exact level on each issue not archived; one interest per organization and issue. */
const COVERAGE = `
SELECT s.id AS "issueId", s.title, s.tier, s.rank, s.status,
       count(*) FILTER (WHERE i.level = 'leading')::int AS leading,
       count(*) FILTER (WHERE i.level = 'active')::int AS active,
       count(*) FILTER (WHERE i.level = 'interested')::int AS interested,
       count(o.id)::int AS total,
       count(DISTINCT mu.county)::int AS counties
  FROM issue s
  LEFT JOIN (interest i
             JOIN organization o ON o.id = i.organization_id AND ${MEMBER}
             JOIN municipality mu ON mu.name = o.city) ON i.issue_id = s.id
 WHERE s.archived_at IS NULL
 GROUP BY s.id
 ORDER BY s.tier, s.rank, lower(s.title), s.id`;

/** A breakdown's rows, or `all` members as one row with key ''. */
export type BreakdownSource = BreakdownDimension | 'all';

/**
 * (key, organization id) for every member and every value of the dimension it has, each pair
 * once: the same membership the row's segment condition tests.
 */
const KEYED: Record<BreakdownSource, string> = {
  all: `SELECT '' AS key, o.id FROM organization o WHERE ${MEMBER}`,
  kind: `SELECT o.kind AS key, o.id FROM organization o WHERE ${MEMBER}`,
  county: `SELECT mu.county AS key, o.id FROM organization o JOIN municipality mu ON mu.name = o.city WHERE ${MEMBER}`,
  language: `SELECT DISTINCT l.code AS key, o.id FROM organization o CROSS JOIN LATERAL unnest(o.languages) AS l(code) WHERE ${MEMBER}`,
  issue: `SELECT i.issue_id::text AS key, o.id FROM interest i JOIN organization o ON o.id = i.organization_id WHERE ${MEMBER}`,
  campaign: `SELECT DISTINCT pa.campaign_id::text AS key, o.id
               FROM participation pa JOIN organization o ON o.id = pa.organization_id WHERE ${MEMBER}`,
};

/**
 * $1 the keys, in the order the rows come back. Contacts: current affiliations, as segments pair them.
 * Grouping people on the key in the "C" collation: count(DISTINCT) sorts every (key, person) pair,
 * and comparing keys by the locale's rules made that sort cost twice the rest. Archived people are
 * left out with NOT EXISTS, which reads only the archived (contact_archived_idx), not all contacts.
 */
const breakdownCounts = (source: BreakdownSource) => `
WITH keyed AS NOT MATERIALIZED (SELECT k.key, k.id FROM (${KEYED[source]}) k WHERE k.key = ANY($1::text[])),
scored AS (
  SELECT k.key, count(*)::int AS organizations, round(avg(es.score), 2)::float8 AS "averageScore",
         count(*) FILTER (WHERE es.band = 'core')::int AS core,
         count(*) FILTER (WHERE es.band = 'active')::int AS active,
         count(*) FILTER (WHERE es.band = 'occasional')::int AS occasional,
         count(*) FILTER (WHERE es.band = 'dormant')::int AS dormant
    FROM keyed k
    LEFT JOIN engagement_score es ON es.subject_type = 'organization' AND es.subject_id = k.id
   GROUP BY k.key
),
people AS (
  SELECT k.key COLLATE "C" AS key, count(DISTINCT a.contact_id)::int AS contacts
    FROM keyed k
    JOIN affiliation a ON a.organization_id = k.id AND a.ended_on IS NULL
   WHERE NOT EXISTS (SELECT 1 FROM contact c WHERE c.id = a.contact_id AND c.archived_at IS NOT NULL)
   GROUP BY 1
)
SELECT v.key, coalesce(s.organizations, 0) AS organizations, coalesce(p.contacts, 0) AS contacts, s."averageScore",
       coalesce(s.core, 0) AS core, coalesce(s.active, 0) AS active,
       coalesce(s.occasional, 0) AS occasional, coalesce(s.dormant, 0) AS dormant
  FROM unnest($1::text[]) WITH ORDINALITY AS v(key, position)
  LEFT JOIN scored s ON s.key = v.key
  LEFT JOIN people p ON p.key = v.key
 ORDER BY v.position`;

/** Running campaigns first, then the newest start: the order of the campaign report. */
const CAMPAIGN_VALUES = `
SELECT c.id AS key, c.name AS label FROM campaign c
 WHERE c.archived_at IS NULL
 ORDER BY (c.starts_on <= current_date AND (c.ends_on IS NULL OR c.ends_on >= current_date)) DESC,
          c.starts_on DESC, lower(c.name), c.id`;

const ISSUE_VALUES = `
SELECT s.id AS key, s.title AS label FROM issue s
 WHERE s.archived_at IS NULL ORDER BY s.tier, s.rank, lower(s.title), s.id`;

/**
 * $1 date_trunc's unit, $2 the step, $3 to_char's format of the period's name, $4 how many.
 * Periods end with the current one, cut at today. The average score takes, for each current
 * member, its latest history row within the period.
 * Attendance is first counted per period and organization (a few thousand groups), then summed:
 * counting distinct meetings and members over the ~million joined rows sorted them on disk (3 s).
 * The history rows of the periods are read in one pass and the latest kept per period and member,
 * instead of one index lookup per member and period (86,000 at a network's scale).
 * The periods come from an integer series: the planner knows it yields $4 rows (it guesses
 * 1,000 for a series of timestamps, which made PostgreSQL JIT-compile the query: 0.8 s, not 30 ms).
 */
const ACTIVITY = `
WITH bucket AS (
  SELECT to_char(s.b, $3) AS period, s.b::date AS start_on,
         least((s.b + $2::interval - interval '1 day')::date, current_date) AS end_on
    FROM (SELECT date_trunc($1, current_date::timestamp) - $2::interval * n AS b
            FROM generate_series(0, $4::int - 1) AS n) s
),
member AS (SELECT o.id FROM organization o WHERE ${MEMBER}),
held AS (
  SELECT b.start_on, mt.id
    FROM bucket b
    JOIN meeting mt ON mt.archived_at IS NULL AND mt.starts_at >= b.start_on AND mt.starts_at < b.end_on + 1
),
present AS (
  SELECT h.start_on, a.organization_id, count(*) AS attended
    FROM held h JOIN attendance a ON a.meeting_id = h.id AND a.status = 'attended'
   GROUP BY h.start_on, a.organization_id
),
counted AS (
  SELECT p.start_on, sum(p.attended)::int AS attendance, count(m.id)::int AS "membersPresent"
    FROM present p LEFT JOIN member m ON m.id = p.organization_id
   GROUP BY p.start_on
),
latest AS (
  SELECT DISTINCT ON (b.start_on, d.subject_id) b.start_on, d.score
    FROM bucket b
    JOIN engagement_score_daily d ON d.subject_type = 'organization' AND d.day BETWEEN b.start_on AND b.end_on
    JOIN member m ON m.id = d.subject_id
   ORDER BY b.start_on, d.subject_id, d.day DESC
),
scores AS (SELECT l.start_on, round(avg(l.score), 2)::float8 AS "averageScore" FROM latest l GROUP BY l.start_on)
SELECT b.period, b.start_on AS start, b.end_on AS "end",
       (SELECT count(*) FROM held h WHERE h.start_on = b.start_on)::int AS meetings,
       coalesce(c.attendance, 0) AS attendance,
       coalesce(c."membersPresent", 0) AS "membersPresent", s."averageScore"
  FROM bucket b
  LEFT JOIN counted c ON c.start_on = b.start_on
  LEFT JOIN scores s ON s.start_on = b.start_on
 ORDER BY b.start_on`;

const ACTIVITY_STEPS: Record<ActivityInterval, { unit: string; step: string; format: string; count: number }> = {
  month: { unit: 'month', step: '1 month', format: 'YYYY-MM', count: 24 },
  quarter: { unit: 'quarter', step: '3 months', format: 'YYYY-"Q"Q', count: 8 },
};

export type KpiCounts = Record<KpiKey, number>;

export interface BreakdownCountRow extends BandCounts {
  key: string;
  organizations: number;
  contacts: number;
  averageScore: number | null;
}

export interface BreakdownValue {
  key: string;
  label: string;
}

export type CoverageCountRow = Omit<CoverageRow, 'filters'>;

@Injectable()
export class ReportRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The database session's date: every report's "today". */
  async today(): Promise<string> {
    const [row] = await this.dataSource.query<{ today: string }[]>(`SELECT to_char(current_date, 'YYYY-MM-DD') AS today`);
    return row.today;
  }

  /** The KPI counts of each period, in order. */
  async kpiCounts(periods: [ReportPeriod, ReportPeriod], today: string): Promise<[KpiCounts, KpiCounts]> {
    const [current, previous] = periods;
    const rows = await this.dataSource.query<(KpiCounts & { which: number })[]>(KPI_COUNTS, [
      current.start,
      current.end,
      previous.start,
      previous.end,
      today,
    ]);
    return [rows[0], rows[1]];
  }

  /** `today - days`. */
  async daysAgo(days: number): Promise<string> {
    const [row] = await this.dataSource.query<{ day: string }[]>(
      `SELECT to_char(current_date - $1::int, 'YYYY-MM-DD') AS day`,
      [days],
    );
    return row.day;
  }

  drifting(since: string, limit: number): Promise<DriftingRow[]> {
    return this.dataSource.query<DriftingRow[]>(DRIFTING, [since, limit]);
  }

  coverage(): Promise<CoverageCountRow[]> {
    return this.dataSource.query<CoverageCountRow[]>(COVERAGE);
  }

  /** Issues not archived, by tier and rank. */
  issueValues(): Promise<BreakdownValue[]> {
    return this.dataSource.query<BreakdownValue[]>(ISSUE_VALUES);
  }

  /** Campaigns not archived, running first then newest start. */
  campaignValues(): Promise<BreakdownValue[]> {
    return this.dataSource.query<BreakdownValue[]>(CAMPAIGN_VALUES);
  }

  /** One row per key, in the keys' order; a key no member has comes back with zeros. */
  breakdownCounts(source: BreakdownSource, keys: string[]): Promise<BreakdownCountRow[]> {
    return this.dataSource.query<BreakdownCountRow[]>(breakdownCounts(source), [keys]);
  }

  activity(by: ActivityInterval): Promise<ActivityPoint[]> {
    const { unit, step, format, count } = ACTIVITY_STEPS[by];
    return this.dataSource.query<ActivityPoint[]>(ACTIVITY, [unit, step, format, count]);
  }
}
