import {
  type ConsentChannel,
  type DuesStatus,
  type EngagementBand,
  type EngagementSubjectType,
  type FilterCondition,
  type FilterNode,
  INTEREST_LEVELS,
  type InterestLevel,
  type SegmentFilter,
} from '@coalition/contracts';

/*
 * The one place a segment filter becomes SQL (docs/segments.md).
 *
 * Segments are a read model across the member tables (organization, contact, affiliation,
 * contact_email, contact_phone, interest, issue, participation, municipality, attendance,
 * meeting, engagement_score): this is the one allowed exception to "no domain reads another's
 * tables", because a filter that mixes organizations, contacts, interests, campaigns, meetings
 * and engagement must run as one query to be counted fast.
 *
 * A tree is evaluated over membership pairs (CompiledFilter.pairs below), with these aliases:
 *   p  the pair (p.organization_id, p.contact_id), either of which may be NULL
 *   o  the pair's organization (LEFT JOIN: all columns NULL when there is none)
 *   c  the pair's contact (LEFT JOIN: likewise)
 * Values never enter the SQL text: every one is a `$n` parameter; column names and fixed
 * expressions come from the constant maps below, chosen by the condition's `field`.
 */

/**
 * A filter evaluated over membership pairs: every (organization, contact) pair where the contact
 * holds a current affiliation at the organization; (organization, NULL) for an organization with
 * no current contact, and (NULL, contact) for a person affiliated nowhere. Archived rows are
 * left out on both sides, so an organization whose only contact is archived becomes
 * (organization, NULL).
 */
export interface CompiledFilter {
  /**
   * `FROM` text: the pairs the filter selects, as `p` (organization_id, contact_id), with the
   * pair's organization `o` and contact `c` LEFT JOINed (all columns NULL on a missing side).
   */
  pairs: string;
  /** The filter as one boolean expression over a pair that has both sides (o and c). */
  where: string;
  params: unknown[];
}

/** Which sides the pairs of a branch have. */
type Side = 'both' | 'organization' | 'contact';

/**
 * The filter is applied inside each kind of pair, not over their union: there the planner sees
 * `o.kind = ANY(...)` or an EXISTS on interest as a condition on the organization table and can
 * start from the few organizations it selects, instead of building every pair of the network
 * first. A condition on the side a pair lacks is false there, as it would be on NULL columns.
 */
function pairsFrom(where: Record<Side, string>): string {
  const branches = [
    where.both !== 'false' &&
      `SELECT DISTINCT a.organization_id, a.contact_id
         FROM affiliation a
         JOIN organization o ON o.id = a.organization_id AND o.archived_at IS NULL
         JOIN contact c ON c.id = a.contact_id AND c.archived_at IS NULL
        WHERE a.ended_on IS NULL AND ${where.both}`,
    where.organization !== 'false' &&
      `SELECT o.id, NULL::uuid
         FROM organization o
        WHERE o.archived_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM affiliation sa JOIN contact sc ON sc.id = sa.contact_id AND sc.archived_at IS NULL
                           WHERE sa.organization_id = o.id AND sa.ended_on IS NULL)
          AND ${where.organization}`,
    where.contact !== 'false' &&
      `SELECT NULL::uuid, c.id
         FROM contact c
        WHERE c.archived_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM affiliation sa JOIN organization so ON so.id = sa.organization_id AND so.archived_at IS NULL
                           WHERE sa.contact_id = c.id AND sa.ended_on IS NULL)
          AND ${where.contact}`,
  ].filter((branch): branch is string => typeof branch === 'string');
  const union = branches.length ? branches.join('\n  UNION ALL\n') : 'SELECT NULL::uuid, NULL::uuid WHERE false';
  return `(${union}) p(organization_id, contact_id)
LEFT JOIN organization o ON o.id = p.organization_id
LEFT JOIN contact c ON c.id = p.contact_id`;
}

const CONSENT_COLUMNS: Record<ConsentChannel, string> = {
  email: 'c.consent_email_granted',
  sms: 'c.consent_sms_granted',
  phone: 'c.consent_phone_granted',
};

