import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type {
  CreateParticipation,
  OrganizationCampaign,
  Participant,
  ParticipationRole,
  UpdateParticipation,
} from '@coalition/contracts';
import {
  FOREIGN_KEY_VIOLATION,
  UNIQUE_VIOLATION,
  violatedConstraint,
} from '../../common/sql-query';
import { diffChanges } from '../audit/audit-diff';
import { AuditService } from '../audit/audit.service';
import { OrganizationsService } from '../organizations/organizations.service';
import {
  participantOrganizationNotFound,
  participationDuplicate,
  participationHasContributions,
  participationNotFound,
} from './campaigns.errors';
import { toOrganizationCampaign, toParticipant } from './campaigns.mapper';
import { CampaignsService } from './campaigns.service';
import { ContributionsRepository } from './contributions.repository';
import { type ParticipantRow, ParticipationsRepository } from './participations.repository';
import { DomainError } from '../../common/domain-error';

/** Turns a refused participation write into the domain's 404 / 409. */
function participationError(
  error: unknown,
  input: { organizationId?: string; contactId?: string; role: string },
): unknown {
  const foreignKey = violatedConstraint(error, FOREIGN_KEY_VIOLATION);
  if (foreignKey === 'participation_organization_fkey') {
    return participantOrganizationNotFound(input.organizationId ?? '');
  }
  if (foreignKey === 'participation_contact_fkey') {
    return new DomainError('not_found', 'participant_contact_not_found', `No contact has the id ${input.contactId ?? ''}`, [
      { path: 'contactId', message: 'is not a known contact' },
    ]);
  }
  const unique = violatedConstraint(error, UNIQUE_VIOLATION);
  if (unique === 'participation_organization_role_key')
    return participationDuplicate('organizationId', input.role);
  if (unique === 'participation_contact_role_key')
    return participationDuplicate('contactId', input.role);
  return error;
}

/** Who takes part in a campaign, and the campaigns an organization takes part in. */
@Injectable()
export class ParticipationsService {
  constructor(
    private readonly repository: ParticipationsRepository,
    private readonly contributions: ContributionsRepository,
    private readonly campaigns: CampaignsService,
    private readonly organizations: OrganizationsService,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Contact participation is accepted by id; the contact's existence is checked once contacts are integrated. */
  async add(campaignId: string, input: CreateParticipation): Promise<Participant> {
    return this.dataSource.transaction(async (manager) => {
      await this.campaigns.require(manager, campaignId);
      const id = await this.repository
        .insert(manager, campaignId, input)
        .catch((error: unknown) => {
          throw participationError(error, input);
        });
      const details = { campaignId };
      await this.audit.record(manager, {
        action: 'create',
        entityType: 'participation',
        entityId: id,
        changes: diffChanges(null, input),
        details,
      });
      return toParticipant(await this.find(manager, campaignId, id));
    });
  }

  async update(
    campaignId: string,
    participationId: string,
    input: UpdateParticipation,
  ): Promise<Participant> {
    return this.dataSource.transaction(async (manager) => {
      await this.campaigns.require(manager, campaignId);
      const current = await this.find(manager, campaignId, participationId);
      await this.repository.update(manager, participationId, input).catch((error: unknown) => {
        throw participationError(error, {
          organizationId: current.organizationId ?? undefined,
          role: input.role ?? current.role,
        });
      });
      await this.audit.record(manager, {
        action: 'update',
        entityType: 'participation',
        entityId: participationId,
        changes: diffChanges(current, input),
        details: { campaignId },
      });
      return toParticipant(await this.find(manager, campaignId, participationId));
    });
  }

  /** A participant who contributed toward a goal stays: removing it would orphan its numbers. */
  async remove(campaignId: string, participationId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.campaigns.require(manager, campaignId);
      const current = await this.find(manager, campaignId, participationId);
      const count = await this.contributions.countForParticipation(manager, participationId);
      if (count > 0) throw participationHasContributions(count);
      await this.repository.remove(manager, participationId);
      const { organizationId, contactId, role } = current;
      await this.audit.record(manager, {
        action: 'delete',
        entityType: 'participation',
        entityId: participationId,
        details: { campaignId, organizationId, contactId, role },
      });
    });
  }

  /** The organizations taking part in any of `campaignIds`, in any role or one of `roles`, for filtered lists. */
  organizationIdsIn(campaignIds: string[], roles?: ParticipationRole[]): Promise<string[]> {
    return this.repository.organizationIdsIn(campaignIds, roles);
  }

  async listForOrganization(organizationId: string): Promise<OrganizationCampaign[]> {
    await this.organizations.get(organizationId);
    const rows = await this.repository.listForOrganization(organizationId);
    return rows.map(toOrganizationCampaign);
  }

  private async find(
    manager: EntityManager,
    campaignId: string,
    id: string,
  ): Promise<ParticipantRow> {
    const row = await this.repository.find(manager, campaignId, id);
    if (!row) throw participationNotFound(id);
    return row;
  }
}
