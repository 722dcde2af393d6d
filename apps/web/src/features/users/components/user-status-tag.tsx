import type { User } from '@coalition/contracts';
import { Tag } from 'antd';
import { USER_STATUS_LABELS } from './user-options';

const STATUS_COLORS: Record<User['status'], string> = {
  invited: 'gold',
  active: 'green',
  disabled: 'default',
};

export function UserStatusTag({ status }: { status: User['status'] }) {
  return <Tag color={STATUS_COLORS[status]}>{USER_STATUS_LABELS[status]}</Tag>;
}
