import { Alert, Button } from 'antd';
import { formatDate } from '@/lib/format';

interface ArchivedBannerProps {
  archivedAt: string;
  /** Why the record is missing from its list: 'Casa no longer appears in the organization list.' */
  whereGone: string;
  /** What restoring does, said only to someone who may restore: 'Restore it to list it again.' */
  restoreHint: string;
  restoring: boolean;
  /** Left out when the person may not restore it: the banner only informs. */
  onRestore?: () => void;
}

/** On an archived record's page: says why it is missing from its list, and brings it back. */
export function ArchivedBanner(props: ArchivedBannerProps) {
  const { archivedAt, whereGone, restoreHint, restoring, onRestore } = props;
  return (
    <Alert
      type="warning"
      showIcon
      title={`Archived on ${formatDate(archivedAt)}`}
      description={onRestore ? `${whereGone} ${restoreHint}` : whereGone}
      action={
        onRestore && (
          <Button size="small" loading={restoring} onClick={onRestore}>
            Restore
          </Button>
        )
      }
    />
  );
}
