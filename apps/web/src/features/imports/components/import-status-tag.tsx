import type { ImportStatus } from '@coalition/contracts';
import { Tag } from 'antd';

const STATUS: Record<ImportStatus, { label: string; color: string }> = {
  uploaded: { label: 'Mapping to confirm', color: 'default' },
  previewed: { label: 'Previewed, not run', color: 'blue' },
  queued: { label: 'Waiting to start', color: 'processing' },
  running: { label: 'Running', color: 'processing' },
  done: { label: 'Done', color: 'success' },
  failed: { label: 'Stopped', color: 'error' },
};

export function ImportStatusTag({ status }: { status: ImportStatus }) {
  const { label, color } = STATUS[status];
  return <Tag color={color}>{label}</Tag>;
}
