import type { EngagementSettings, EngagementSubjectType } from '@coalition/contracts';

/*
 * The engagement score as SQL (docs/engagement.md has the formula and a worked example).
 *
 * Reports are a read model across the member tables (organization, contact, attendance,
 * meeting, participation, campaign, outreach_target, interest, issue): like the segments filter
 * compiler, this is a stated exception to "no domain reads another's tables", because scoring
 * every member must run as one statement per subject type instead of loading rows into Node.
 *
 * One statement per subject type: score every current subject (or one, `$15`), upsert
 * engagement_score, and upsert today's row of engagement_score_daily from the upserted rows.
 * Ages are whole days in the database session's time zone: age = today - starts_at::date, where
 * today is current_date, or `$16` when recording the history of a past day.
 * Values never enter the SQL text: settings are parameters $1..$13, the computing time $14, the
 * one subject $15 (or null for all), the day $16 (or null for today).
 */

/** What differs between organizations and contacts. */
interface SubjectSql {
  subjects: string;
  attendedBy: string;
  participant: string;
  targetedAs: string;
  /** Interests and dues: organizations only. */
  organizationOnly: boolean;
  /** For a past day: the subject had joined by then (organizations with a joined-on date). */
  joinedBy: string;
}

/** The day scored: `$16`, a past day when recording history, else the database's today. */
const TODAY = '(SELECT today FROM p)';

const SUBJECTS: Record<EngagementSubjectType, SubjectSql> = {
  organization: {
    subjects: `SELECT o.id, (coalesce(o.annual_dues_cents, 0) > 0 AND o.dues_paid_through >= ${TODAY}) AS dues_current
                 FROM organization o WHERE o.archived_at IS NULL`,
    joinedBy: `(o.joined_on IS NULL OR o.joined_on <= ${TODAY})`,
    attendedBy: 'a.organization_id',
    participant: 'pa.organization_id',
    targetedAs: 't.organization_id',
    organizationOnly: true,
  },
  contact: {
    subjects: `SELECT c.id, false AS dues_current FROM contact c WHERE c.archived_at IS NULL`,
    joinedBy: 'true',
    attendedBy: 'a.contact_id',
    participant: 'pa.contact_id',
    targetedAs: 't.contact_id',
    organizationOnly: false,
  },
};

/** The settings as the statement's parameters $1..$13, in PARAMS order. */
export function scoringParams(settings: EngagementSettings): number[] {
  const { points: p, thresholds: t } = settings;
  return [
    settings.halfLifeDays,
    p.meetingLast90Days,
    p.meetingEarlierInYear,
    p.campaignLeadPartner,
    p.campaignOtherRole,
    p.outreachCommitted,
    p.outreachReached,
    p.interestActive,
    p.interestLeading,
    p.duesCurrent,
    t.core,
    t.active,
    t.occasional,
  ];
}

const PARAMS = `SELECT $1::float8 AS half_life, $2::numeric AS meeting_recent, $3::numeric AS meeting_earlier,
         $4::numeric AS campaign_lead, $5::numeric AS campaign_other, $6::numeric AS outreach_committed,
         $7::numeric AS outreach_reached, $8::numeric AS interest_active, $9::numeric AS interest_leading,
         $10::numeric AS dues_current, $11::numeric AS core, $12::numeric AS active, $13::numeric AS occasional,
         $14::timestamptz AS computed_at, coalesce($16::date, current_date) AS today`;

/** base * 0.5^(age / half-life), summed over the meetings of one window and rounded to hundredths. */
const decayed = (base: string, window: string) =>
  `round(coalesce(sum(${base}::float8 * power(0.5::float8, m.age::float8 / p.half_life)) FILTER (WHERE ${window}), 0)::numeric, 2)`;

/** `current`: score today into engagement_score and today's history row. `history`: only the
 * history row of day `$16` (the demo seed's two years of history). */
export type ScoringMode = 'current' | 'history';

const BAND = `CASE WHEN x.score >= p.core THEN 'core' WHEN x.score >= p.active THEN 'active'
              WHEN x.score >= p.occasional THEN 'occasional' ELSE 'dormant' END`;

