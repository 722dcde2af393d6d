import { MEMBERSHIP_STATUS_LABELS, type MembershipStatus } from '@coalition/contracts';
import { Tag } from 'antd';

/** antd preset colours, so the tags follow the theme. */
const STATUS_COLORS: Record<MembershipStatus, string> = {
  prospective: 'blue',
  active: 'green',
  lapsed: 'orange',
  former: 'default',
};

/** An organization's membership status, for any page that lists member organizations. */
export function MembershipStatusTag({ status }: { status: MembershipStatus }) {
  return <Tag color={STATUS_COLORS[status]}>{MEMBERSHIP_STATUS_LABELS[status]}</Tag>;
}
