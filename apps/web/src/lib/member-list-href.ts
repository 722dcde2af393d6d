import type { SegmentFilterInput } from '@coalition/contracts';
import { paths } from './paths';

/** Query parameters of the segment builder when it opens on a report cell's members. */
export const MEMBER_LIST_PARAMS = { filter: 'filter', title: 'title' } as const;

/**
 * The member list behind a report cell: the segment builder opened on the cell's filter, with
 * its counts and first pages of organizations and contacts, ready to be saved as a segment.
 * `title` names where it came from ("Worcester county members") and becomes the suggested name.
 */
export function memberListHref(filter: SegmentFilterInput, title: string): string {
  const query = new URLSearchParams({
    [MEMBER_LIST_PARAMS.filter]: JSON.stringify(filter),
    [MEMBER_LIST_PARAMS.title]: title,
  });
  return `${paths.newSegment}?${query.toString()}`;
}
