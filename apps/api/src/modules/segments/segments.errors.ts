import type { SegmentDetail } from '@coalition/contracts';
import { DomainError } from '../../common/domain-error';

/** Also the answer for another user's private segment: its existence is not disclosed. */
export function segmentNotFound(id: string): DomainError {
  return new DomainError('not_found', 'segment_not_found', `No segment has the id ${id}`);
}

export function segmentDuplicate(name: string): DomainError {
  return new DomainError('conflict', 'segment_duplicate', `You already have a segment named "${name}"`, [
    { path: 'name', message: 'is already the name of one of your segments' },
  ]);
}

/** A shared segment may be used by every organizer but changed by its owner only. */
export function segmentNotOwner(id: string): DomainError {
  return new DomainError('forbidden', 'segment_not_owner', `Segment ${id} belongs to someone else; only its owner may change it`);
}

/** Someone else saved first: the body carries the current segment so the form can be refreshed. */
export function segmentVersionConflict(current: SegmentDetail): DomainError {
  return new DomainError(
    'conflict',
    'segment_version_conflict',
    `This segment was changed by someone else (now version ${current.version}); reload it and try again`,
    [{ path: 'version', message: `is stale: the current version is ${current.version}` }],
    { current },
  );
}