/** Writes the current scores, then today's history rows from the rows written. */
function upsertAndHistory(type: EngagementSubjectType, organizationComponents: string): string {
  return `upserted AS (
  INSERT INTO engagement_score (subject_type, subject_id, score, band, components, computed_at)
  SELECT '${type}', x.id, x.score, ${BAND},
         jsonb_build_object(
           'meetingsLast90Days', jsonb_build_object('points', x.recent_points, 'count', x.recent, 'latestDaysAgo', x.recent_latest),
           'meetingsEarlierInYear', jsonb_build_object('points', x.earlier_points, 'count', x.earlier, 'latestDaysAgo', x.earlier_latest),
           'campaigns', jsonb_build_object('points', x.campaign_points, 'leadPartner', x.lead, 'otherRole', x.other),
           'outreach', jsonb_build_object('points', x.outreach_points, 'committed', x.committed, 'reached', x.reached)
           ${organizationComponents}),
         p.computed_at
    FROM scored x CROSS JOIN p
  ON CONFLICT (subject_type, subject_id) DO UPDATE
     SET score = EXCLUDED.score, band = EXCLUDED.band, components = EXCLUDED.components, computed_at = EXCLUDED.computed_at
  RETURNING subject_type, subject_id, score, band
),
history AS (
  INSERT INTO engagement_score_daily (subject_type, subject_id, day, score, band)
  SELECT u.subject_type, u.subject_id, ${TODAY}, u.score, u.band FROM upserted u
  ON CONFLICT (subject_type, subject_id, day) DO UPDATE SET score = EXCLUDED.score, band = EXCLUDED.band
  RETURNING 1
)`;
}

/** Only the history row of the day scored. */
function historyOnly(type: EngagementSubjectType): string {
  return `history AS (
  INSERT INTO engagement_score_daily (subject_type, subject_id, day, score, band)
  SELECT '${type}', x.id, p.today, x.score, ${BAND}
    FROM scored x CROSS JOIN p
  ON CONFLICT (subject_type, subject_id, day) DO UPDATE SET score = EXCLUDED.score, band = EXCLUDED.band
  RETURNING 1
)`;
}

/**
 * The statement scoring `type`. Meetings: each meeting attended counted once per subject (an
 * organization is present when any of its people attended for it), aged 0–364 days.
 */
