import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type {
  Contribution,
  ContributionListQuery,
  CreateContribution,
  ListResponse,
} from '@coalition/contracts';
import { diffChanges } from '../audit/audit-diff';
import { AuditService } from '../audit/audit.service';
import {
  contributionGoalNotInCampaign,
  contributionParticipationNotInCampaign,
} from './campaigns.errors';
import { toContribution } from './campaigns.mapper';
import { CampaignsService } from './campaigns.service';
import { ContributionsRepository } from './contributions.repository';
import { ParticipationsRepository } from './participations.repository';

/** Dated amounts toward a campaign's goals; a goal's progress is their sum. */
@Injectable()
export class ContributionsService {
  constructor(
    private readonly repository: ContributionsRepository,
    private readonly participations: ParticipationsRepository,
    private readonly campaigns: CampaignsService,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(
    campaignId: string,
    query: ContributionListQuery,
  ): Promise<ListResponse<Contribution>> {
    await this.campaigns.require(this.dataSource.manager, campaignId);
    const { rows, total } = await this.repository.list(campaignId, query);
    return { items: rows.map(toContribution), total, page: query.page, pageSize: query.pageSize };
  }

  /** The goal and the participation must both belong to this campaign (the schema enforces it too). */
  async add(campaignId: string, input: CreateContribution): Promise<Contribution> {
    return this.dataSource.transaction(async (manager) => {
      await this.campaigns.require(manager, campaignId);
      if (!(await this.repository.goalInCampaign(manager, campaignId, input.goalId))) {
        throw contributionGoalNotInCampaign(input.goalId);
      }
      if (
        input.participationId &&
        !(await this.participations.find(manager, campaignId, input.participationId))
      ) {
        throw contributionParticipationNotInCampaign(input.participationId);
      }
      const id = await this.repository.insert(manager, campaignId, input);
      const details = { campaignId };
      await this.audit.record(manager, {
        action: 'create',
        entityType: 'contribution',
        entityId: id,
        changes: diffChanges(null, input),
        details,
      });
      const row = await this.repository.findById(manager, id);
      if (!row) throw new Error('contribution vanished inside its own transaction');
      return toContribution(row);
    });
  }
}
