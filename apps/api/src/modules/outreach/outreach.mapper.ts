import type {
  Commitment,
  DriveDetail,
  DriveSummary,
  OrganizerProgress,
  OutreachActivityItem,
  OutreachAttempt,
  Target,
  TargetState,
} from '@coalition/contracts';
import type { DriveRow, OrganizerProgressRow, OutcomeCountRow } from './outreach-drives.repository';
import type { ActivityRow, AttemptRow, CommitmentRow, TargetRow } from './outreach-targets.repository';

export function toDriveSummary(row: DriveRow, segmentName: string | undefined): DriveSummary {
  return {
    id: row.id,
    name: row.name,
    // Gone, or a private segment of someone else: its name is not shown.
    segment: row.segmentId && segmentName !== undefined ? { id: row.segmentId, name: segmentName } : null,
    goal: row.goal,
    channel: row.channel,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    createdBy: { id: row.createdById, name: row.createdByName },
    progress: {
      targets: row.targets,
      worked: row.worked,
      reached: row.reached,
      committed: row.committed,
      done: row.done,
    },
    myOpenTargets: row.myOpenTargets,
    version: row.version,
    archivedAt: row.archivedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function toOrganizerProgress(row: OrganizerProgressRow): OrganizerProgress {
  const { assigneeId, assigneeName, ...progress } = row;
  return { assignee: assigneeId ? { id: assigneeId, name: assigneeName ?? '' } : null, ...progress };
}

export function toDriveDetail(
  row: DriveRow,
  segmentName: string | undefined,
  byOrganizer: OrganizerProgressRow[],
  byOutcome: OutcomeCountRow[],
): DriveDetail {
  return {
    ...toDriveSummary(row, segmentName),
    script: row.script,
    byOrganizer: byOrganizer.map(toOrganizerProgress),
    byOutcome,
  };
}

export function toAttempt(row: AttemptRow): OutreachAttempt {
  return {
    id: row.id,
    targetId: row.targetId,
    outcome: row.outcome,
    note: row.note,
    followUpOn: row.followUpOn,
    loggedBy: { id: row.loggedById, name: row.loggedByName },
    loggedAt: row.loggedAt.toISOString(),
  };
}

export function stateOf(row: Pick<TargetRow, 'lastOutcome' | 'done'>): TargetState {
  if (row.lastOutcome === null) return 'untried';
  return row.done ? 'done' : 'open';
}

/** `reachAt` is null when the contact has no primary number/address, or the caller may not see it. */
export function toTarget(row: TargetRow, attempts: OutreachAttempt[], reachAt: string | null): Target {
  return {
    id: row.id,
    driveId: row.driveId,
    contact: {
      id: row.contactId,
      displayName: row.displayName,
      pronouns: row.pronouns,
      languages: row.languages,
      reachAt,
    },
    organization: row.organizationId
      ? { id: row.organizationId, name: row.organizationName ?? '', role: row.organizationRole }
      : null,
    assignee: row.assigneeId ? { id: row.assigneeId, name: row.assigneeName ?? '' } : null,
    state: stateOf(row),
    lastOutcome: row.lastOutcome,
    followUpOn: row.followUpOn,
    attempts,
    version: row.version,
  };
}

export function toCommitment(row: CommitmentRow): Commitment {
  return {
    attemptId: row.attemptId,
    targetId: row.targetId,
    contact: { id: row.contactId, displayName: row.displayName },
    organization: row.organizationId ? { id: row.organizationId, name: row.organizationName ?? '' } : null,
    note: row.note,
    followUpOn: row.followUpOn,
    loggedBy: { id: row.loggedById, name: row.loggedByName },
    loggedAt: row.loggedAt.toISOString(),
  };
}

export function toActivityItem(row: ActivityRow): OutreachActivityItem {
  return {
    ...toAttempt(row),
    drive: { id: row.driveId, name: row.driveName, channel: row.channel },
    contact: { id: row.contactId, displayName: row.displayName },
    organization: row.organizationId ? { id: row.organizationId, name: row.organizationName ?? '' } : null,
  };
}
