import type { DriveSummary } from '@coalition/contracts';
import { Typography } from 'antd';
import { Link } from 'react-router';
import { paths } from '@/lib/paths';
import { useCan } from '@/lib/session';

/**
 * The segment a drive's targets came from: a link for the roles that may open segments, its
 * name for the others, and a dash once the segment is gone.
 */
export function SegmentLink({ segment }: { segment: DriveSummary['segment'] }) {
  const canOpen = useCan('segments.write');
  if (!segment) return <Typography.Text type="secondary">—</Typography.Text>;
  return canOpen ? <Link to={paths.segment(segment.id)}>{segment.name}</Link> : segment.name;
}
