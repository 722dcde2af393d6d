import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type {
  CreateIssue,
  InterestCounts,
  IssueBill,
  IssueListQuery,
  IssueOrganization,
  IssueSortField,
  IssueStatus,
  UpdateIssue,
} from '@coalition/contracts';
import { likeContains, namedQuery } from '../../common/sql-query';
import { IssueEntity } from './issue.entity';

/** An issue as read for the API: the row plus its interest counts and bills, in one query. */
export interface IssueRow {
  id: string;
  title: string;
  summary: string | null;
  tier: number;
  rank: number;
  session: string;
  status: IssueStatus;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
  interestCounts: InterestCounts;
  bills: IssueBill[];
}

/** What an update may set; `rank` only moves with the tier or a reorder. */
export type IssueChanges = Omit<UpdateIssue, 'version'> & {
  rank?: number;
  archivedAt?: Date | null;
};

const SORT_COLUMNS: Record<IssueSortField, string> = {
  tier: 'i.tier',
  title: 'lower(i.title)',
  session: 'i.session',
  status: 'i.status',
  updatedAt: 'i.updated_at',
};

// Counts and bills come from lateral subqueries, so a page of issues is one round trip.
// Interests of archived organizations are not counted.
const SELECT_ISSUES = `
  SELECT i.id, i.title, i.summary, i.tier, i.rank, i.session, i.status, i.version,
         i.created_at AS "createdAt", i.updated_at AS "updatedAt", i.archived_at AS "archivedAt",
         json_build_object('interested', c.interested, 'active', c.active, 'leading', c.leading) AS "interestCounts",
         COALESCE(b.bills, '[]'::json) AS bills
  FROM issue i
  CROSS JOIN LATERAL (
    SELECT count(*) FILTER (WHERE it.level = 'interested')::int AS interested,
           count(*) FILTER (WHERE it.level = 'active')::int AS active,
           count(*) FILTER (WHERE it.level = 'leading')::int AS leading
    FROM interest it
    JOIN organization o ON o.id = it.organization_id AND o.archived_at IS NULL
    WHERE it.issue_id = i.id
  ) c
  LEFT JOIN LATERAL (
    SELECT json_agg(json_build_object('id', b.id, 'number', b.number, 'title', b.title,
                                      'status', b.status, 'version', b.version)
                    ORDER BY left(b.number, 1), substr(b.number, 3)::int) AS bills
    FROM bill b
    WHERE b.issue_id = i.id
  ) b ON true`;

function listConditions(query: IssueListQuery): { where: string; params: Record<string, unknown> } {
  const conditions = ['i.archived_at IS NULL'];
  const params: Record<string, unknown> = {};
  if (query.q) {
    // search_key() lowercases and strips accents; bills are searched too, so "H.1234" finds its issue.
    conditions.push(`(search_key(i.title) LIKE search_key(:q)
      OR search_key(COALESCE(i.summary, '')) LIKE search_key(:q)
      OR EXISTS (SELECT 1 FROM bill qb WHERE qb.issue_id = i.id
                 AND (search_key(qb.title) LIKE search_key(:q) OR lower(qb.number) LIKE lower(:q))))`);
    params.q = likeContains(query.q);
  }
  if (query.tier) {
    conditions.push('i.tier = ANY(CAST(:tiers AS int[]))');
    params.tiers = query.tier;
  }
  if (query.status) {
    conditions.push('i.status = ANY(CAST(:statuses AS text[]))');
    params.statuses = query.status;
  }
  if (query.session) {
    conditions.push('i.session = ANY(CAST(:sessions AS text[]))');
    params.sessions = query.session;
  }
  return { where: conditions.join(' AND '), params };
}

/** Every query of issues themselves (bills and interests have their own repositories). */
@Injectable()
export class IssuesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: IssueListQuery): Promise<{ rows: IssueRow[]; total: number }> {
    const manager = this.dataSource.manager;
    const { where, params } = listConditions(query);
    const [{ total }] = await namedQuery<{ total: number }>(
      manager,
      `SELECT count(*)::int AS total FROM issue i WHERE ${where}`,
      params,
    );
    const descending = query.sort.startsWith('-');
    const field = query.sort.replace(/^-/, '') as IssueSortField;
    const rows = await namedQuery<IssueRow>(
      manager,
      `${SELECT_ISSUES} WHERE ${where}
       ORDER BY ${SORT_COLUMNS[field]} ${descending ? 'DESC' : 'ASC'}, i.tier, i.rank, lower(i.title), i.id
       LIMIT :limit OFFSET :offset`,
      { ...params, limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
    );
    return { rows, total };
  }

