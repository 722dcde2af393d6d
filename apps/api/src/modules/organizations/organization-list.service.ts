import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import type {
  ListResponse,
  OrganizationListQuery,
  OrganizationSummary,
} from '@coalition/contracts';
import { exportFileName, streamCsv } from '../../common/csv-export';
import { AuditService } from '../audit/audit.service';
import { ParticipationsService } from '../campaigns/participations.service';
import { InterestsService } from '../issues/interests.service';
import { ORGANIZATION_EXPORT_COLUMNS } from './organization-export';
import type { OrganizationListFilter } from './organizations.repository';
import { OrganizationsService } from './organizations.service';

/**
 * The organization list with every filter. Interests and participation belong to the issues
 * and campaigns domains: their services name the organizations that match, and the
 * organizations domain lists those (one query, with its own filters and order).
 */
@Injectable()
export class OrganizationListService {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly interests: InterestsService,
    private readonly participations: ParticipationsService,
    private readonly audit: AuditService,
  ) {}

  async list(query: OrganizationListQuery): Promise<ListResponse<OrganizationSummary>> {
    return this.organizations.list(await this.resolve(query));
  }

  /**
   * The whole filtered list as CSV. The export is audited (filter and row count) before the
   * first row is sent, so no copy of member data leaves without a trace.
   */
  async exportCsv(query: OrganizationListQuery, res: Response): Promise<void> {
    const { total, batches } = await this.organizations.allPages(await this.resolve(query));
    // The audit keeps the filter that chose the rows; paging does not apply to an export.
    const filter = Object.fromEntries(Object.entries(query).filter(([key]) => key !== 'page' && key !== 'pageSize'));
    await this.audit.recordAlone({ action: 'export', entityType: 'organization', details: { format: 'csv', filter, rows: total } });
    await streamCsv(res, exportFileName('organizations'), ORGANIZATION_EXPORT_COLUMNS, batches);
  }

  private async resolve(query: OrganizationListQuery): Promise<OrganizationListFilter> {
    const { issueId, minLevel, campaignId, role, ...own } = query;
    const [byIssue, byCampaign] = await Promise.all([
      issueId ? this.interests.organizationIdsWith(issueId, minLevel) : undefined,
      campaignId ? this.participations.organizationIdsIn(campaignId, role) : undefined,
    ]);
    const idSets = [byIssue, byCampaign].filter((ids) => ids !== undefined);
    return { ...own, idSets };
  }
}
