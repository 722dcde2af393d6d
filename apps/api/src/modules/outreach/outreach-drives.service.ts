import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  Assignment,
  AssignmentResult,
  CallerList,
  CreateDrive,
  DriveDetail,
  DriveListQuery,
  DriveSummary,
  ListResponse,
  UpdateDrive,
} from '@coalition/contracts';
import { diffChanges } from '../audit/audit-diff';
import { AuditService } from '../audit/audit.service';
import { UsersService } from '../auth/users.service';
import { SegmentEvaluationService } from '../segments/segment-evaluation.service';
import { SegmentsService } from '../segments/segments.service';
import { actorId } from './outreach-actor';
import { type DriveRow, OutreachDrivesRepository } from './outreach-drives.repository';
import { OutreachTargetsRepository } from './outreach-targets.repository';
import {
  driveArchived,
  driveEndsBeforeStart,
  driveNotFound,
  driveSegmentNotFound,
  driveSelectsNobody,
  driveVersionConflict,
  notCallers,
  targetsNotInDrive,
} from './outreach.errors';
import { toDriveDetail, toDriveSummary } from './outreach.mapper';
import { roundRobin, uniqueInOrder } from './round-robin';

/** Drives: made from a segment, edited, archived, and their targets shared out. */
@Injectable()
export class OutreachDrivesService {
  constructor(
    private readonly drives: OutreachDrivesRepository,
    private readonly targets: OutreachTargetsRepository,
    private readonly segments: SegmentsService,
    private readonly evaluation: SegmentEvaluationService,
    private readonly users: UsersService,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: DriveListQuery): Promise<ListResponse<DriveSummary>> {
    const { rows, total } = await this.drives.list(query, actorId());
    const names = await this.segmentNames(rows);
    const items = rows.map((row) => toDriveSummary(row, row.segmentId ? names.get(row.segmentId) : undefined));
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  /** The drive with its progress, by organizer and by outcome; each counted by one GROUP BY. */
  async get(id: string): Promise<DriveDetail> {
    const row = await this.drives.findById(id, actorId());
    if (!row) throw driveNotFound(id);
    // One after another: the embedded database is a single connection anyway.
    const byOrganizer = await this.drives.byOrganizer(id);
    const byOutcome = await this.drives.byOutcome(id);
    const names = await this.segmentNames([row]);
    return toDriveDetail(row, row.segmentId ? names.get(row.segmentId) : undefined, byOrganizer, byOutcome);
  }

  /**
   * The drive, its targets (the segment's contacts reachable on the channel, evaluated now),
   * the optional even split and the audit row: one transaction, all or nothing.
   */
  async create(input: CreateDrive): Promise<DriveDetail> {
    const { assignment, ...fields } = input;
    const endsOn = fields.endsOn ?? null;
    if (endsOn !== null && endsOn < fields.startsOn) throw driveEndsBeforeStart(fields.startsOn);
    const id = await this.dataSource.transaction(async (manager) => {
      const segment = await this.segments.findVisible(fields.segmentId, manager);
      if (!segment) throw driveSegmentNotFound(fields.segmentId);
      const organizers = assignment
        ? await this.requireCallers(manager, assignment.organizerIds, 'assignment.organizerIds')
        : [];
      const chosen = await this.evaluation.reachableContacts(segment.filter, fields.channel, manager);
      if (!chosen.length) throw driveSelectsNobody(fields.channel);
      const driveId = await this.drives.insert(manager, {
        ...fields,
        goal: fields.goal ?? null,
        endsOn,
        script: fields.script ?? null,
        createdBy: actorId(),
      });
      const targets = await this.targets.insertMany(manager, driveId, chosen);
      const assigned = organizers.length ? await this.dealEvenly(manager, driveId, organizers, false) : 0;
      await this.audit.record(manager, {
        action: 'create',
        entityType: 'outreach_drive',
        entityId: driveId,
        changes: diffChanges(null, fields),
        details: { targets, ...(assignment && { assignment: { mode: 'even', organizerIds: organizers, assigned } }) },
      });
      return driveId;
    });
    return this.get(id);
  }

  async update(id: string, input: UpdateDrive): Promise<DriveDetail> {
    const { version, ...changes } = input;
    const updated = await this.dataSource.transaction(async (manager) => {
      const current = await this.drives.findById(id, actorId(), manager);
      if (!current) throw driveNotFound(id);
      const startsOn = changes.startsOn ?? current.startsOn;
      const endsOn = changes.endsOn === undefined ? current.endsOn : changes.endsOn;
      if (endsOn !== null && endsOn < startsOn) throw driveEndsBeforeStart(startsOn);
      if (!(await this.drives.updateIfVersion(manager, id, version, changes))) return false;
      await this.audit.record(manager, {
        action: 'update',
        entityType: 'outreach_drive',
        entityId: id,
        changes: diffChanges(current, changes),
      });
      return true;
    });
    // The conflict's body carries the drive as it now stands, read after the rollback.
    if (!updated) throw driveVersionConflict(await this.get(id));
    return this.get(id);
  }

  /** Archiving ends a drive: it leaves the list and can no longer be worked; it can be restored. */
  async setArchived(id: string, version: number, archived: boolean): Promise<DriveDetail> {
    const updated = await this.dataSource.transaction(async (manager) => {
      if (!(await this.drives.lock(manager, id))) throw driveNotFound(id);
      if (!(await this.drives.updateIfVersion(manager, id, version, { archived }))) return false;
      await this.audit.record(manager, {
        action: archived ? 'archive' : 'restore',
        entityType: 'outreach_drive',
        entityId: id,
      });
      return true;
    });
    if (!updated) throw driveVersionConflict(await this.get(id));
    return this.get(id);
  }

  /**
   * Shares out targets: evenly (round robin in contact name order) between organizers, or the
   * listed targets to one organizer (or back to nobody). Assignments of one drive are
   * serialized by a lock on the drive row.
   */
  async assign(id: string, assignment: Assignment): Promise<AssignmentResult> {
    return this.dataSource.transaction(async (manager) => {
      const drive = await this.drives.lock(manager, id);
      if (!drive) throw driveNotFound(id);
      if (drive.archived) throw driveArchived(id);
      let assigned: number;
      let details: Record<string, unknown>;
      if (assignment.mode === 'even') {
        const organizers = await this.requireCallers(manager, assignment.organizerIds, 'organizerIds');
        assigned = await this.dealEvenly(manager, id, organizers, assignment.scope === 'open');
        details = { mode: 'even', scope: assignment.scope, organizerIds: organizers };
      } else {
        const targetIds = uniqueInOrder(assignment.targetIds);
        if (assignment.assigneeId) await this.requireCallers(manager, [assignment.assigneeId], 'assigneeId');
        const inDrive = await this.targets.idsInDrive(manager, id, targetIds);
        const strangers = targetIds.filter((targetId) => !inDrive.has(targetId));
        if (strangers.length) throw targetsNotInDrive(strangers);
        assigned = await this.targets.assign(
          manager,
          targetIds.map((targetId) => ({ targetId, assigneeId: assignment.assigneeId })),
        );
        details = { mode: 'manual', assigneeId: assignment.assigneeId, targetIds };
      }
      await this.audit.record(manager, {
        action: 'update',
        entityType: 'outreach_drive',
        entityId: id,
        details: { assignment: details, assigned },
      });
      return { assigned };
    });
  }

  /** Who targets can be given to: users not disabled whose role has "outreach.write". */
  async callers(): Promise<CallerList> {
    return { items: await this.users.withPermission('outreach.write') };
  }

  private async dealEvenly(manager: EntityManager, driveId: string, organizers: string[], all: boolean): Promise<number> {
    const ids = await this.targets.openIdsInNameOrder(manager, driveId, all);
    const dealt = roundRobin(ids, organizers).map(({ item, assigneeId }) => ({ targetId: item, assigneeId }));
    return this.targets.assign(manager, dealt);
  }

  /** The ids, once each and in order, if every one can run outreach; else 400 naming `path`. */
  private async requireCallers(manager: EntityManager, ids: string[], path: string): Promise<string[]> {
    const wanted = uniqueInOrder(ids);
    const found = new Set((await this.users.withPermission('outreach.write', wanted, manager)).map((u) => u.id));
    const refused = wanted.filter((id) => !found.has(id));
    if (refused.length) throw notCallers(path, refused);
    return wanted;
  }

  private async segmentNames(rows: DriveRow[]): Promise<Map<string, string>> {
    const ids = uniqueInOrder(rows.flatMap((row) => (row.segmentId ? [row.segmentId] : [])));
    return this.segments.visibleNames(ids);
  }
}
