import { LockOutlined, TeamOutlined } from '@ant-design/icons';
import { Tag } from 'antd';

/** Whether every organizer sees the segment, or only its owner. */
export function SharingTag({ shared }: { shared: boolean }) {
  return shared ? (
    <Tag color="cyan" icon={<TeamOutlined />}>
      Shared
    </Tag>
  ) : (
    <Tag icon={<LockOutlined />}>Private</Tag>
  );
}
