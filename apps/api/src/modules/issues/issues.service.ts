import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type {
  CreateIssue,
  IssueDetail,
  IssueListQuery,
  IssueSummary,
  ListResponse,
  ReorderIssues,
  ReorderIssuesResponse,
  UpdateIssue,
} from '@coalition/contracts';
import { UNIQUE_VIOLATION, violatedConstraint } from '../../common/sql-query';
import { diffChanges } from '../audit/audit-diff';
import { AuditService } from '../audit/audit.service';
import { reorderProblem } from './issue-ranking';
import {
  billNumberClash,
  issueDuplicate,
  issueNotFound,
  issueVersionConflict,
  reorderMismatch,
} from './issues.errors';
import { toIssueDetail, toIssueSummary } from './issues.mapper';
import { type IssueChanges, IssuesRepository } from './issues.repository';

const TITLE_KEY = 'issue_session_title_key';
const BILL_NUMBER_KEY = 'bill_session_number_key';

/** Turns unique violations of an issue write into the domain's 409s. */
function duplicateError(error: unknown, title: string, session: string): unknown {
  const constraint = violatedConstraint(error, UNIQUE_VIOLATION);
  if (constraint === TITLE_KEY) return issueDuplicate(title, session);
  if (constraint === BILL_NUMBER_KEY) return billNumberClash(session);
  return error;
}

@Injectable()
export class IssuesService {
  constructor(
    private readonly repository: IssuesRepository,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: IssueListQuery): Promise<ListResponse<IssueSummary>> {
    const { rows, total } = await this.repository.list(query);
    return { items: rows.map(toIssueSummary), total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string, manager?: EntityManager): Promise<IssueDetail> {
    const row = await this.repository.findById(id, manager);
    if (!row) throw issueNotFound(id);
    return toIssueDetail(row, await this.repository.organizationsOf(id, manager));
  }

  /** A new issue goes last in its tier. */
  async create(input: CreateIssue): Promise<IssueDetail> {
    return this.dataSource.transaction(async (manager) => {
      const rank = await this.repository.nextRank(manager, input.tier);
      const id = await this.repository
        .insert(manager, { ...input, rank })
        .catch((error: unknown) => {
          throw duplicateError(error, input.title, input.session);
        });
      await this.audit.record(manager, {
        action: 'create',
        entityType: 'issue',
        entityId: id,
        changes: diffChanges(null, { ...input, rank }),
      });
      return this.get(id, manager);
    });
  }

  /** Moving an issue to another tier puts it last there and closes the gap it leaves. */
  async update(id: string, input: UpdateIssue): Promise<IssueDetail> {
    const { version, ...fields } = input;
    return this.dataSource.transaction(async (manager) => {
      const current = await this.get(id, manager);
      const newTier =
        fields.tier !== undefined && fields.tier !== current.tier ? fields.tier : undefined;
      const moved = newTier !== undefined;
      const changes: IssueChanges = moved
        ? { ...fields, rank: await this.repository.nextRank(manager, newTier) }
        : fields;
      const updated = await this.repository
        .updateIfVersion(manager, id, version, changes)
        .catch((error: unknown) => {
          throw duplicateError(
            error,
            fields.title ?? current.title,
            fields.session ?? current.session,
          );
        });
      if (!updated) throw issueVersionConflict(current);
      if (moved && !current.archivedAt) await this.repository.compactTier(manager, current.tier);
      await this.audit.record(manager, {
        action: 'update',
        entityType: 'issue',
        entityId: id,
        changes: diffChanges(current, changes),
      });
      return this.get(id, manager);
    });
  }

  /** Archiving takes an issue out of its tier's ranking; restoring puts it last again. */
  async setArchived(id: string, version: number, archived: boolean): Promise<IssueDetail> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.get(id, manager);
      const wasArchived = current.archivedAt !== null;
      const changes: IssueChanges = archived
        ? { archivedAt: current.archivedAt ? new Date(current.archivedAt) : new Date() }
        : { archivedAt: null };
      if (!archived && wasArchived)
        changes.rank = await this.repository.nextRank(manager, current.tier);
      const updated = await this.repository.updateIfVersion(manager, id, version, changes);
      if (!updated) throw issueVersionConflict(current);
      if (archived && !wasArchived) await this.repository.compactTier(manager, current.tier);
      await this.audit.record(manager, {
        action: archived ? 'archive' : 'restore',
        entityType: 'issue',
        entityId: id,
      });
      return this.get(id, manager);
    });
  }

  /**
   * Re-ranks a whole tier at once. Ranks are ordering only, not something a person edits in a
   * form, so a reorder does not bump the issues' versions (an open edit form stays valid).
   */
  async reorder(input: ReorderIssues): Promise<ReorderIssuesResponse> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.repository.lockTier(manager, input.tier);
      const problem = reorderProblem(input.tier, current, input.issueIds);
      if (problem) throw reorderMismatch(problem);
      await this.repository.setRanks(manager, input.issueIds);
      await this.audit.record(manager, {
        action: 'update',
        entityType: 'issue_tier',
        entityId: String(input.tier),
        changes: [{ field: 'issueIds', before: current, after: input.issueIds }],
      });
      const rows = await this.repository.listTier(manager, input.tier);
      return { tier: input.tier, items: rows.map(toIssueSummary) };
    });
  }

  /** For other domains (bills, interests, campaigns): the issue or a 404 naming `field`. */
  async require(id: string, manager?: EntityManager, field?: string): Promise<IssueSummary> {
    const row = await this.repository.findById(id, manager);
    if (!row) throw issueNotFound(id, field);
    return toIssueSummary(row);
  }

  /** For other domains: a 404 naming `field` unless every id is an issue's. */
  async requireAll(ids: string[], manager: EntityManager, field: string): Promise<void> {
    if (!ids.length) return;
    const [missing] = await this.repository.missingIds(manager, ids);
    if (missing) throw issueNotFound(missing, field);
  }
}
