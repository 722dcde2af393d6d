import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type {
  CampaignIssue,
  CampaignKind,
  CampaignListQuery,
  CampaignSortField,
  CreateCampaign,
  CreateGoal,
  GoalProgress,
  UpdateCampaign,
} from '@coalition/contracts';
import { likeContains, namedQuery } from '../../common/sql-query';
import { CampaignGoalEntity } from './campaign-goal.entity';
import { CampaignIssueEntity } from './campaign-issue.entity';
import { CampaignEntity } from './campaign.entity';

/** A campaign as read for the API, with its issues, goal progress and participant count. */
export interface CampaignRow {
  id: string;
  name: string;
  summary: string | null;
  kind: CampaignKind;
  startsOn: string;
  endsOn: string | null;
  active: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
  issues: CampaignIssue[];
  goals: GoalProgress[];
  participantCount: number;
}

export interface GoalUsage {
  id: string;
  label: string;
  contributions: number;
}

export interface MonthlyAmount {
  goalId: string;
  month: string;
  amount: number;
}

/** A campaign in the leadership report (docs/reports.md), with the members taking part. */
export interface CampaignProgressRow extends CampaignRow {
  /** Current organizations with an active membership, in any role. */
  members: number;
}

export type CampaignChanges = Omit<UpdateCampaign, 'version' | 'goals' | 'issueIds'> & {
  archivedAt?: Date | null;
};

const SORT_COLUMNS: Record<CampaignSortField, string> = {
  name: 'lower(c.name)',
  kind: 'c.kind',
  startsOn: 'c.starts_on',
  endsOn: 'c.ends_on',
};

const ACTIVE = '(c.starts_on <= current_date AND (c.ends_on IS NULL OR c.ends_on >= current_date))';

// Progress is summed in SQL per goal; percent is rounded down (integer division), so a goal
// shows 100 only once it is met. One round trip for a whole page.
const SELECT_CAMPAIGNS = `
  SELECT c.id, c.name, c.summary, c.kind, c.starts_on AS "startsOn", c.ends_on AS "endsOn",
         ${ACTIVE} AS active, c.version,
         c.created_at AS "createdAt", c.updated_at AS "updatedAt", c.archived_at AS "archivedAt",
         COALESCE(ci.issues, '[]'::json) AS issues,
         COALESCE(g.goals, '[]'::json) AS goals,
         p.participants AS "participantCount"
  FROM campaign c
  LEFT JOIN LATERAL (
    SELECT json_agg(json_build_object('id', i.id, 'title', i.title, 'tier', i.tier, 'status', i.status)
                    ORDER BY i.tier, i.rank, i.title) AS issues
    FROM campaign_issue x JOIN issue i ON i.id = x.issue_id
    WHERE x.campaign_id = c.id
  ) ci ON true
  LEFT JOIN LATERAL (
    SELECT json_agg(json_build_object('goalId', g.id, 'label', g.label, 'unit', g.unit, 'target', g.target,
                                      'achieved', s.achieved, 'percent', s.achieved * 100 / g.target)
                    ORDER BY g.position, g.created_at, g.id) AS goals
    FROM campaign_goal g
    CROSS JOIN LATERAL (SELECT COALESCE(sum(amount), 0)::bigint AS achieved FROM contribution WHERE goal_id = g.id) s
    WHERE g.campaign_id = c.id
  ) g ON true
  CROSS JOIN LATERAL (SELECT count(*)::int AS participants FROM participation WHERE campaign_id = c.id) p`;

function listConditions(query: CampaignListQuery): {
  where: string;
  params: Record<string, unknown>;
} {
  const conditions = ['c.archived_at IS NULL'];
  const params: Record<string, unknown> = {};
  if (query.q) {
    conditions.push(
      `(search_key(c.name) LIKE search_key(:q) OR search_key(COALESCE(c.summary, '')) LIKE search_key(:q))`,
    );
    params.q = likeContains(query.q);
  }
  if (query.kind) {
    conditions.push('c.kind = ANY(CAST(:kinds AS text[]))');
    params.kinds = query.kind;
  }
  if (query.issueId) {
    conditions.push(`EXISTS (SELECT 1 FROM campaign_issue fx WHERE fx.campaign_id = c.id
                             AND fx.issue_id = ANY(CAST(:issueIds AS uuid[])))`);
    params.issueIds = query.issueId;
  }
  if (query.active !== undefined) {
    conditions.push(`${ACTIVE} = CAST(:active AS boolean)`);
    params.active = query.active;
  }
  return { where: conditions.join(' AND '), params };
}

/** Every query of campaigns, their issues and their goals. */
@Injectable()
export class CampaignsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: CampaignListQuery): Promise<{ rows: CampaignRow[]; total: number }> {
    const manager = this.dataSource.manager;
    const { where, params } = listConditions(query);
    const [{ total }] = await namedQuery<{ total: number }>(
      manager,
      `SELECT count(*)::int AS total FROM campaign c WHERE ${where}`,
      params,
    );
    const descending = query.sort.startsWith('-');
    const field = query.sort.replace(/^-/, '') as CampaignSortField;
    const rows = await namedQuery<CampaignRow>(
      manager,
      `${SELECT_CAMPAIGNS} WHERE ${where}
       ORDER BY ${SORT_COLUMNS[field]} ${descending ? 'DESC' : 'ASC'} NULLS LAST, lower(c.name), c.id
       LIMIT :limit OFFSET :offset`,
      { ...params, limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
    );
    return { rows, total };
  }