/** Dues are owed when annual dues are set above zero; they are current while paid through today. */
const DUES_EXPRESSIONS: Record<DuesStatus, string> = {
  none: '(o.annual_dues_cents IS NULL OR o.annual_dues_cents = 0)',
  current: '(o.annual_dues_cents > 0 AND o.dues_paid_through >= current_date)',
  overdue:
    '(o.annual_dues_cents > 0 AND (o.dues_paid_through IS NULL OR o.dues_paid_through < current_date))',
};

/** `minLevel` and every stronger level (interested < active < leading). */
export function levelsAtLeast(minLevel: InterestLevel): InterestLevel[] {
  return INTEREST_LEVELS.slice(INTEREST_LEVELS.indexOf(minLevel));
}

/** Collects parameters and hands out their `$n` placeholders. */
class Params {
  readonly values: unknown[] = [];
  constructor(private readonly offset: number) {}

  add(value: unknown, cast: string): string {
    this.values.push(value);
    return `$${this.offset + this.values.length}::${cast}`;
  }
}

/**
 * Compiles a filter tree into the pairs it selects. `firstParam` is the number of the first
 * placeholder, for queries that have parameters of their own before it. Each condition is
 * compiled once; its text (and its parameters) serve every kind of pair.
 */
export function compileFilter(filter: SegmentFilter, firstParam = 1): CompiledFilter {
  const params = new Params(firstParam - 1);
  const conditions = new Map<FilterCondition, string>();
  const conditionSql = (condition: FilterCondition) => {
    const known = conditions.get(condition);
    if (known !== undefined) return known;
    const sql = compileCondition(condition, params);
    conditions.set(condition, sql);
    return sql;
  };
  const where = {
    both: compileNode(filter, 'both', conditionSql),
    organization: compileNode(filter, 'organization', conditionSql),
    contact: compileNode(filter, 'contact', conditionSql),
  };
  return { pairs: pairsFrom(where), where: where.both, params: params.values };
}

/** The sides a condition reads: a person's role is held at the pair's organization. */
function sidesOf(condition: FilterCondition): Side[] {
  if (condition.field === 'contact.role') return ['both'];
  return condition.field.startsWith('organization.') ? ['both', 'organization'] : ['both', 'contact'];
}

/** The node over pairs of `side`, with what cannot hold there folded to `false`. */
function compileNode(node: FilterNode, side: Side, conditionSql: (c: FilterCondition) => string): string {
  if (node.type !== 'group') return sidesOf(node).includes(side) ? `(${conditionSql(node)})` : 'false';
  const parts = node.children.map((child) => compileNode(child, side, conditionSql));
  if (node.op === 'and') return parts.includes('false') ? 'false' : `(${parts.join(' AND ')})`;
  const possible = parts.filter((part) => part !== 'false');
  return possible.length ? `(${possible.join(' OR ')})` : 'false';
}

function compileCondition(condition: FilterCondition, params: Params): string {
  switch (condition.field) {
    case 'organization.kind':
      return `o.kind = ANY(${params.add(condition.values, 'text[]')})`;
    case 'organization.status':
      return `o.membership_status = ANY(${params.add(condition.values, 'text[]')})`;
    case 'organization.county':
      return `o.city IN (SELECT mu.name FROM municipality mu WHERE mu.county = ANY(${params.add(condition.values, 'text[]')}))`;
    case 'organization.city':
      return `o.city = ANY(${params.add(condition.values, 'text[]')})`;
    case 'organization.tag':
      return `o.tags && ${params.add(condition.values, 'text[]')}`;
    case 'organization.language':
      return `o.languages && ${params.add(condition.values, 'text[]')}`;
    case 'organization.interest':
      return interestCondition(condition, params);
    case 'organization.issueTier':
      return `EXISTS (SELECT 1 FROM interest i JOIN issue s ON s.id = i.issue_id AND s.archived_at IS NULL
        WHERE i.organization_id = o.id AND s.tier = ANY(${params.add(condition.tiers, 'int[]')})
          AND i.level = ANY(${params.add(levelsAtLeast(condition.minLevel), 'text[]')}))`;
    case 'organization.campaign': {
      const roles = condition.roles ? ` AND pa.role = ANY(${params.add(condition.roles, 'text[]')})` : '';
      return `EXISTS (SELECT 1 FROM participation pa WHERE pa.organization_id = o.id
        AND pa.campaign_id = ANY(${params.add(condition.campaignIds, 'uuid[]')})${roles})`;
    }
    case 'organization.dues':
      return `(${condition.values.map((status) => DUES_EXPRESSIONS[status]).join(' OR ')})`;
    case 'organization.lastMeeting':
      return lastMeetingCondition(condition, 'organization', 'o.id', params);
    case 'organization.engagementBand':
      return engagementBandCondition('organization', 'o.id', condition.values, params);
    case 'contact.language':
      return `c.languages && ${params.add(condition.values, 'text[]')}`;
    case 'contact.role':
      return `EXISTS (SELECT 1 FROM affiliation ra WHERE ra.contact_id = c.id AND ra.organization_id = o.id
        AND ra.ended_on IS NULL AND ra.role = ANY(${params.add(condition.values, 'text[]')}))`;
    case 'contact.consent':
      return `(${condition.channels.map((channel) => `${CONSENT_COLUMNS[channel]} = true`).join(' AND ')})`;
    case 'contact.hasEmail':
      return `${condition.value ? '' : 'NOT '}EXISTS (SELECT 1 FROM contact_email ce WHERE ce.contact_id = c.id)`;
    case 'contact.hasPhone':
      return `${condition.value ? '' : 'NOT '}EXISTS (SELECT 1 FROM contact_phone cp WHERE cp.contact_id = c.id)`;
    case 'contact.tag':
      return `c.tags && ${params.add(condition.values, 'text[]')}`;
    case 'contact.lastMeeting':
      return lastMeetingCondition(condition, 'contact', 'c.id', params);
    case 'contact.engagementBand':
      return engagementBandCondition('contact', 'c.id', condition.values, params);
  }
}

