import type { BillDetail, IssueDetail } from '@coalition/contracts';
import { DomainError } from '../../common/domain-error';

/** `field` names the request field that carried the id, when it came in a body. */
export function issueNotFound(id: string, field?: string): DomainError {
  return new DomainError(
    'not_found',
    'issue_not_found',
    `No issue has the id ${id}`,
    field ? [{ path: field, message: `no issue has the id ${id}` }] : undefined,
  );
}

export function issueDuplicate(title: string, session: string): DomainError {
  return new DomainError(
    'conflict',
    'issue_duplicate',
    `An issue titled "${title}" already exists in the ${session} session`,
    [{ path: 'title', message: `already exists in the ${session} session` }],
  );
}

/** Someone else saved first: the body carries the current record so the form can be refreshed. */
export function issueVersionConflict(current: IssueDetail): DomainError {
  return new DomainError(
    'conflict',
    'issue_version_conflict',
    `This issue was changed by someone else (now version ${current.version}); reload it and try again`,
    [{ path: 'version', message: `is stale: the current version is ${current.version}` }],
    { current },
  );
}

export function reorderMismatch(problem: string): DomainError {
  return new DomainError('invalid', 'issue_reorder_mismatch', `body field issueIds: ${problem}`, [
    { path: 'issueIds', message: problem },
  ]);
}

export function billNotFound(id: string): DomainError {
  return new DomainError('not_found', 'bill_not_found', `No bill has the id ${id}`);
}

export function billDuplicate(number: string, session: string): DomainError {
  return new DomainError(
    'conflict',
    'bill_duplicate',
    `Bill ${number} already exists in the ${session} session`,
    [{ path: 'number', message: `already exists in the ${session} session` }],
  );
}

/** Moving an issue to another session moves its bills; a number already used there clashes. */
export function billNumberClash(session: string): DomainError {
  return new DomainError(
    'conflict',
    'bill_duplicate',
    `A bill of this issue has the same number as a bill already in the ${session} session`,
    [
      {
        path: 'session',
        message: `one of this issue's bill numbers is already used in ${session}`,
      },
    ],
  );
}

export function billVersionConflict(current: BillDetail): DomainError {
  return new DomainError(
    'conflict',
    'bill_version_conflict',
    `This bill was changed by someone else (now version ${current.version}); reload it and try again`,
    [{ path: 'version', message: `is stale: the current version is ${current.version}` }],
    { current },
  );
}
