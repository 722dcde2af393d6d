import type { DriveDetail } from '@coalition/contracts';
import { DomainError } from '../../common/domain-error';

function invalid(code: string, path: string, message: string): DomainError {
  return new DomainError('invalid', code, `body field ${path}: ${message}`, [{ path, message }]);
}

export function driveNotFound(id: string): DomainError {
  return new DomainError('not_found', 'outreach_drive_not_found', `No outreach drive has the id ${id}`);
}

export function targetNotFound(id: string): DomainError {
  return new DomainError('not_found', 'outreach_target_not_found', `No outreach target has the id ${id}`);
}

/** Unknown, or a private segment of someone else: the same answer, so its existence stays private. */
export function driveSegmentNotFound(id: string): DomainError {
  return invalid('segment_not_found', 'segmentId', `no segment you can see has the id ${id}`);
}

export function driveSelectsNobody(channel: string): DomainError {
  return invalid(
    'outreach_no_targets',
    'segmentId',
    `selects nobody who can be reached on this channel (${channel}): no contact both consented to it and has ${channel === 'email' ? 'an email address' : 'a phone number'}`,
  );
}

export function driveEndsBeforeStart(startsOn: string): DomainError {
  return invalid('validation_failed', 'endsOn', `must be on or after startsOn (${startsOn})`);
}

/** `path` is the body field that named them (organizerIds, assignment.organizerIds or assigneeId). */
export function notCallers(path: string, ids: string[]): DomainError {
  return invalid(
    'outreach_not_a_caller',
    path,
    `${ids.join(', ')} cannot run outreach (unknown, disabled, or their role lacks outreach.write)`,
  );
}

export function targetsNotInDrive(ids: string[]): DomainError {
  return invalid('outreach_target_not_in_drive', 'targetIds', `${ids.join(', ')} are not targets of this drive`);
}

/** An archived drive is finished: it can be read and restored, not worked. */
export function driveArchived(id: string): DomainError {
  return new DomainError(
    'conflict',
    'outreach_drive_archived',
    `Outreach drive ${id} is archived; restore it before assigning or logging outcomes`,
  );
}

/** Someone else saved first: the body carries the current drive so the form can be refreshed. */
export function driveVersionConflict(current: DriveDetail): DomainError {
  return new DomainError(
    'conflict',
    'outreach_drive_version_conflict',
    `This drive was changed by someone else (now version ${current.version}); reload it and try again`,
    [{ path: 'version', message: `is stale: the current version is ${current.version}` }],
    { current },
  );
}
