import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type {
  CampaignDetail,
  CampaignListQuery,
  CampaignProgress,
  CampaignSummary,
  CreateCampaign,
  GoalInput,
  ListResponse,
  UpdateCampaign,
} from '@coalition/contracts';
import { UNIQUE_VIOLATION, violatedConstraint } from '../../common/sql-query';
import { diffChanges } from '../audit/audit-diff';
import { AuditService } from '../audit/audit.service';
import { IssuesService } from '../issues/issues.service';
import { buildContributionSeries } from './campaign-progress';
import {
  campaignDuplicate,
  campaignEndsBeforeStart,
  campaignNotFound,
  campaignVersionConflict,
} from './campaigns.errors';
import { toCampaignDetail, toCampaignSummary } from './campaigns.mapper';
import { CampaignsRepository } from './campaigns.repository';
import { planGoals } from './goal-plan';
import { ParticipationsRepository } from './participations.repository';

const NAME_KEY = 'campaign_name_key';

function duplicateError(error: unknown, name: string): unknown {
  return violatedConstraint(error, UNIQUE_VIOLATION) === NAME_KEY ? campaignDuplicate(name) : error;
}

@Injectable()
export class CampaignsService {
  constructor(
    private readonly repository: CampaignsRepository,
    private readonly participations: ParticipationsRepository,
    private readonly issues: IssuesService,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: CampaignListQuery): Promise<ListResponse<CampaignSummary>> {
    const { rows, total } = await this.repository.list(query);
    return {
      items: rows.map(toCampaignSummary),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** The detail page in three queries: campaign with progress, participants, monthly amounts. */
  async get(id: string, manager?: EntityManager): Promise<CampaignDetail> {
    const row = await this.repository.findById(id, manager);
    if (!row) throw campaignNotFound(id);
    const participants = await this.participations.listForCampaign(id, manager);
    const monthly = await this.repository.monthlyAmounts(id, manager);
    return toCampaignDetail(row, participants, buildContributionSeries(row.goals, monthly));
  }

  /**
   * Progress of every campaign not archived, for the leadership report (docs/reports.md):
   * goal progress, the cumulative series per goal and the members taking part. The report adds
   * the segment filter of each row. Two queries for all campaigns.
   */
  async progressReport(): Promise<Omit<CampaignProgress, 'filter'>[]> {
    const rows = await this.repository.progressRows();
    const monthly = await this.repository.monthlyAmountsOf(rows.map((row) => row.id));
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      kind: row.kind,
      startsOn: row.startsOn,
      endsOn: row.endsOn,
      active: row.active,
      goals: row.goals,
      series: buildContributionSeries(
        row.goals,
        monthly.filter((m) => m.campaignId === row.id),
      ),
      members: row.members,
    }));
  }

  /** For participants and contributions: a 404 unless the campaign exists. */
  async require(manager: EntityManager, id: string): Promise<void> {
    if (!(await this.repository.exists(manager, id))) throw campaignNotFound(id);
  }

  /** The campaign, its issues and its goals, in one transaction. */
  async create(input: CreateCampaign): Promise<CampaignDetail> {
    const { issueIds, goals, ...fields } = input;
    return this.dataSource.transaction(async (manager) => {
      await this.issues.requireAll(issueIds, manager, 'issueIds');
      const id = await this.repository.insert(manager, fields).catch((error: unknown) => {
        throw duplicateError(error, input.name);
      });
      await this.repository.replaceIssues(manager, id, issueIds);
      await this.repository.insertGoals(
        manager,
        id,
        goals.map((goal, position) => ({ ...goal, position })),
      );
      await this.audit.record(manager, {
        action: 'create',
        entityType: 'campaign',
        entityId: id,
        changes: diffChanges(null, input),
      });
      return this.get(id, manager);
    });
  }

  async update(id: string, input: UpdateCampaign): Promise<CampaignDetail> {
    const { version, issueIds, goals, ...fields } = input;
    return this.dataSource.transaction(async (manager) => {
      const current = await this.get(id, manager);
      const startsOn = fields.startsOn ?? current.startsOn;
      const endsOn = fields.endsOn === undefined ? current.endsOn : fields.endsOn;
      if (endsOn !== null && endsOn < startsOn) throw campaignEndsBeforeStart(startsOn);
      const updated = await this.repository
        .updateIfVersion(manager, id, version, fields)
        .catch((error: unknown) => {
          throw duplicateError(error, fields.name ?? current.name);
        });
      if (!updated) throw campaignVersionConflict(current);
      if (issueIds) {
        await this.issues.requireAll(issueIds, manager, 'issueIds');
        await this.repository.replaceIssues(manager, id, issueIds);
      }
      if (goals) await this.replaceGoals(manager, id, goals);
      const sent = { ...fields, ...(issueIds && { issueIds }), ...(goals && { goals }) };
      const before = { ...current, issueIds: current.issues.map((i) => i.id) };
      await this.audit.record(manager, {
        action: 'update',
        entityType: 'campaign',
        entityId: id,
        changes: diffChanges(before, sent),
      });
      return this.get(id, manager);
    });
  }

  /** Archiving hides a campaign from lists but keeps its history; it can be restored. */
  async setArchived(id: string, version: number, archived: boolean): Promise<CampaignDetail> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.get(id, manager);
      const updated = await this.repository.updateIfVersion(manager, id, version, {
        archivedAt: archived ? new Date() : null,
      });
      if (!updated) throw campaignVersionConflict(current);
      await this.audit.record(manager, {
        action: archived ? 'archive' : 'restore',
        entityType: 'campaign',
        entityId: id,
      });
      return this.get(id, manager);
    });
  }

  private async replaceGoals(
    manager: EntityManager,
    campaignId: string,
    goals: GoalInput[],
  ): Promise<void> {
    const plan = planGoals(await this.repository.goalUsage(manager, campaignId), goals);
    await this.repository.deleteGoals(manager, plan.remove);
    for (const { id, ...goal } of plan.update) await this.repository.updateGoal(manager, id, goal);
    await this.repository.insertGoals(manager, campaignId, plan.insert);
  }
}
