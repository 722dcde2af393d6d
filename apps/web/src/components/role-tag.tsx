import { type Role, ROLE_LABELS } from '@coalition/contracts';
import { Tag } from 'antd';

// One colour per role, so a list of users reads at a glance; admin stands out.
const ROLE_COLORS: Record<Role, string | undefined> = {
  admin: 'magenta',
  leadership: 'purple',
  organizer: 'cyan',
  staff: 'blue',
  viewer: undefined,
};

export function RoleTag({ role }: { role: Role }) {
  return (
    <Tag color={ROLE_COLORS[role]} variant="filled">
      {ROLE_LABELS[role]}
    </Tag>
  );
}
