import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  type CommitmentListQuery,
  type CommitmentListResponse,
  FINAL_OUTCOMES,
  type ListResponse,
  type LogAttempt,
  type NextTargetResponse,
  type OutreachActivityQuery,
  type OutreachActivityResponse,
  type OutreachAttempt,
  type Target,
  type TargetListQuery,
} from '@coalition/contracts';
import { currentActorCan } from '../../common/request-context';
import { diffChanges } from '../audit/audit-diff';
import { AuditService } from '../audit/audit.service';
import { ContactsService } from '../contacts/contacts.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { actorId } from './outreach-actor';
import { OutreachDrivesRepository } from './outreach-drives.repository';
import { OutreachTargetsRepository, type TargetRow } from './outreach-targets.repository';
import { driveArchived, driveNotFound, targetNotFound } from './outreach.errors';
import { toActivityItem, toAttempt, toCommitment, toTarget } from './outreach.mapper';

/** Working a drive: its targets, the caller's queue, logging outcomes, commitments and history. */
@Injectable()
export class OutreachTargetsService {
  constructor(
    private readonly targets: OutreachTargetsRepository,
    private readonly drives: OutreachDrivesRepository,
    private readonly contacts: ContactsService,
    private readonly organizations: OrganizationsService,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(driveId: string, query: TargetListQuery): Promise<ListResponse<Target>> {
    await this.requireDrive(driveId);
    const { rows, total } = await this.targets.list(driveId, query, actorId());
    return { items: await this.withAttempts(rows), total, page: query.page, pageSize: query.pageSize };
  }

  /** The caller's next target (docs/outreach.md, "The caller's queue"). */
  async next(driveId: string, skip: string[] = []): Promise<NextTargetResponse> {
    await this.requireDrive(driveId);
    const { id, remaining } = await this.targets.next(driveId, actorId(), skip);
    return { target: id ? await this.get(id) : null, remaining };
  }

  /**
   * Appends one attempt and makes it the target's latest, under a lock on the target row:
   * two organizers logging on one target at once both keep their attempt, and the target
   * ends up with the outcome committed last. The drive row is not touched, so logging on
   * different targets of one drive never waits.
   */
  async logAttempt(targetId: string, input: LogAttempt): Promise<Target> {
    const loggedBy = actorId();
    await this.dataSource.transaction(async (manager) => {
      const target = await this.targets.lock(manager, targetId);
      if (!target) throw targetNotFound(targetId);
      if (target.driveArchived) throw driveArchived(target.driveId);
      const attempt = {
        outcome: input.outcome,
        note: input.note ?? null,
        followUpOn: input.followUpOn ?? null,
      };
      const attemptId = await this.targets.appendAttempt(manager, {
        ...attempt,
        targetId,
        loggedBy,
        done: FINAL_OUTCOMES.includes(input.outcome),
      });
      // contactId in details: erasing the person blanks this event too (AuditService.redactPerson).
      await this.audit.record(manager, {
        action: 'create',
        entityType: 'outreach_attempt',
        entityId: attemptId,
        changes: diffChanges(null, attempt),
        details: { driveId: target.driveId, targetId, contactId: target.contactId },
      });
    });
    return this.get(targetId);
  }

  async commitments(driveId: string, query: CommitmentListQuery): Promise<CommitmentListResponse> {
    await this.requireDrive(driveId);
    const { rows, total } = await this.targets.commitments(driveId, query);
    return { items: rows.map(toCommitment), total, page: query.page, pageSize: query.pageSize };
  }

  /** Outcomes logged for a person, or for the people targeted through an organization. */
  async activity(query: OutreachActivityQuery): Promise<OutreachActivityResponse> {
    const { page, pageSize, contactId, organizationId } = query;
    // 404 for an unknown contact or organization, through their own domains.
    if (contactId) await this.contacts.get(contactId);
    else if (organizationId) await this.organizations.get(organizationId);
    const of = contactId ? { contactId } : { organizationId: organizationId! };
    const { rows, total } = await this.targets.activity(of, { page, pageSize });
    return { items: rows.map(toActivityItem), total, page, pageSize };
  }

  private async get(id: string): Promise<Target> {
    const row = await this.targets.findById(id);
    if (!row) throw targetNotFound(id);
    const [target] = await this.withAttempts([row]);
    return target;
  }

  private async requireDrive(id: string): Promise<void> {
    if (!(await this.drives.findById(id, actorId()))) throw driveNotFound(id);
  }

  /**
   * Targets with their attempts (newest first) and where to reach them now, read through the
   * contacts domain; nothing is read for roles without "contacts.details".
   */
  private async withAttempts(rows: TargetRow[]): Promise<Target[]> {
    const attempts = new Map<string, OutreachAttempt[]>();
    for (const row of await this.targets.attemptsOf(rows.map((r) => r.id))) {
      attempts.set(row.targetId, [...(attempts.get(row.targetId) ?? []), toAttempt(row)]);
    }
    // Every caller passes targets of one drive, hence one channel.
    const channel = rows[0]?.channel;
    const reach =
      channel && currentActorCan('contacts.details')
        ? await this.contacts.reachOn(rows.map((r) => r.contactId), channel)
        : new Map<string, string>();
    return rows.map((row) => toTarget(row, attempts.get(row.id) ?? [], reach.get(row.contactId) ?? null));
  }
}
