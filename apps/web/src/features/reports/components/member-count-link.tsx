import type { SegmentFilterInput } from '@coalition/contracts';
import { Link } from 'react-router';
import { memberListHref } from '@/lib/member-list-href';
import { formatNumber } from './report-format';

interface MemberCountLinkProps {
  count: number;
  /** The segment filter selecting exactly the members counted. */
  filter: SegmentFilterInput;
  /** Who they are, in words: 'Worcester County members'; the list's title and link name. */
  title: string;
  /** What the count counts, when it is not the members themselves: 'contacts of …'. */
  counted?: string;
}

/** A count in a report that opens its members in the segment builder, ready to save. */
export function MemberCountLink({ count, filter, title, counted = title }: MemberCountLinkProps) {
  return (
    <Link to={memberListHref(filter, title)} aria-label={`${formatNumber(count)}: ${counted}`}>
      {formatNumber(count)}
    </Link>
  );
}
