import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  INTEREST_LEVELS,
  type InterestLevel,
  type OrganizationInterest,
  type PutInterest,
} from '@coalition/contracts';
import { diffChanges } from '../audit/audit-diff';
import { AuditService } from '../audit/audit.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { InterestsRepository } from './interests.repository';
import { toOrganizationInterest } from './issues.mapper';
import { IssuesService } from './issues.service';

/** An interest has no id of its own; the audit trail names it by its pair. */
function interestKey(organizationId: string, issueId: string): string {
  return `${organizationId}:${issueId}`;
}

/** Organizations' interests in issues, reached from the organization's side. */
@Injectable()
export class InterestsService {
  constructor(
    private readonly repository: InterestsRepository,
    private readonly organizations: OrganizationsService,
    private readonly issues: IssuesService,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * The organizations standing on any of `issueIds` at `minLevel` or stronger (leading counts
   * as active, active as interested), for lists filtered by issue.
   */
  organizationIdsWith(issueIds: string[], minLevel: InterestLevel = 'interested'): Promise<string[]> {
    const levels = INTEREST_LEVELS.slice(INTEREST_LEVELS.indexOf(minLevel));
    return this.repository.organizationIdsWith(issueIds, levels);
  }

  async listForOrganization(organizationId: string): Promise<OrganizationInterest[]> {
    await this.organizations.get(organizationId);
    const rows = await this.repository.listForOrganization(organizationId);
    return rows.map(toOrganizationInterest);
  }

  /** Declares or replaces the interest; an unknown organization or issue is a 404 naming it. */
  async put(
    organizationId: string,
    issueId: string,
    input: PutInterest,
  ): Promise<OrganizationInterest> {
    return this.dataSource.transaction(async (manager) => {
      await this.organizations.get(organizationId, manager);
      await this.issues.require(issueId, manager);
      const before = await this.repository.find(manager, organizationId, issueId);
      await this.repository.upsert(manager, organizationId, issueId, input);
      const row = await this.repository.find(manager, organizationId, issueId);
      if (!row) throw new Error('interest vanished inside its own transaction');
      const { level, note, confirmedOn } = row;
      await this.audit.record(manager, {
        action: before ? 'update' : 'create',
        entityType: 'interest',
        entityId: interestKey(organizationId, issueId),
        changes: diffChanges(before, { level, note, confirmedOn }),
        details: { organizationId, issueId },
      });
      return toOrganizationInterest(row);
    });
  }

  /** Idempotent: removing an interest that is not there leaves the same state, so it is a 204 too. */
  async remove(organizationId: string, issueId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.organizations.get(organizationId, manager);
      await this.issues.require(issueId, manager);
      const before = await this.repository.find(manager, organizationId, issueId);
      if (!before) return;
      await this.repository.remove(manager, organizationId, issueId);
      await this.audit.record(manager, {
        action: 'delete',
        entityType: 'interest',
        entityId: interestKey(organizationId, issueId),
        details: { organizationId, issueId, level: before.level },
      });
    });
  }
}