/**
 * The subject's current score (docs/engagement.md) is in one of the bands. A member with no
 * score row yet (created since the last recompute) matches no band, not even dormant.
 * The subject type and id column are fixed by the case, never input; the bands are a parameter.
 */
function engagementBandCondition(
  subjectType: EngagementSubjectType,
  subjectId: string,
  bands: EngagementBand[],
  params: Params,
): string {
  return `EXISTS (SELECT 1 FROM engagement_score es WHERE es.subject_type = '${subjectType}'
        AND es.subject_id = ${subjectId} AND es.band = ANY(${params.add(bands, 'text[]')}))`;
}

type InterestCondition = Extract<FilterCondition, { field: 'organization.interest' }>;

/** Any: one qualifying interest among the issues. All: no listed issue lacks one. */
function interestCondition(condition: InterestCondition, params: Params): string {
  const levels = params.add(levelsAtLeast(condition.minLevel), 'text[]');
  const issues = params.add(condition.issueIds, 'uuid[]');
  if (condition.match === 'any') {
    return `EXISTS (SELECT 1 FROM interest i WHERE i.organization_id = o.id
        AND i.issue_id = ANY(${issues}) AND i.level = ANY(${levels}))`;
  }
  return `NOT EXISTS (SELECT 1 FROM unnest(${issues}) AS wanted(issue_id) WHERE NOT EXISTS (
        SELECT 1 FROM interest i WHERE i.organization_id = o.id
          AND i.issue_id = wanted.issue_id AND i.level = ANY(${levels})))`;
}

type LastMeetingCondition = Extract<FilterCondition, { field: 'organization.lastMeeting' | 'contact.lastMeeting' }>;

/**
 * The start date of the last meeting attended (status attended, meeting not archived) by the
 * pair's organization (its people counted for it) or contact, as the triggers keep it in
 * last_meeting_attended (migration 1764000001100). None for who never came, so a date bound is
 * false and only `never` holds for them. EXISTS, so that at the top of a tree the planner joins
 * the table instead of looking it up pair by pair.
 */
function lastMeetingCondition(condition: LastMeetingCondition, subjectType: EngagementSubjectType, subjectId: string, params: Params): string {
  const attended = `FROM last_meeting_attended la WHERE la.subject_type = '${subjectType}' AND la.subject_id = ${subjectId}`;
  if (condition.never) return `NOT EXISTS (SELECT 1 ${attended})`;
  const { after, before } = condition;
  const bound =
    after !== undefined && before !== undefined
      ? `BETWEEN ${params.add(after, 'date')} AND ${params.add(before, 'date')}`
      : after !== undefined
        ? `>= ${params.add(after, 'date')}`
        : `<= ${params.add(before, 'date')}`;
  return `EXISTS (SELECT 1 ${attended} AND la.attended_on ${bound})`;
}
