import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type {
  BillDetail,
  BillListQuery,
  BillSummary,
  CreateBill,
  ListResponse,
  UpdateBill,
} from '@coalition/contracts';
import { UNIQUE_VIOLATION, violatedConstraint } from '../../common/sql-query';
import { diffChanges } from '../audit/audit-diff';
import { AuditService } from '../audit/audit.service';
import { type BillChanges, BillsRepository } from './bills.repository';
import { billDuplicate, billNotFound, billVersionConflict } from './issues.errors';
import { toBillDetail, toBillSummary } from './issues.mapper';
import { IssuesService } from './issues.service';

const NUMBER_KEY = 'bill_session_number_key';

@Injectable()
export class BillsService {
  constructor(
    private readonly repository: BillsRepository,
    private readonly issues: IssuesService,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: BillListQuery): Promise<ListResponse<BillSummary>> {
    const { rows, total } = await this.repository.list(query);
    return { items: rows.map(toBillSummary), total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string, manager?: EntityManager): Promise<BillDetail> {
    const row = await this.repository.findById(id, manager);
    if (!row) throw billNotFound(id);
    return toBillDetail(row);
  }

  /** A bill takes its issue's session, within which its number must be unique. */
  async create(input: CreateBill): Promise<BillDetail> {
    return this.dataSource.transaction(async (manager) => {
      const issue = await this.issues.require(input.issueId, manager, 'issueId');
      const id = await this.repository
        .insert(manager, { ...input, session: issue.session })
        .catch((error: unknown) => {
          throw violatedConstraint(error, UNIQUE_VIOLATION) === NUMBER_KEY
            ? billDuplicate(input.number, issue.session)
            : error;
        });
      await this.audit.record(manager, {
        action: 'create',
        entityType: 'bill',
        entityId: id,
        changes: diffChanges(null, input),
      });
      return this.get(id, manager);
    });
  }

  async update(id: string, input: UpdateBill): Promise<BillDetail> {
    const { version, ...fields } = input;
    return this.dataSource.transaction(async (manager) => {
      const current = await this.get(id, manager);
      const changes: BillChanges = { ...fields };
      if (fields.issueId !== undefined && fields.issueId !== current.issueId) {
        changes.session = (await this.issues.require(fields.issueId, manager, 'issueId')).session;
      }
      const updated = await this.repository
        .updateIfVersion(manager, id, version, changes)
        .catch((error: unknown) => {
          if (violatedConstraint(error, UNIQUE_VIOLATION) !== NUMBER_KEY) throw error;
          throw billDuplicate(fields.number ?? current.number, changes.session ?? current.session);
        });
      if (!updated) throw billVersionConflict(current);
      await this.audit.record(manager, {
        action: 'update',
        entityType: 'bill',
        entityId: id,
        changes: diffChanges(current, changes),
      });
      return this.get(id, manager);
    });
  }
}