  /** The non-archived issues of a tier, in rank order. */
  listTier(manager: EntityManager, tier: number): Promise<IssueRow[]> {
    return namedQuery<IssueRow>(
      manager,
      `${SELECT_ISSUES} WHERE i.tier = :tier AND i.archived_at IS NULL ORDER BY i.rank, lower(i.title), i.id`,
      { tier },
    );
  }

  async findById(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<IssueRow | null> {
    const [row] = await namedQuery<IssueRow>(manager, `${SELECT_ISSUES} WHERE i.id = :id`, { id });
    return row ?? null;
  }

  /** Those of `ids` that no issue has. */
  async missingIds(manager: EntityManager, ids: string[]): Promise<string[]> {
    const rows = await namedQuery<{ id: string }>(
      manager,
      `SELECT id FROM issue WHERE id = ANY(CAST(:ids AS uuid[]))`,
      { ids },
    );
    const found = new Set(rows.map((r) => r.id));
    return ids.filter((id) => !found.has(id));
  }

  /** The organizations standing on an issue, leading first (joined for display only). */
  organizationsOf(
    issueId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<IssueOrganization[]> {
    return namedQuery<IssueOrganization>(
      manager,
      `SELECT o.id, o.name, o.kind, o.membership_status AS "membershipStatus",
              it.level, it.note, it.confirmed_on AS "confirmedOn"
       FROM interest it
       JOIN organization o ON o.id = it.organization_id AND o.archived_at IS NULL
       WHERE it.issue_id = :issueId
       ORDER BY CASE it.level WHEN 'leading' THEN 0 WHEN 'active' THEN 1 ELSE 2 END, lower(o.name), o.id`,
      { issueId },
    );
  }

  /** The rank that puts an issue last in `tier`. */
  async nextRank(manager: EntityManager, tier: number): Promise<number> {
    const [{ next }] = await namedQuery<{ next: number }>(
      manager,
      `SELECT COALESCE(max(rank), 0)::int + 1 AS next FROM issue WHERE tier = :tier AND archived_at IS NULL`,
      { tier },
    );
    return next;
  }

  /** Locks the tier's non-archived issues (so two reorders cannot interleave) and lists their ids. */
  async lockTier(manager: EntityManager, tier: number): Promise<string[]> {
    const rows = await namedQuery<{ id: string }>(
      manager,
      `SELECT id FROM issue WHERE tier = :tier AND archived_at IS NULL ORDER BY rank, id FOR UPDATE`,
      { tier },
    );
    return rows.map((r) => r.id);
  }

  /** Ranks `ids` 1..n in the order given, in one statement. */
  async setRanks(manager: EntityManager, ids: string[]): Promise<void> {
    await namedQuery(
      manager,
      `UPDATE issue SET rank = t.position
       FROM unnest(CAST(:ids AS uuid[])) WITH ORDINALITY AS t(id, position)
       WHERE issue.id = t.id AND issue.rank <> t.position`,
      { ids },
    );
  }

  /** Closes the gaps a tier is left with when an issue leaves it (moved or archived). */
  async compactTier(manager: EntityManager, tier: number): Promise<void> {
    await namedQuery(
      manager,
      `UPDATE issue SET rank = r.position
       FROM (SELECT id, row_number() OVER (ORDER BY rank, lower(title), id) AS position
             FROM issue WHERE tier = :tier AND archived_at IS NULL) r
       WHERE issue.id = r.id AND issue.rank <> r.position`,
      { tier },
    );
  }

  async insert(manager: EntityManager, data: CreateIssue & { rank: number }): Promise<string> {
    const result = await manager.insert(IssueEntity, data);
    return (result.identifiers[0] as { id: string }).id;
  }

  /** Applies `changes` only if the row is still at `version`; false when it is not (or gone). */
  async updateIfVersion(
    manager: EntityManager,
    id: string,
    version: number,
    changes: IssueChanges,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(IssueEntity)
      .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return (result.affected ?? 0) > 0;
  }
}
