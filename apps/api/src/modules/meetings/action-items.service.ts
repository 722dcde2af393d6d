import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type {
  ActionItem,
  ActionItemListQuery,
  ActionItemListResponse,
  CreateActionItem,
  UpdateActionItem,
} from '@coalition/contracts';
import { DomainError } from '../../common/domain-error';
import { currentContext } from '../../common/request-context';
import { diffChanges } from '../audit/audit-diff';
import { AuditService } from '../audit/audit.service';
import { ActionItemsRepository } from './action-items.repository';
import { MeetingChecks } from './meeting-checks';
import { MeetingsRepository } from './meetings.repository';
import { actionItemNotFound, actionItemVersionConflict, meetingNotFound } from './meetings.errors';
import { toActionItem, toOpenActionItem } from './meetings.mapper';

function me(): string {
  const id = currentContext()?.actor?.id;
  if (!id) throw new DomainError('unauthenticated', 'unauthenticated', 'Sign in to see your action items');
  return id;
}

/** What meetings decided people would do, across meetings (the staff home) and on one. */
@Injectable()
export class ActionItemsService {
  constructor(
    private readonly items: ActionItemsRepository,
    private readonly meetings: MeetingsRepository,
    private readonly checks: MeetingChecks,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: ActionItemListQuery): Promise<ActionItemListResponse> {
    const ownerUserId = query.owner === 'me' ? me() : query.owner;
    const { rows, total } = await this.items.list({ ownerUserId, done: query.done }, query);
    return { items: rows.map(toOpenActionItem), total, page: query.page, pageSize: query.pageSize };
  }

  async create(meetingId: string, input: CreateActionItem): Promise<ActionItem> {
    const id = await this.dataSource.transaction(async (manager) => {
      if (!(await this.meetings.lock(manager, meetingId))) throw meetingNotFound(meetingId);
      await this.checks.owners(manager, [{ ...input, path: '' }]);
      const [itemId] = await this.items.insertMany(manager, meetingId, [
        { text: input.text, ownerUserId: input.ownerUserId ?? null, ownerContactId: input.ownerContactId ?? null, dueOn: input.dueOn ?? null },
      ]);
      await this.audit.record(manager, { action: 'create', entityType: 'action_item', entityId: itemId, changes: diffChanges(null, input), details: { meetingId } });
      return itemId;
    });
    return this.get(meetingId, id);
  }

  /** Changes the fields sent; naming one kind of owner clears the other. */
  async update(meetingId: string, id: string, input: UpdateActionItem): Promise<ActionItem> {
    const { version, ...changes } = input;
    if (changes.ownerUserId) changes.ownerContactId = null;
    if (changes.ownerContactId) changes.ownerUserId = null;
    const updated = await this.dataSource.transaction(async (manager) => {
      const current = await this.items.findById(id, manager);
      if (!current || current.meetingId !== meetingId) throw actionItemNotFound(id);
      await this.checks.owners(manager, [{ ...changes, path: '' }]);
      if (!(await this.items.updateIfVersion(manager, id, version, changes))) return false;
      await this.audit.record(manager, {
        action: 'update',
        entityType: 'action_item',
        entityId: id,
        changes: diffChanges({ ...current, done: current.doneAt !== null }, changes),
        details: { meetingId },
      });
      return true;
    });
    if (!updated) throw actionItemVersionConflict(await this.get(meetingId, id));
    return this.get(meetingId, id);
  }

  async remove(meetingId: string, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const current = await this.items.findById(id, manager);
      if (!current || current.meetingId !== meetingId) throw actionItemNotFound(id);
      await this.items.delete(manager, id);
      await this.audit.record(manager, { action: 'delete', entityType: 'action_item', entityId: id, details: { meetingId, text: current.text } });
    });
  }

  private async get(meetingId: string, id: string): Promise<ActionItem> {
    const row = await this.items.findById(id);
    if (!row || row.meetingId !== meetingId) throw actionItemNotFound(id);
    return toActionItem(row);
  }
}
