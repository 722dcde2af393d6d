import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AffiliationRole } from '@coalition/contracts';
import { AffiliationEntity } from './affiliation.entity';

/** An affiliation with the name of its organization, as read queries answer it. */
export interface AffiliationRow {
  id: string;
  contactId: string;
  organizationId: string;
  organizationName: string;
  role: AffiliationRole;
  startedOn: string | null;
  endedOn: string | null;
  note: string | null;
  version: number;
  createdAt: Date | string;
  updatedAt: Date | string;
}

export type AffiliationColumns = Partial<
  Pick<AffiliationEntity, 'role' | 'startedOn' | 'endedOn' | 'note'>
>;

// Joining the organization for its display name only; the organization itself is never written here.
const SELECT_ROWS = `
  SELECT a.id, a.contact_id AS "contactId", a.organization_id AS "organizationId",
         o.name AS "organizationName", a.role, a.started_on AS "startedOn", a.ended_on AS "endedOn",
         a.note, a.version, a.created_at AS "createdAt", a.updated_at AS "updatedAt"
    FROM affiliation a
    JOIN organization o ON o.id = a.organization_id`;

// Current ones first, then the most recently ended.
const ORDER = `ORDER BY a.ended_on IS NOT NULL, a.ended_on DESC, lower(o.name), a.role, a.id`;

/** Every query of affiliations between contacts and member organizations. */
@Injectable()
export class AffiliationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  forContact(contactId: string, manager?: EntityManager): Promise<AffiliationRow[]> {
    return (manager ?? this.dataSource.manager).query<AffiliationRow[]>(
      `${SELECT_ROWS} WHERE a.contact_id = $1 ${ORDER}`,
      [contactId],
    );
  }

  async findOne(
    contactId: string,
    affiliationId: string,
    manager?: EntityManager,
  ): Promise<AffiliationRow | null> {
    const rows = await (manager ?? this.dataSource.manager).query<AffiliationRow[]>(
      `${SELECT_ROWS} WHERE a.id = $1 AND a.contact_id = $2`,
      [affiliationId, contactId],
    );
    return rows[0] ?? null;
  }

  /** The current affiliations of each listed contact, in one query. */
  current(contactIds: string[]): Promise<AffiliationRow[]> {
    if (!contactIds.length) return Promise.resolve([]);
    return this.dataSource.query<AffiliationRow[]>(
      `${SELECT_ROWS} WHERE a.contact_id = ANY($1) AND a.ended_on IS NULL ${ORDER}`,
      [contactIds],
    );
  }

  /** The listed contacts' affiliations at one organization, in one query. */
  atOrganization(
    organizationId: string,
    contactIds: string[],
    includePast: boolean,
  ): Promise<AffiliationRow[]> {
    if (!contactIds.length) return Promise.resolve([]);
    return this.dataSource.query<AffiliationRow[]>(
      `${SELECT_ROWS} WHERE a.organization_id = $1 AND a.contact_id = ANY($2)
         ${includePast ? '' : 'AND a.ended_on IS NULL'} ${ORDER}`,
      [organizationId, contactIds],
    );
  }

  async insert(
    manager: EntityManager,
    row: Pick<
      AffiliationEntity,
      'contactId' | 'organizationId' | 'role' | 'startedOn' | 'endedOn' | 'note'
    >,
  ): Promise<string> {
    const result = await manager.insert(AffiliationEntity, row);
    return (result.identifiers[0] as { id: string }).id;
  }

  /** Applies `changes` if the row exists (and is still at `version`, when given). */
  async update(
    manager: EntityManager,
    id: string,
    version: number | undefined,
    changes: AffiliationColumns,
  ): Promise<boolean> {
    const qb = manager
      .createQueryBuilder()
      .update(AffiliationEntity)
      .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id', { id });
    if (version !== undefined) qb.andWhere('version = :version', { version });
    const result = await qb.execute();
    return (result.affected ?? 0) > 0;
  }

  async delete(manager: EntityManager, contactId: string, affiliationId: string): Promise<boolean> {
    const result = await manager.delete(AffiliationEntity, { id: affiliationId, contactId });
    return (result.affected ?? 0) > 0;
  }
}