export function scoringStatement(type: EngagementSubjectType, mode: ScoringMode = 'current'): string {
  const s = SUBJECTS[type];
  const history = mode === 'history';
  // As of a past day, only members who had joined by then and campaigns begun by then count.
  const subjects = history ? `${s.subjects} AND ${s.joinedBy}` : s.subjects;
  const startedBy = history ? ` AND cp.starts_on <= ${TODAY}` : '';
  const interests = s.organizationOnly
    ? `SELECT i.organization_id AS id, count(*) FILTER (WHERE i.level = 'active')::int AS active,
              count(*) FILTER (WHERE i.level = 'leading')::int AS leading
         FROM interest i JOIN issue iss ON iss.id = i.issue_id AND iss.archived_at IS NULL
        WHERE i.level IN ('active', 'leading') AND ($15::uuid IS NULL OR i.organization_id = $15)
        GROUP BY i.organization_id`
    : `SELECT NULL::uuid AS id, 0 AS active, 0 AS leading WHERE false`;
  const organizationComponents = s.organizationOnly
    ? `, 'interests', jsonb_build_object('points', x.interest_points, 'active', x.active_interests, 'leading', x.leading_interests),
       'dues', jsonb_build_object('points', x.dues_points, 'current', x.dues_current)`
    : '';
  return `
WITH p AS (${PARAMS}),
subject AS (SELECT * FROM (${subjects}) sub WHERE $15::uuid IS NULL OR sub.id = $15),
attended AS (
  SELECT DISTINCT ${s.attendedBy} AS id, mt.id AS meeting_id, ${TODAY} - mt.starts_at::date AS age
    FROM meeting mt JOIN attendance a ON a.meeting_id = mt.id AND a.status = 'attended'
   WHERE mt.archived_at IS NULL AND mt.starts_at >= ${TODAY} - 364 AND mt.starts_at < ${TODAY} + 1
     AND ${s.attendedBy} IS NOT NULL AND ($15::uuid IS NULL OR ${s.attendedBy} = $15)
),
meetings AS (
  SELECT m.id,
         count(*) FILTER (WHERE m.age < 90)::int AS recent, min(m.age) FILTER (WHERE m.age < 90) AS recent_latest,
         ${decayed('p.meeting_recent', 'm.age < 90')} AS recent_points,
         count(*) FILTER (WHERE m.age >= 90)::int AS earlier, min(m.age) FILTER (WHERE m.age >= 90) AS earlier_latest,
         ${decayed('p.meeting_earlier', 'm.age >= 90')} AS earlier_points
    FROM attended m CROSS JOIN p
   GROUP BY m.id
),
campaigns AS (
  SELECT r.id, count(*) FILTER (WHERE r.lead)::int AS lead, count(*) FILTER (WHERE NOT r.lead)::int AS other
    FROM (SELECT ${s.participant} AS id, pa.campaign_id, bool_or(pa.role = 'lead_partner') AS lead
            FROM participation pa JOIN campaign cp ON cp.id = pa.campaign_id
           WHERE ${s.participant} IS NOT NULL AND ($15::uuid IS NULL OR ${s.participant} = $15)
             AND cp.archived_at IS NULL AND (cp.ends_on IS NULL OR cp.ends_on > ${TODAY} - 365)${startedBy}
           GROUP BY 1, 2) r
   GROUP BY r.id
),
outreach AS (
  SELECT ${s.targetedAs} AS id, count(*) FILTER (WHERE t.last_outcome = 'committed')::int AS committed,
         count(*) FILTER (WHERE t.last_outcome = 'reached')::int AS reached
    FROM outreach_target t
   WHERE t.last_outcome IN ('committed', 'reached') AND t.last_attempt_at >= ${TODAY} - 364 AND t.last_attempt_at < ${TODAY} + 1
     AND ${s.targetedAs} IS NOT NULL AND ($15::uuid IS NULL OR ${s.targetedAs} = $15)
   GROUP BY 1
),
interests AS (${interests}),
parts AS (
  SELECT sb.id,
         coalesce(m.recent, 0) AS recent, m.recent_latest, coalesce(m.recent_points, 0) AS recent_points,
         coalesce(m.earlier, 0) AS earlier, m.earlier_latest, coalesce(m.earlier_points, 0) AS earlier_points,
         coalesce(c.lead, 0) AS lead, coalesce(c.other, 0) AS other,
         round(coalesce(c.lead, 0) * p.campaign_lead + coalesce(c.other, 0) * p.campaign_other, 2) AS campaign_points,
         coalesce(o.committed, 0) AS committed, coalesce(o.reached, 0) AS reached,
         round(coalesce(o.committed, 0) * p.outreach_committed + coalesce(o.reached, 0) * p.outreach_reached, 2) AS outreach_points,
         coalesce(i.active, 0) AS active_interests, coalesce(i.leading, 0) AS leading_interests,
         round(coalesce(i.active, 0) * p.interest_active + coalesce(i.leading, 0) * p.interest_leading, 2) AS interest_points,
         sb.dues_current, CASE WHEN sb.dues_current THEN round(p.dues_current, 2) ELSE 0 END AS dues_points
    FROM subject sb CROSS JOIN p
    LEFT JOIN meetings m ON m.id = sb.id
    LEFT JOIN campaigns c ON c.id = sb.id
    LEFT JOIN outreach o ON o.id = sb.id
    LEFT JOIN interests i ON i.id = sb.id
),
scored AS (
  SELECT x.*, x.recent_points + x.earlier_points + x.campaign_points + x.outreach_points + x.interest_points + x.dues_points AS score
    FROM parts x
),
${history ? historyOnly(type) : upsertAndHistory(type, organizationComponents)}
SELECT count(*)::int AS scored FROM history`;
}

/** Rows of subjects that are archived or gone (an erased person) leave the current scores. */
export function pruningStatements(type: EngagementSubjectType): string[] {
  const table = type;
  return [
    `DELETE FROM engagement_score e WHERE e.subject_type = '${type}'
        AND NOT EXISTS (SELECT 1 FROM ${table} s WHERE s.id = e.subject_id AND s.archived_at IS NULL)`,
    // History stays for archived subjects (they may be restored), not for ones that are gone.
    `DELETE FROM engagement_score_daily d WHERE d.subject_type = '${type}'
        AND NOT EXISTS (SELECT 1 FROM ${table} s WHERE s.id = d.subject_id)`,
  ];
}
