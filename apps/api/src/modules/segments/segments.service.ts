import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  ContactSummary,
  CreateSegment,
  ListResponse,
  OrganizationSummary,
  SegmentCounts,
  SegmentDetail,
  SegmentListQuery,
  SegmentResultsQuery,
  SegmentSummary,
  UpdateSegment,
} from '@coalition/contracts';
import { isUniqueViolation } from '../../common/database-errors';
import { DomainError } from '../../common/domain-error';
import { currentContext } from '../../common/request-context';
import { diffChanges } from '../audit/audit-diff';
import { AuditService } from '../audit/audit.service';
import { SegmentEvaluationService } from './segment-evaluation.service';
import { segmentDuplicate, segmentNotFound, segmentNotOwner, segmentVersionConflict } from './segments.errors';
import { toSegmentSummary } from './segments.mapper';
import { type SegmentRow, SegmentsRepository } from './segments.repository';

const OWNER_NAME_KEY = 'segment_owner_name_key';

/** Who is acting; every segments route requires a session, so there always is someone. */
function actorId(): string {
  const id = currentContext()?.actor?.id;
  if (!id) throw new DomainError('unauthenticated', 'unauthenticated', 'Sign in to use segments');
  return id;
}

function duplicateAs(name: string) {
  return (error: unknown): never => {
    throw isUniqueViolation(error, OWNER_NAME_KEY) ? segmentDuplicate(name) : error;
  };
}

/** Saved segments: visible to their owner, and to every organizer when shared. */
@Injectable()
export class SegmentsService {
  private readonly logger = new Logger(SegmentsService.name);

  constructor(
    private readonly repository: SegmentsRepository,
    private readonly evaluation: SegmentEvaluationService,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Mine and the shared ones, each counted live. */
  async list(query: SegmentListQuery): Promise<ListResponse<SegmentSummary>> {
    const { rows, total } = await this.repository.list(actorId(), query);
    const counts = await this.evaluation.countsOfMany(rows.map((row) => row.filter));
    const items = rows.map((row, index) => toSegmentSummary(row, counts[index]));
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string): Promise<SegmentDetail> {
    const row = await this.visible(id);
    return this.detail(row, await this.evaluation.counts(row.filter));
  }

  /** The segment if the actor may see it, else null (for other domains that start from a segment). */
  findVisible(id: string, manager?: EntityManager): Promise<SegmentRow | null> {
    return this.repository.findVisible(id, actorId(), manager);
  }

  /** Names of the listed segments the actor may see; private segments of others are left out. */
  visibleNames(ids: string[]): Promise<Map<string, string>> {
    return this.repository.namesVisible(ids, actorId());
  }

  organizations(id: string, query: SegmentResultsQuery): Promise<ListResponse<OrganizationSummary>> {
    return this.visible(id).then((row) => this.evaluation.organizations(row.filter, query));
  }

  contacts(id: string, query: SegmentResultsQuery): Promise<ListResponse<ContactSummary>> {
    return this.visible(id).then((row) => this.evaluation.contacts(row.filter, query));
  }

  async create(input: CreateSegment): Promise<SegmentDetail> {
    const ownerUserId = actorId();
    const columns = { ...input, description: input.description ?? null, ownerUserId };
    return this.dataSource.transaction(async (manager) => {
      const id = await this.repository.insert(manager, columns).catch(duplicateAs(input.name));
      const counts = await this.countToday(id, input.filter, manager);
      await this.audit.record(manager, {
        action: 'create',
        entityType: 'segment',
        entityId: id,
        changes: diffChanges(null, input),
        details: { counts },
      });
      return this.detail(await this.visible(id, manager), counts, manager);
    });
  }

  async update(id: string, input: UpdateSegment): Promise<SegmentDetail> {
    const { version, ...changes } = input;
    return this.dataSource.transaction(async (manager) => {
      const current = await this.owned(id, manager);
      const updated = await this.repository
        .updateIfVersion(manager, id, version, changes)
        .catch(duplicateAs(changes.name ?? current.name));
      if (!updated) {
        const counts = await this.repository.counts(current.filter, manager);
        throw segmentVersionConflict(await this.detail(current, counts, manager));
      }
      const saved = (await this.repository.findVisible(id, current.ownerUserId, manager)) as SegmentRow;
      const counts = await this.countToday(id, saved.filter, manager);
      await this.audit.record(manager, {
        action: 'update',
        entityType: 'segment',
        entityId: id,
        changes: diffChanges(current, changes),
        details: { counts },
      });
      return this.detail(saved, counts, manager);
    });
  }

  /** Archiving hides a segment from the list; it keeps its history and can be restored. */
  async setArchived(id: string, version: number, archived: boolean): Promise<SegmentDetail> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.owned(id, manager);
      // Restoring may clash with a segment of the same name made meanwhile.
      const updated = await this.repository
        .updateIfVersion(manager, id, version, { archived })
        .catch(duplicateAs(current.name));
      const counts = await this.repository.counts(current.filter, manager);
      if (!updated) throw segmentVersionConflict(await this.detail(current, counts, manager));
      await this.audit.record(manager, { action: archived ? 'archive' : 'restore', entityType: 'segment', entityId: id });
      return this.detail(await this.visible(id, manager), counts, manager);
    });
  }

  /** Records today's counts of every current segment (a system task: not audited). */
  async recordDailyCounts(): Promise<number> {
    const segments = await this.repository.current();
    for (const segment of segments) {
      try {
        await this.repository.recordCounts(segment.id, await this.evaluation.counts(segment.filter));
      } catch (error) {
        // One segment whose stored filter no longer compiles must not stop the others.
        this.logger.error(`Could not count segment ${segment.id}: ${String(error)}`);
      }
    }
    return segments.length;
  }

  private async countToday(id: string, filter: SegmentRow['filter'], manager: EntityManager): Promise<SegmentCounts> {
    const counts = await this.repository.counts(filter, manager);
    await this.repository.recordCounts(id, counts, manager);
    return counts;
  }

  private async detail(row: SegmentRow, counts: SegmentCounts, manager?: EntityManager): Promise<SegmentDetail> {
    return { ...toSegmentSummary(row, counts), history: await this.repository.history(row.id, manager) };
  }

  /** The segment if the actor may see it; 404 otherwise, so private segments stay unknown. */
  async visible(id: string, manager?: EntityManager): Promise<SegmentRow> {
    const row = await this.findVisible(id, manager);
    if (!row) throw segmentNotFound(id);
    return row;
  }

  /** The segment if the actor owns it: 404 when not visible, 403 when shared by someone else. */
  private async owned(id: string, manager: EntityManager): Promise<SegmentRow> {
    const row = await this.visible(id, manager);
    if (row.ownerUserId !== actorId()) throw segmentNotOwner(id);
    return row;
  }
}
