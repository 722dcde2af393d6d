import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { InterestLevel, IssueStatus, PutInterest } from '@coalition/contracts';
import { namedQuery } from '../../common/sql-query';

export interface InterestRow {
  organizationId: string;
  issueId: string;
  issueTitle: string;
  tier: number;
  session: string;
  issueStatus: IssueStatus;
  level: InterestLevel;
  note: string | null;
  confirmedOn: string | null;
  updatedAt: Date;
}

const SELECT_INTERESTS = `
  SELECT it.organization_id AS "organizationId", it.issue_id AS "issueId", i.title AS "issueTitle",
         i.tier, i.session, i.status AS "issueStatus", it.level, it.note,
         it.confirmed_on AS "confirmedOn", it.updated_at AS "updatedAt"
  FROM interest it
  JOIN issue i ON i.id = it.issue_id`;

/** Every query of organizations' interests in issues. */
@Injectable()
export class InterestsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** An organization's interests in issues that are not archived, by tier then rank. */
  listForOrganization(
    organizationId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<InterestRow[]> {
    return namedQuery<InterestRow>(
      manager,
      `${SELECT_INTERESTS}
       WHERE it.organization_id = :organizationId AND i.archived_at IS NULL
       ORDER BY i.tier, i.rank, lower(i.title), i.id`,
      { organizationId },
    );
  }

  /** The organizations with an interest in any of `issueIds` at one of `levels`, each once. */
  async organizationIdsWith(issueIds: string[], levels: readonly InterestLevel[]): Promise<string[]> {
    const rows = await namedQuery<{ organizationId: string }>(
      this.dataSource.manager,
      `SELECT DISTINCT organization_id AS "organizationId" FROM interest
       WHERE issue_id = ANY(CAST(:issueIds AS uuid[])) AND level = ANY(CAST(:levels AS text[]))`,
      { issueIds, levels },
    );
    return rows.map((r) => r.organizationId);
  }

  async find(
    manager: EntityManager,
    organizationId: string,
    issueId: string,
  ): Promise<InterestRow | null> {
    const [row] = await namedQuery<InterestRow>(
      manager,
      `${SELECT_INTERESTS} WHERE it.organization_id = :organizationId AND it.issue_id = :issueId`,
      { organizationId, issueId },
    );
    return row ?? null;
  }

  /** Inserts or replaces the interest; a left-out `confirmedOn` becomes today (the database's). */
  async upsert(
    manager: EntityManager,
    organizationId: string,
    issueId: string,
    input: PutInterest,
  ): Promise<void> {
    await namedQuery(
      manager,
      `INSERT INTO interest (organization_id, issue_id, level, note, confirmed_on)
       VALUES (:organizationId, :issueId, :level, :note,
               CASE WHEN CAST(:confirmedToday AS boolean) THEN current_date ELSE CAST(:confirmedOn AS date) END)
       ON CONFLICT (organization_id, issue_id) DO UPDATE
         SET level = EXCLUDED.level, note = EXCLUDED.note, confirmed_on = EXCLUDED.confirmed_on, updated_at = now()`,
      {
        organizationId,
        issueId,
        level: input.level,
        note: input.note ?? null,
        confirmedToday: input.confirmedOn === undefined,
        confirmedOn: input.confirmedOn ?? null,
      },
    );
  }

  async remove(manager: EntityManager, organizationId: string, issueId: string): Promise<void> {
    await namedQuery(
      manager,
      `DELETE FROM interest WHERE organization_id = :organizationId AND issue_id = :issueId`,
      { organizationId, issueId },
    );
  }
}
