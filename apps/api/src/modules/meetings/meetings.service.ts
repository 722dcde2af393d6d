import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  AddAttendance,
  CreateMeeting,
  ListResponse,
  MeetingDetail,
  MeetingListQuery,
  MeetingSummary,
  SetAttendance,
  UpdateMeeting,
} from '@coalition/contracts';
import { diffChanges } from '../audit/audit-diff';
import { AuditService } from '../audit/audit.service';
import { ActionItemsRepository } from './action-items.repository';
import { MeetingChecks, type PlacedEntry } from './meeting-checks';
import { type MeetingColumns, MeetingsRepository } from './meetings.repository';
import { attendanceNotFound, meetingNotFound, meetingVersionConflict } from './meetings.errors';
import { toMeetingDetail, toMeetingSummary } from './meetings.mapper';

/** Meetings: made (with attendance and action items in one go), edited, archived, attended. */
@Injectable()
export class MeetingsService {
  constructor(
    private readonly meetings: MeetingsRepository,
    private readonly items: ActionItemsRepository,
    private readonly checks: MeetingChecks,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: MeetingListQuery): Promise<ListResponse<MeetingSummary>> {
    const { rows, total } = await this.meetings.list(query);
    return { items: rows.map(toMeetingSummary), total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<MeetingDetail> {
    const row = await this.meetings.findById(id, manager);
    if (!row) throw meetingNotFound(id);
    // One after another: the embedded database is a single connection.
    const attendance = await this.meetings.attendance(id, manager);
    const present = await this.meetings.organizationsPresent(id, manager);
    const items = await this.items.forMeeting(id, manager);
    return toMeetingDetail(row, attendance, present, items);
  }

  /** The meeting, its links, attendance and action items, and the audit row: all or nothing. */
  async create(input: CreateMeeting): Promise<MeetingDetail> {
    const { issueIds, campaignIds, attendance, actionItems, ...fields } = input;
    const columns = toColumns(fields);
    const id = await this.dataSource.transaction(async (manager) => {
      await this.checks.links(manager, { hostOrganizationId: columns.hostOrganizationId, issueIds, campaignIds });
      const entries = await this.checks.attendance(manager, attendance.map((e, i) => ({ ...e, path: `attendance.${i}` })));
      await this.checks.owners(manager, actionItems.map((item, i) => ({ ...item, path: `actionItems.${i}` })));
      const meetingId = await this.meetings.insert(manager, columns);
      await this.meetings.replaceIssues(manager, meetingId, issueIds);
      await this.meetings.replaceCampaigns(manager, meetingId, campaignIds);
      await this.meetings.upsertAttendance(manager, meetingId, entries);
      await this.items.insertMany(
        manager,
        meetingId,
        actionItems.map((item) => ({ text: item.text, ownerUserId: item.ownerUserId ?? null, ownerContactId: item.ownerContactId ?? null, dueOn: item.dueOn ?? null })),
      );
      await this.audit.record(manager, {
        action: 'create',
        entityType: 'meeting',
        entityId: meetingId,
        changes: diffChanges(null, { ...fields, issueIds, campaignIds }),
        details: { attendance: entries, actionItems: actionItems.length },
      });
      return meetingId;
    });
    return this.get(id);
  }

  async update(id: string, input: UpdateMeeting): Promise<MeetingDetail> {
    const { version, issueIds, campaignIds, ...changes } = input;
    const updated = await this.dataSource.transaction(async (manager) => {
      const current = await this.get(id, manager);
      await this.checks.links(manager, { hostOrganizationId: changes.hostOrganizationId, issueIds, campaignIds });
      if (!(await this.meetings.updateIfVersion(manager, id, version, changes))) return false;
      if (issueIds) await this.meetings.replaceIssues(manager, id, issueIds);
      if (campaignIds) await this.meetings.replaceCampaigns(manager, id, campaignIds);
      const before = { ...current, hostOrganizationId: current.host?.id ?? null, issueIds: current.issues.map((i) => i.id), campaignIds: current.campaigns.map((c) => c.id) };
      await this.audit.record(manager, {
        action: 'update',
        entityType: 'meeting',
        entityId: id,
        changes: diffChanges(before, { ...changes, ...(issueIds && { issueIds }), ...(campaignIds && { campaignIds }) }),
      });
      return true;
    });
    // The conflict's body carries the meeting as it now stands, read after the rollback.
    if (!updated) throw meetingVersionConflict(await this.get(id));
    return this.get(id);
  }

  /** Archiving hides a meeting (cancelled, entered by mistake) from lists and rates; it can be restored. */
  async setArchived(id: string, version: number, archived: boolean): Promise<MeetingDetail> {
    const updated = await this.dataSource.transaction(async (manager) => {
      if (!(await this.meetings.lock(manager, id))) throw meetingNotFound(id);
      if (!(await this.meetings.updateIfVersion(manager, id, version, { archived }))) return false;
      await this.audit.record(manager, { action: archived ? 'archive' : 'restore', entityType: 'meeting', entityId: id });
      return true;
    });
    if (!updated) throw meetingVersionConflict(await this.get(id));
    return this.get(id);
  }

  /** Many people at once; someone already recorded has their one row changed. */
  async addAttendance(id: string, input: AddAttendance): Promise<MeetingDetail> {
    await this.dataSource.transaction((manager) =>
      this.recordAttendance(manager, id, input.entries.map((e, i) => ({ ...e, path: `entries.${i}` }))),
    );
    return this.get(id);
  }

  async setAttendance(id: string, contactId: string, input: SetAttendance): Promise<MeetingDetail> {
    await this.dataSource.transaction((manager) => this.recordAttendance(manager, id, [{ ...input, contactId, path: '' }]));
    return this.get(id);
  }

  async removeAttendance(id: string, contactId: string): Promise<MeetingDetail> {
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.meetings.lock(manager, id))) throw meetingNotFound(id);
      if (!(await this.meetings.deleteAttendance(manager, id, contactId))) throw attendanceNotFound(id, contactId);
      await this.audit.record(manager, { action: 'update', entityType: 'meeting', entityId: id, details: { attendance: { removed: contactId } } });
    });
    return this.get(id);
  }

  /** Checks and writes attendance in the caller's transaction, with its audit row (sign-in sheets use it too). */
  async recordAttendance(manager: EntityManager, id: string, entries: PlacedEntry[], details: Record<string, unknown> = {}): Promise<void> {
    if (!(await this.meetings.lock(manager, id))) throw meetingNotFound(id);
    const rows = await this.checks.attendance(manager, entries);
    await this.meetings.upsertAttendance(manager, id, rows);
    await this.audit.record(manager, { action: 'update', entityType: 'meeting', entityId: id, details: { ...details, attendance: rows } });
  }
}

function toColumns(fields: Omit<CreateMeeting, 'issueIds' | 'campaignIds' | 'attendance' | 'actionItems'>): MeetingColumns {
  return {
    title: fields.title,
    type: fields.type,
    startsAt: fields.startsAt,
    endsAt: fields.endsAt ?? null,
    place: fields.place ?? null,
    onlineUrl: fields.onlineUrl ?? null,
    hostOrganizationId: fields.hostOrganizationId ?? null,
    agenda: fields.agenda ?? null,
    notes: fields.notes ?? null,
  };
}
