import type { ActionItem, FieldError, MeetingDetail } from '@coalition/contracts';
import { DomainError } from '../../common/domain-error';

/** A request refused as a whole, naming each field at fault. */
export function meetingInvalid(fields: FieldError[]): DomainError {
  const message = fields.map((f) => `body field ${f.path}: ${f.message}`).join('; ');
  return new DomainError('invalid', 'validation_failed', message, fields);
}

export const ARCHIVED_PERSON = 'is archived: restore the person first';
export const UNKNOWN_PERSON = 'is not a contact';
export const NOT_AFFILIATED = 'is an organization this person has never been affiliated with';

export function meetingNotFound(id: string): DomainError {
  return new DomainError('not_found', 'meeting_not_found', `No meeting has the id ${id}`);
}

export function attendanceNotFound(meetingId: string, contactId: string): DomainError {
  return new DomainError('not_found', 'attendance_not_found', `Contact ${contactId} is not recorded at meeting ${meetingId}`);
}

export function actionItemNotFound(id: string): DomainError {
  return new DomainError('not_found', 'action_item_not_found', `No action item of this meeting has the id ${id}`);
}

/** Someone else saved first: the body carries the current meeting so the form can be refreshed. */
export function meetingVersionConflict(current: MeetingDetail): DomainError {
  return new DomainError(
    'conflict',
    'meeting_version_conflict',
    `This meeting was changed by someone else (now version ${current.version}); reload it and try again`,
    [{ path: 'version', message: `is stale: the current version is ${current.version}` }],
    { current },
  );
}

export function actionItemVersionConflict(current: ActionItem): DomainError {
  return new DomainError(
    'conflict',
    'action_item_version_conflict',
    `This action item was changed by someone else (now version ${current.version}); reload it and try again`,
    [{ path: 'version', message: `is stale: the current version is ${current.version}` }],
    { current },
  );
}
