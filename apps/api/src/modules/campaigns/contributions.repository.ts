import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { ContributionListQuery, CreateContribution } from '@coalition/contracts';
import { namedQuery } from '../../common/sql-query';
import { ContributionEntity } from './contribution.entity';

export interface ContributionRow {
  id: string;
  campaignId: string;
  goalId: string;
  goalLabel: string;
  unit: string;
  participationId: string | null;
  participantName: string | null;
  amount: number;
  recordedOn: string;
  note: string | null;
  createdAt: Date;
}

// The participant's name, organization or person, joined for display.
const SELECT_CONTRIBUTIONS = `
  SELECT k.id, k.campaign_id AS "campaignId", k.goal_id AS "goalId", g.label AS "goalLabel", g.unit,
         k.participation_id AS "participationId",
         coalesce(o.name, concat_ws(' ', coalesce(c.preferred_name, c.first_name), c.last_name)) AS "participantName",
         k.amount, k.recorded_on AS "recordedOn", k.note, k.created_at AS "createdAt"
  FROM contribution k
  JOIN campaign_goal g ON g.id = k.goal_id
  LEFT JOIN participation p ON p.id = k.participation_id
  LEFT JOIN organization o ON o.id = p.organization_id
  LEFT JOIN contact c ON c.id = p.contact_id`;

function listConditions(campaignId: string, query: ContributionListQuery) {
  const conditions = ['k.campaign_id = :campaignId'];
  const params: Record<string, unknown> = { campaignId };
  if (query.goalId) {
    conditions.push('k.goal_id = ANY(CAST(:goalIds AS uuid[]))');
    params.goalIds = query.goalId;
  }
  if (query.participationId) {
    conditions.push('k.participation_id = ANY(CAST(:participationIds AS uuid[]))');
    params.participationIds = query.participationId;
  }
  return { where: conditions.join(' AND '), params };
}

/** Every query of contributions toward campaign goals. */
@Injectable()
export class ContributionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async list(
    campaignId: string,
    query: ContributionListQuery,
  ): Promise<{ rows: ContributionRow[]; total: number }> {
    const manager = this.dataSource.manager;
    const { where, params } = listConditions(campaignId, query);
    const [{ total }] = await namedQuery<{ total: number }>(
      manager,
      `SELECT count(*)::int AS total FROM contribution k WHERE ${where}`,
      params,
    );
    const rows = await namedQuery<ContributionRow>(
      manager,
      `${SELECT_CONTRIBUTIONS} WHERE ${where}
       ORDER BY k.recorded_on DESC, k.created_at DESC, k.id
       LIMIT :limit OFFSET :offset`,
      { ...params, limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
    );
    return { rows, total };
  }

  async findById(manager: EntityManager, id: string): Promise<ContributionRow | null> {
    const [row] = await namedQuery<ContributionRow>(
      manager,
      `${SELECT_CONTRIBUTIONS} WHERE k.id = :id`,
      { id },
    );
    return row ?? null;
  }

  async goalInCampaign(
    manager: EntityManager,
    campaignId: string,
    goalId: string,
  ): Promise<boolean> {
    const rows = await namedQuery(
      manager,
      `SELECT 1 FROM campaign_goal WHERE id = :goalId AND campaign_id = :campaignId`,
      { goalId, campaignId },
    );
    return rows.length > 0;
  }

  async countForParticipation(manager: EntityManager, participationId: string): Promise<number> {
    const [{ count }] = await namedQuery<{ count: number }>(
      manager,
      `SELECT count(*)::int AS count FROM contribution WHERE participation_id = :participationId`,
      { participationId },
    );
    return count;
  }

  async insert(
    manager: EntityManager,
    campaignId: string,
    input: CreateContribution,
  ): Promise<string> {
    const result = await manager.insert(ContributionEntity, {
      campaignId,
      goalId: input.goalId,
      participationId: input.participationId ?? null,
      amount: input.amount,
      recordedOn: input.recordedOn,
      note: input.note ?? null,
    });
    return (result.identifiers[0] as { id: string }).id;
  }
}