  async findById(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CampaignRow | null> {
    const [row] = await namedQuery<CampaignRow>(manager, `${SELECT_CAMPAIGNS} WHERE c.id = :id`, {
      id,
    });
    return row ?? null;
  }

  async exists(manager: EntityManager, id: string): Promise<boolean> {
    const rows = await namedQuery<{ id: string }>(
      manager,
      `SELECT id FROM campaign WHERE id = :id`,
      { id },
    );
    return rows.length > 0;
  }

  /** Contributions per goal and calendar month, oldest first: the raw material of the chart. */
  monthlyAmounts(
    campaignId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<MonthlyAmount[]> {
    return namedQuery<MonthlyAmount>(
      manager,
      `SELECT goal_id AS "goalId", to_char(recorded_on, 'YYYY-MM') AS month, sum(amount)::bigint AS amount
       FROM contribution WHERE campaign_id = :campaignId
       GROUP BY goal_id, to_char(recorded_on, 'YYYY-MM')
       ORDER BY month, goal_id`,
      { campaignId },
    );
  }

  /**
   * Every campaign not archived, running ones first, then the newest start; each with its goal
   * progress and how many members take part in any role (as the segment condition
   * organization.campaign counts them, restricted to active memberships).
   */
  progressRows(): Promise<CampaignProgressRow[]> {
    return namedQuery<CampaignProgressRow>(
      this.dataSource.manager,
      `SELECT x.*, m.members
       FROM (${SELECT_CAMPAIGNS} WHERE c.archived_at IS NULL) x
       CROSS JOIN LATERAL (
         SELECT count(DISTINCT pa.organization_id)::int AS members
         FROM participation pa
         JOIN organization o ON o.id = pa.organization_id AND o.archived_at IS NULL AND o.membership_status = 'active'
         WHERE pa.campaign_id = x.id
       ) m
       ORDER BY x.active DESC, x."startsOn" DESC, lower(x.name), x.id`,
    );
  }

  /** monthlyAmounts() of several campaigns in one query. */
  monthlyAmountsOf(campaignIds: string[]): Promise<(MonthlyAmount & { campaignId: string })[]> {
    return namedQuery<MonthlyAmount & { campaignId: string }>(
      this.dataSource.manager,
      `SELECT campaign_id AS "campaignId", goal_id AS "goalId", to_char(recorded_on, 'YYYY-MM') AS month,
              sum(amount)::bigint AS amount
       FROM contribution WHERE campaign_id = ANY(CAST(:campaignIds AS uuid[]))
       GROUP BY campaign_id, goal_id, to_char(recorded_on, 'YYYY-MM')
       ORDER BY month, goal_id`,
      { campaignIds },
    );
  }

  async insert(
    manager: EntityManager,
    data: Omit<CreateCampaign, 'goals' | 'issueIds'>,
  ): Promise<string> {
    const result = await manager.insert(CampaignEntity, data);
    return (result.identifiers[0] as { id: string }).id;
  }

  /** Applies `changes` only if the row is still at `version`; false when it is not (or gone). */
  async updateIfVersion(
    manager: EntityManager,
    id: string,
    version: number,
    changes: CampaignChanges,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(CampaignEntity)
      .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  async replaceIssues(
    manager: EntityManager,
    campaignId: string,
    issueIds: string[],
  ): Promise<void> {
    await manager.delete(CampaignIssueEntity, { campaignId });
    if (issueIds.length)
      await manager.insert(
        CampaignIssueEntity,
        issueIds.map((issueId) => ({ campaignId, issueId })),
      );
  }

  /** The campaign's goals with how many contributions each has (a goal with some must not go). */
  goalUsage(manager: EntityManager, campaignId: string): Promise<GoalUsage[]> {
    return namedQuery<GoalUsage>(
      manager,
      `SELECT g.id, g.label, (SELECT count(*)::int FROM contribution k WHERE k.goal_id = g.id) AS contributions
       FROM campaign_goal g WHERE g.campaign_id = :campaignId`,
      { campaignId },
    );
  }

  async insertGoals(
    manager: EntityManager,
    campaignId: string,
    goals: (CreateGoal & { position: number })[],
  ): Promise<void> {
    if (goals.length)
      await manager.insert(
        CampaignGoalEntity,
        goals.map((g) => ({ ...g, campaignId })),
      );
  }

  async updateGoal(
    manager: EntityManager,
    id: string,
    goal: CreateGoal & { position: number },
  ): Promise<void> {
    await manager.update(CampaignGoalEntity, { id }, { ...goal, updatedAt: () => 'now()' });
  }

  async deleteGoals(manager: EntityManager, ids: string[]): Promise<void> {
    if (ids.length)
      await namedQuery(manager, `DELETE FROM campaign_goal WHERE id = ANY(CAST(:ids AS uuid[]))`, {
        ids,
      });
  }
}
