import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type {
  CreateParticipation,
  OrganizationKind,
  ParticipationRole,
  UpdateParticipation,
} from '@coalition/contracts';
import { namedQuery } from '../../common/sql-query';
import { ParticipationEntity } from './participation.entity';

export interface ParticipantRow {
  id: string;
  campaignId: string;
  role: ParticipationRole;
  organizationId: string | null;
  organizationName: string | null;
  organizationKind: OrganizationKind | null;
  contactId: string | null;
  contactName: string | null;
  joinedOn: string | null;
  note: string | null;
  contributed: number;
}

export interface OrganizationCampaignRow {
  participationId: string;
  role: ParticipationRole;
  joinedOn: string | null;
  note: string | null;
  contributed: number;
  campaignId: string;
  name: string;
  kind: string;
  startsOn: string;
  endsOn: string | null;
  active: boolean;
}

// Organization names are joined for display only. Contact names stay NULL here until the
// contact table (built alongside) is integrated: then join it as `contact ct` and select
// its display name instead of NULL.
const SELECT_PARTICIPANTS = `
  SELECT p.id, p.campaign_id AS "campaignId", p.role,
         p.organization_id AS "organizationId", o.name AS "organizationName", o.kind AS "organizationKind",
         p.contact_id AS "contactId",
         concat_ws(' ', coalesce(c.preferred_name, c.first_name), c.last_name) AS "contactName",
         p.joined_on AS "joinedOn", p.note,
         (SELECT COALESCE(sum(k.amount), 0)::bigint FROM contribution k WHERE k.participation_id = p.id) AS contributed
  FROM participation p
  LEFT JOIN organization o ON o.id = p.organization_id
  LEFT JOIN contact c ON c.id = p.contact_id`;

/** Every query of participation: who takes part in which campaign, in what role. */
@Injectable()
export class ParticipationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  listForCampaign(
    campaignId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ParticipantRow[]> {
    return namedQuery<ParticipantRow>(
      manager,
      `${SELECT_PARTICIPANTS} WHERE p.campaign_id = :campaignId
       ORDER BY o.name IS NULL, lower(o.name), p.created_at, p.id`,
      { campaignId },
    );
  }

  async find(
    manager: EntityManager,
    campaignId: string,
    id: string,
  ): Promise<ParticipantRow | null> {
    const [row] = await namedQuery<ParticipantRow>(
      manager,
      `${SELECT_PARTICIPANTS} WHERE p.campaign_id = :campaignId AND p.id = :id`,
      { campaignId, id },
    );
    return row ?? null;
  }

  /** The campaigns (not archived) an organization takes part in, most recent first. */
  listForOrganization(organizationId: string): Promise<OrganizationCampaignRow[]> {
    return namedQuery<OrganizationCampaignRow>(
      this.dataSource.manager,
      `SELECT p.id AS "participationId", p.role, p.joined_on AS "joinedOn", p.note,
              (SELECT COALESCE(sum(k.amount), 0)::bigint FROM contribution k WHERE k.participation_id = p.id) AS contributed,
              c.id AS "campaignId", c.name, c.kind, c.starts_on AS "startsOn", c.ends_on AS "endsOn",
              (c.starts_on <= current_date AND (c.ends_on IS NULL OR c.ends_on >= current_date)) AS active
       FROM participation p
       JOIN campaign c ON c.id = p.campaign_id AND c.archived_at IS NULL
       WHERE p.organization_id = :organizationId
       ORDER BY c.starts_on DESC, lower(c.name), p.role, p.id`,
      { organizationId },
    );
  }

  /** The organizations taking part in any of `campaignIds` (in one of `roles`, if given), each once. */
  async organizationIdsIn(campaignIds: string[], roles?: ParticipationRole[]): Promise<string[]> {
    const rows = await namedQuery<{ organizationId: string }>(
      this.dataSource.manager,
      `SELECT DISTINCT organization_id AS "organizationId" FROM participation
       WHERE organization_id IS NOT NULL AND campaign_id = ANY(CAST(:campaignIds AS uuid[]))
         AND (CAST(:roles AS text[]) IS NULL OR role = ANY(CAST(:roles AS text[])))`,
      { campaignIds, roles: roles ?? null },
    );
    return rows.map((r) => r.organizationId);
  }

  /** A left-out `joinedOn` becomes today (the database's). */
  async insert(
    manager: EntityManager,
    campaignId: string,
    input: CreateParticipation,
  ): Promise<string> {
    const [row] = await namedQuery<{ id: string }>(
      manager,
      `INSERT INTO participation (campaign_id, organization_id, contact_id, role, joined_on, note)
       VALUES (:campaignId, :organizationId, :contactId, :role,
               CASE WHEN CAST(:joinedToday AS boolean) THEN current_date ELSE CAST(:joinedOn AS date) END, :note)
       RETURNING id`,
      {
        campaignId,
        organizationId: input.organizationId ?? null,
        contactId: input.contactId ?? null,
        role: input.role,
        joinedToday: input.joinedOn === undefined,
        joinedOn: input.joinedOn ?? null,
        note: input.note ?? null,
      },
    );
    return row.id;
  }

  async update(manager: EntityManager, id: string, changes: UpdateParticipation): Promise<void> {
    if (!Object.keys(changes).length) return;
    await manager.update(ParticipationEntity, { id }, { ...changes, updatedAt: () => 'now()' });
  }

  async remove(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(ParticipationEntity, { id });
  }
}
