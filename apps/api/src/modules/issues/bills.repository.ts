import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type {
  BillListQuery,
  BillSortField,
  BillStatus,
  CreateBill,
  UpdateBill,
} from '@coalition/contracts';
import { likeContains, namedQuery } from '../../common/sql-query';
import { BillEntity } from './bill.entity';

export interface BillRow {
  id: string;
  issueId: string;
  issueTitle: string;
  session: string;
  number: string;
  title: string;
  status: BillStatus;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export type BillChanges = Omit<UpdateBill, 'version'> & { session?: string };

// H.99 before H.100: the chamber letter, then the number as a number.
const NUMBER_ORDER = 'left(b.number, 1) %s, substr(b.number, 3)::int %s';

const SORT_COLUMNS: Record<BillSortField, string> = {
  number: NUMBER_ORDER,
  title: 'lower(b.title) %s',
  status: 'b.status %s',
  updatedAt: 'b.updated_at %s',
};

const SELECT_BILLS = `
  SELECT b.id, b.issue_id AS "issueId", i.title AS "issueTitle", b.session, b.number, b.title, b.status,
         b.version, b.created_at AS "createdAt", b.updated_at AS "updatedAt"
  FROM bill b
  JOIN issue i ON i.id = b.issue_id`;

function listConditions(query: BillListQuery): { where: string; params: Record<string, unknown> } {
  const conditions = ['TRUE'];
  const params: Record<string, unknown> = {};
  if (query.q) {
    conditions.push('(search_key(b.title) LIKE search_key(:q) OR lower(b.number) LIKE lower(:q))');
    params.q = likeContains(query.q);
  }
  if (query.issueId) {
    conditions.push('b.issue_id = ANY(CAST(:issueIds AS uuid[]))');
    params.issueIds = query.issueId;
  }
  if (query.status) {
    conditions.push('b.status = ANY(CAST(:statuses AS text[]))');
    params.statuses = query.status;
  }
  if (query.session) {
    conditions.push('b.session = ANY(CAST(:sessions AS text[]))');
    params.sessions = query.session;
  }
  return { where: conditions.join(' AND '), params };
}

/** Every query of bills. */
@Injectable()
export class BillsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: BillListQuery): Promise<{ rows: BillRow[]; total: number }> {
    const manager = this.dataSource.manager;
    const { where, params } = listConditions(query);
    const [{ total }] = await namedQuery<{ total: number }>(
      manager,
      `SELECT count(*)::int AS total FROM bill b WHERE ${where}`,
      params,
    );
    const field = query.sort.replace(/^-/, '') as BillSortField;
    const direction = query.sort.startsWith('-') ? 'DESC' : 'ASC';
    const order = SORT_COLUMNS[field].replaceAll('%s', direction);
    const rows = await namedQuery<BillRow>(
      manager,
      `${SELECT_BILLS} WHERE ${where}
       ORDER BY ${order}, b.session DESC, ${NUMBER_ORDER.replaceAll('%s', 'ASC')}, b.id
       LIMIT :limit OFFSET :offset`,
      { ...params, limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
    );
    return { rows, total };
  }

  async findById(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<BillRow | null> {
    const [row] = await namedQuery<BillRow>(manager, `${SELECT_BILLS} WHERE b.id = :id`, { id });
    return row ?? null;
  }

  async insert(manager: EntityManager, data: CreateBill & { session: string }): Promise<string> {
    const result = await manager.insert(BillEntity, data);
    return (result.identifiers[0] as { id: string }).id;
  }

  /** Applies `changes` only if the row is still at `version`; false when it is not (or gone). */
  async updateIfVersion(
    manager: EntityManager,
    id: string,
    version: number,
    changes: BillChanges,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(BillEntity)
      .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return (result.affected ?? 0) > 0;
  }
}
